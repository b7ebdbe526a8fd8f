import { isBlankCell, isErrorValue } from "./cells";
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
  /** Distinct non-blank labels, errors excluded. */
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
  const keys = new Set<string>();
  const rawSeen = new Set<string | number | boolean>();
  let nonBlank = 0;
  let labelCount = 0;
  let numbers = 0;
  let dates = 0;

  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row];
    if (isBlankCell(cell)) continue;
    nonBlank++;
    if (isErrorValue(cell)) continue;
    labelCount++;
    if (typeof cell === "number") numbers++;
    else if (cell instanceof Date) dates++;
    if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean") {
      if (rawSeen.has(cell)) continue;
      rawSeen.add(cell);
    }
    keys.add(groupKey(cell) as string);
  }

  const distinct = keys.size;
  const result = (kind: ColumnKind, binnedDates = false): ColumnClassification => ({ kind, distinct, nonBlank, binnedDates });
  if (nonBlank === 0 || nonBlank < minFilledShare * cells.length) return result("mostlyBlank");
  if (distinct <= 1) return result("constant");
  if (labelCount > 0 && numbers === labelCount) {
    return result(distinct <= maxCategories ? "numericCategorical" : "numericBinned");
  }
  if (labelCount > 0 && dates === labelCount) return result("date", distinct > maxCategories);
  if (distinct === labelCount) return result("uniquePerRow");
  return result("categorical");
}
