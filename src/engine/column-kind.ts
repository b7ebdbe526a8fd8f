import { dateToSerial, isBlankCell, isErrorValue } from "./cells";
import { encodeGroups, type EncodeOptions, type GroupCoding } from "./group-key";
import type { CellValue, ColumnKind } from "./types";

/** Options of `classifyColumn`. */
export interface ClassifyOptions {
  /** A numeric or date column with at most this many distinct values is used as categories; more are binned. */
  maxCategories?: number;
  /** A column whose share of non-blank cells is below this is "mostly blank" and not scored. */
  minFilledShare?: number;
}

/** A column's kind as a criterion, with the counts behind the decision. */
export interface ColumnClassification {
  kind: ColumnKind;
  /**
   * Distinct non-blank labels, errors excluded. In a column of only numbers or dates they are
   * counted up to maxCategories + 1, so for a binned column this is a lower bound.
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
  return classifyAndEncode(cells, options).classification;
}

/** A column's classification and, where it is used as categories, its group coding. */
export interface ClassifiedColumn {
  classification: ColumnClassification;
  /** Group codes when the column has text or logicals, or few distinct numbers or dates; else `null`. */
  coding: GroupCoding | null;
}

/**
 * Classifies a column as `classifyColumn` does and returns the group coding it built on the way,
 * so a scan codes each text column once. A first pass counts cell types. Numbers and dates are
 * tracked in a set only up to maxCategories + 1 distinct values, because past that the column is
 * binned whatever its exact count. A column with text or logicals is then coded, and its number
 * of groups is its distinct count.
 */
export function classifyAndEncode(cells: ArrayLike<CellValue | undefined>, options: ClassifyOptions & EncodeOptions = {}): ClassifiedColumn {
  const maxCategories = options.maxCategories ?? DEFAULT_MAX_CATEGORIES;
  const minFilledShare = options.minFilledShare ?? DEFAULT_MIN_FILLED_SHARE;
  const counts = countCellTypes(cells, maxCategories);
  const onlyDates = counts.labelCount > 0 && counts.dates === counts.labelCount;
  const numericOnly = counts.labelCount > 0 && counts.numbers + counts.dates === counts.labelCount;

  let coding: GroupCoding | null = null;
  let distinct = counts.distinctNumbers;
  if (!numericOnly || distinct <= maxCategories) {
    coding = encodeGroups(cells, { keepBlanks: options.keepBlanks });
    distinct = coding.groupCount - (coding.firstLabels.includes(null) ? 1 : 0);
  }

  const result = (kind: ColumnKind, binnedDates = false): ClassifiedColumn => ({
    classification: { kind, distinct, nonBlank: counts.nonBlank, binnedDates },
    coding: kind === "numericBinned" || binnedDates ? null : coding,
  });
  if (counts.nonBlank === 0 || counts.nonBlank < minFilledShare * cells.length) return result("mostlyBlank");
  if (distinct <= 1) return result("constant");
  if (onlyDates) return result("date", distinct > maxCategories);
  // Dates mixed with numbers count as numbers, since Excel stores a date as its serial number.
  if (numericOnly) return result(distinct <= maxCategories ? "numericCategorical" : "numericBinned");
  if (distinct === counts.labelCount) return result("uniquePerRow");
  return result("categorical");
}

interface CellTypeCounts {
  nonBlank: number;
  labelCount: number;
  numbers: number;
  dates: number;
  /** Distinct numbers and date serials, counted up to maxCategories + 1. */
  distinctNumbers: number;
}

function countCellTypes(cells: ArrayLike<CellValue | undefined>, maxCategories: number): CellTypeCounts {
  const numberSet = new Set<number>();
  const counts = { nonBlank: 0, labelCount: 0, numbers: 0, dates: 0, distinctNumbers: 0 };
  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row];
    if (typeof cell === "number") {
      counts.numbers++;
      if (numberSet.size <= maxCategories) numberSet.add(cell === 0 ? 0 : cell);
    } else if (cell instanceof Date) {
      counts.dates++;
      if (numberSet.size <= maxCategories) numberSet.add(dateToSerial(cell));
    } else if (isBlankCell(cell)) {
      continue;
    } else if (isErrorValue(cell)) {
      counts.nonBlank++;
      continue;
    }
    counts.nonBlank++;
    counts.labelCount++;
  }
  counts.distinctNumbers = numberSet.size;
  return counts;
}
