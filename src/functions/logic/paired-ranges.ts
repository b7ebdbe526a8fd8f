import { isBlankCell } from "../../engine/cells";
import type { CellValue } from "../../engine/types";
import type { Language } from "../../i18n/catalog";
import { functionText } from "../../i18n/functions";
import { filledRowCount, readRange, RangeCells } from "./excel-cells";
import { ArgumentError, OutputCell, OutputGrid } from "./output";

/**
 * Values and group labels of two ranges of the same shape, in row-major order. Trailing empty
 * rows (or, for a single row, trailing empty columns) are dropped, so a whole-column reference
 * such as A:A costs only as much as its data.
 */
export interface PairedRanges {
  values: CellValue[];
  labels: CellValue[];
  /** Shape of the kept part; a result in this shape keeps the input's orientation. */
  rows: number;
  columns: number;
}

/** Describes a range's size for a message: "10 rows × 1 column". */
export function describeShape(range: RangeCells, lang: Language): string {
  return functionText("fn.shape", { rows: range.rows, columns: range.columns }, lang);
}

/** Reads `values` and `groups`, checks that they have the same shape and trims trailing blanks. */
export function pairRanges(values: unknown, groups: unknown, lang: Language): PairedRanges {
  const filledRows = filledRowCount(values, groups);
  const valueRange = readRange(values, filledRows);
  const groupRange = readRange(groups, filledRows);
  if (valueRange.rows !== groupRange.rows || valueRange.columns !== groupRange.columns) {
    throw new ArgumentError(
      functionText("fn.sizeMismatch", { values: describeShape(valueRange, lang), groups: describeShape(groupRange, lang) }, lang),
    );
  }

  let last = Math.min(valueRange.cells.length, groupRange.cells.length) - 1;
  while (last >= 0 && isBlankCell(valueRange.cells[last]) && isBlankCell(groupRange.cells[last])) last--;

  const { rows, columns } = keptShape(valueRange.rows, valueRange.columns, last);
  const kept = rows * columns;
  return {
    values: valueRange.cells.slice(0, kept),
    labels: groupRange.cells.slice(0, kept),
    rows,
    columns,
  };
}

/**
 * Returns the shape left after dropping what follows the last filled cell (`lastFilled`, a
 * row-major index): whole rows of a block or column, or the trailing cells of a single row.
 */
export function keptShape(rows: number, columns: number, lastFilled: number): { rows: number; columns: number } {
  if (lastFilled < 0) return { rows: 0, columns };
  if (rows === 1) return { rows: 1, columns: lastFilled + 1 };
  return { rows: Math.ceil((lastFilled + 1) / columns), columns };
}

/**
 * Lays row-major result cells out in the given shape. An input with no data gives one empty
 * cell, because a spilled result cannot be empty.
 */
export function toGrid(cells: ArrayLike<OutputCell>, rows: number, columns: number): OutputGrid {
  if (rows === 0 || columns === 0) return [[""]];
  const grid: OutputGrid = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: OutputCell[] = new Array(columns);
    for (let c = 0; c < columns; c++) row[c] = cells[r * columns + c];
    grid[r] = row;
  }
  return grid;
}
