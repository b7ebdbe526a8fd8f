import { dateToSerial, isBlankCell, isErrorValue } from "./cells";
import { groupKey } from "./group-key";
import type { CellValue, ColumnKind } from "./types";

/** Options of `classifyColumn`. */
export interface ClassifyOptions {
  /** A numeric or date column with at most this many distinct values is used as categories; more are binned. */
  maxCategories?: number;
  /** A column whose share of non-blank cells is below this is "mostly blank" and not scored. */
  minFilledShare?: number;
}

/** How a column can serve as a criterion, with the counts behind the decision. */
export interface ColumnClassification {
  kind: ColumnKind;
  /**
   * Distinct non-blank labels, errors excluded. Numbers and dates are counted only up to
   * maxCategories + 1, so for a binned column this is a lower bound.
   */
  distinct: number;
  nonBlank: number;
  /** True when the column's labels are dates that are cut into quantile bins. */
  binnedDates: boolean;
}

export const DEFAULT_MAX_CATEGORIES = 12;
export const DEFAULT_MIN_FILLED_SHARE = 0.5;

/**
 * Classifies a candidate criterion column:
 * - mostlyBlank: fewer than half of its cells are filled;
 * - constant: one distinct label;
 * - numericCategorical / date: numbers or dates with few distinct values, used as categories;
 * - numericBinned: numbers or dates with many distinct values, cut into quantile bins;
 * - uniquePerRow: text (or mixed) with a different label in every row, such as an ID;
 * - categorical: any other text, logical or mixed column.
 * Error cells count as filled but are not labels.
 */
export function classifyColumn(cells: ArrayLike<CellValue | undefined>, options: ClassifyOptions = {}): ColumnClassification {
  const maxCategories = options.maxCategories ?? DEFAULT_MAX_CATEGORIES;
  const minFilledShare = options.minFilledShare ?? DEFAULT_MIN_FILLED_SHARE;
  // Numbers and dates are counted in a set of their own, and only until they number more than
  // maxCategories: past that a numeric column is binned whatever its exact count, so a column of
  // a million measurements costs no million-entry set. Text and logicals are keyed once per
  // distinct raw value.
  const numberSet = new Set<number>();
  let distinctIsLowerBound = false;
  const otherKeys = new Set<string>();
  const rawSeen = new Set<string | boolean>();
  let nonBlank = 0;
  let labelCount = 0;
  let numbers = 0;
  let dates = 0;

  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row];
    if (typeof cell === "number") {
      nonBlank++;
      labelCount++;
      numbers++;
      if (numberSet.size <= maxCategories) numberSet.add(cell === 0 ? 0 : cell);
      else distinctIsLowerBound = true;
      continue;
    }
    if (isBlankCell(cell)) continue;
    nonBlank++;
    if (isErrorValue(cell)) continue;
    labelCount++;
    if (cell instanceof Date) {
      dates++;
      if (numberSet.size <= maxCategories) numberSet.add(dateToSerial(cell));
      else distinctIsLowerBound = true;
      continue;
    }
    if (typeof cell === "string" || typeof cell === "boolean") {
      if (rawSeen.has(cell)) continue;
      rawSeen.add(cell);
    }
    otherKeys.add(groupKey(cell) as string);
  }

  const distinct = numberSet.size + otherKeys.size;
  const result = (kind: ColumnKind, binnedDates = false): ColumnClassification => ({ kind, distinct, nonBlank, binnedDates });
  if (nonBlank === 0 || nonBlank < minFilledShare * cells.length) return result("mostlyBlank");
  if (distinct <= 1) return result("constant");
  if (labelCount > 0 && numbers === labelCount) {
    return result(distinct <= maxCategories ? "numericCategorical" : "numericBinned");
  }
  if (labelCount > 0 && dates === labelCount) return result("date", distinct > maxCategories);
  if (distinct === labelCount && !distinctIsLowerBound) return result("uniquePerRow");
  return result("categorical");
}
