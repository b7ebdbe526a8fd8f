/**
 * The one interface through which the task pane talks to the workbook. The Office.js
 * adapter in this folder implements it; the pane's logic never touches Office.js.
 */
import type { CellValue } from "../../engine/types";
import type { CellLayout } from "../../sheet/layout-types";

/** Origin of the data: the Excel table around the selection, its current region, or the used range. */
export type DataOrigin = "table" | "region" | "usedRange";

/** A rectangle of data cells on one sheet, header row included. Indexes are 0-based sheet positions. */
export interface DataRegion {
  readonly sheetName: string;
  readonly sheetId: string;
  /** Name of the Excel table, or `null` for a plain range. Refresh follows the table when it grows. */
  readonly tableName: string | null;
  readonly origin: DataOrigin;
  readonly top: number;
  readonly left: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Column of the active cell relative to `left`, or `null` when it lies outside the region. */
  readonly activeColumn: number | null;
  /** Columns whose first data cell has a date number format, relative to `left`. */
  readonly dateColumns: readonly number[];
}

/** Rows read by one `readBlock` call. */
export interface Block {
  /** 0-based row offset inside the region. */
  readonly firstRow: number;
  readonly rows: CellValue[][];
}

export interface WrittenSheet {
  readonly sheetId: string;
  readonly sheetName: string;
}

/** Location of the formula columns that Apply wrote. */
export interface FormulaPlacement {
  readonly sheetName: string;
  /** A1 address of the header cells written, such as `H1:I1`. */
  readonly headerAddress: string;
  /** 0-based sheet column of the first formula column. */
  readonly column: number;
}

export interface FormulaColumnsRequest {
  readonly region: DataRegion;
  /** Header row offset inside the region (0 when the first row is the header), or `null` without headers. */
  readonly headerRow: number | null;
  /** Target and criterion columns, relative to `region.left`. */
  readonly valueColumn: number;
  readonly groupColumn: number;
  /** Headers of the new columns and the formulas, with `{values}` and `{groups}` placeholders. */
  readonly columns: readonly { readonly header: string; readonly formula: string }[];
}

/** A change to cells of the watched source, reported after the adapter filtered out its own writes. */
export interface SourceChange {
  readonly address: string;
}

export interface WorkbookPort {
  /** Locates the data around the selection: its table, else its current region, else the used range. */
  findData(): Promise<DataRegion>;
  /** Locates the same source again (a table may have grown); fails with `sourceMissing` when it is gone. */
  locate(region: DataRegion): Promise<DataRegion>;
  /**
   * Reads the next rows from `firstRow` (0-based inside the region). The adapter chooses how many rows fit
   * its payload limits, so callers loop until `firstRow` reaches `region.rowCount`.
   */
  readBlock(region: DataRegion, firstRow: number): Promise<Block>;
  /** Names of every sheet, for choosing a unique name. */
  sheetNames(): Promise<string[]>;
  /**
   * Adds a sheet with this name and writes the layouts one below the other. When any step fails,
   * removes the sheet again and throws a `writeFailed` WorkbookError.
   */
  writeRankingSheet(name: string, layouts: readonly CellLayout[]): Promise<WrittenSheet>;
  /** Deletes a sheet by id; does nothing when it no longer exists. */
  deleteSheet(sheetId: string): Promise<void>;
  /**
   * Rewrites an existing ranking sheet with new layouts, keeping its name, position and the
   * references to it. Returns `null` when the sheet no longer exists; throws `rewriteFailed`.
   */
  rewriteRankingSheet(sheetId: string, layouts: readonly CellLayout[]): Promise<WrittenSheet | null>;
  /** Id and name of the active sheet. */
  activeSheet(): Promise<WrittenSheet>;
  /** A JSON value stored in the workbook (survives save and reopen), or `null`. */
  readSetting(key: string): Promise<unknown>;
  writeSetting(key: string, value: unknown): Promise<void>;
  /** Calls `handler` after changes to the source's cells; returns a function that stops watching. */
  watchSource(region: DataRegion, handler: (change: SourceChange) => void): Promise<() => Promise<void>>;
  /** Calls `handler` whenever the user activates another sheet; returns a function that stops watching. */
  watchActiveSheet(handler: (sheet: WrittenSheet) => void): Promise<() => Promise<void>>;
  /** Writes live formula columns in the first empty columns right of the data; never over a non-empty cell. */
  writeFormulaColumns(request: FormulaColumnsRequest): Promise<FormulaPlacement>;
}
