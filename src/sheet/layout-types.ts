import type { CellRange } from "./column-letter";

/**
 * A value written to a cell. Strings are always literal text: a writer must store text
 * that starts with `=`, `+`, `-` or `@` as text, never as a formula.
 */
export type LayoutValue = string | number | boolean | null;

export type LayoutStyle = "title" | "label" | "blockTitle" | "tableHeader";

/**
 * The ranking sheet as plain data, applied by the .xlsx writer (exceljs) and by the task
 * pane (Office.js). Rows and columns are 0-based; row 0, column 0 is cell A1.
 */
export interface CellLayout {
  /** Rows of values, all of the same width. */
  readonly values: readonly (readonly LayoutValue[])[];
  /**
   * Number format of each cell, in the shape of `values`: `"@"` (text) for every string,
   * so Excel never reads a label as a formula or a number; `null` keeps General.
   */
  readonly numberFormats: readonly (readonly (string | null)[])[];
  readonly styles: readonly { readonly range: CellRange; readonly style: LayoutStyle }[];
  /** Width of each column in characters, as Excel's column width counts them. */
  readonly columnWidths: readonly number[];
  /** The ranking table, header row included, to be made an Excel table. */
  readonly table: { readonly name: string; readonly range: CellRange };
  /** The ranking key's data cells, which get data bars; `null` when no criterion was ranked. */
  readonly dataBars: CellRange | null;
  /** A bar chart of the ranking key per ranked criterion; `null` when no criterion was ranked. */
  readonly chart: {
    readonly title: string;
    readonly categories: CellRange;
    readonly values: CellRange;
  } | null;
  /** Where each block sits, for writers and tests. */
  readonly blocks: {
    readonly header: CellRange;
    readonly ranking: CellRange;
    /** Row of the one-line guide to reading the losses, right below the ranking table. */
    readonly guide: number;
    readonly skipped: CellRange | null;
    readonly groups: CellRange | null;
  };
}
