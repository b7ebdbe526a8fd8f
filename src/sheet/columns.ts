import type { CellValue } from "../engine/types";
import { columnLetter } from "./column-letter";
import { trimGrid, isBlankCell } from "./grid";

/** One column of a sheet: its unique name, its letter, and its data cells below the header. */
export interface SheetColumn {
  readonly name: string;
  /** The header text as written, trimmed; `null` when there is no header row or the cell is blank. */
  readonly header: string | null;
  readonly letter: string;
  /** 0-based index in the grid (before `firstColumn` is added). */
  readonly index: number;
  readonly cells: readonly CellValue[];
}

export interface SheetTable {
  readonly columns: readonly SheetColumn[];
  /** 0-based grid row of the header, or `null` when the first filled row is data. */
  readonly headerRow: number | null;
  /** 0-based grid row of the first data row. */
  readonly firstDataRow: number;
  /** Data rows after trailing empty rows were trimmed. */
  readonly rowCount: number;
}

export interface ReadTableOptions {
  /** 0-based sheet column of the grid's first column, so names like "Column C" match the sheet. */
  readonly firstColumn?: number;
  /** Forces a header row (`true`) or none (`false`); by default the first row is a header when all its cells are text. */
  readonly hasHeader?: boolean;
}

/**
 * Turns a grid of cells (rows of values, as a sheet's used range returns them) into
 * named columns. Leading empty rows are skipped, trailing empty rows and columns are trimmed, empty strings become
 * blanks, and blank or repeated headers get unique names built from the column letter.
 */
export function readTable(grid: readonly (readonly CellValue[])[], options: ReadTableOptions = {}): SheetTable {
  const rows = trimGrid(grid);
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const firstColumn = options.firstColumn ?? 0;

  // Leading empty rows are skipped: the header (or the first data row) is the first row with a value.
  const firstFilled = Math.max(0, rows.findIndex((row) => row.some((cell) => !isBlankCell(cell))));
  const hasHeader = rows.length > 0 && (options.hasHeader ?? looksLikeHeader(rows[firstFilled]));
  const headerRow = hasHeader ? firstFilled : null;
  const firstDataRow = hasHeader ? firstFilled + 1 : firstFilled;
  const headers = Array.from({ length: width }, (_, c) => (headerRow === null ? null : headerText(rows[headerRow][c])));
  const letters = Array.from({ length: width }, (_, c) => columnLetter(firstColumn + c));
  const names = uniqueColumnNames(headers, letters);

  const columns = names.map((name, c) => ({
    name,
    header: headers[c],
    letter: letters[c],
    index: c,
    cells: columnCells(rows, firstDataRow, c),
  }));
  return { columns, headerRow, firstDataRow, rowCount: Math.max(0, rows.length - firstDataRow) };
}

/** Tells whether a first row is a header: it has a non-blank cell and every non-blank cell is text. */
function looksLikeHeader(row: readonly CellValue[]): boolean {
  const filled = row.filter((cell) => !isBlankCell(cell));
  return filled.length > 0 && filled.every((cell) => typeof cell === "string");
}

function headerText(cell: CellValue | undefined): string | null {
  if (cell === undefined || cell === null || isBlankCell(cell)) return null;
  if (typeof cell === "string") return cell.trim() || null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === "object") return cell.error;
  return String(cell);
}

/**
 * Names every column: its header when that is present and not taken, else "Column C".
 * A repeated header becomes "Sales (D)"; names compare case-insensitively, as Excel's do.
 */
export function uniqueColumnNames(headers: readonly (string | null)[], letters: readonly string[]): string[] {
  const taken = new Set<string>();
  const claim = (name: string): boolean => {
    const key = name.toLocaleLowerCase();
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  };

  // First pass: headers keep their text where they are the first of their spelling.
  const names: (string | null)[] = headers.map((header) => (header !== null && claim(header) ? header : null));
  return names.map((name, c) => {
    if (name !== null) return name;
    const header = headers[c];
    const base = header === null ? `Column ${letters[c]}` : `${header} (${letters[c]})`;
    let candidate = base;
    for (let suffix = 2; !claim(candidate); suffix++) candidate = `${base} ${suffix}`;
    return candidate;
  });
}

function columnCells(rows: readonly (readonly CellValue[])[], firstDataRow: number, column: number): CellValue[] {
  const cells: CellValue[] = new Array(Math.max(0, rows.length - firstDataRow));
  for (let r = firstDataRow; r < rows.length; r++) cells[r - firstDataRow] = normalizeCell(rows[r][column]);
  return cells;
}

function normalizeCell(cell: CellValue | undefined): CellValue {
  if (cell === undefined || cell === "") return null;
  return cell;
}

/** Finds a column by name: exact match first, then case-insensitive after trimming. */
export function findColumn<T extends { readonly name: string }>(columns: readonly T[], name: string): T | undefined {
  const exact = columns.find((column) => column.name === name);
  if (exact) return exact;
  const wanted = name.trim().normalize("NFC").toLocaleLowerCase();
  return columns.find((column) => column.name.normalize("NFC").toLocaleLowerCase() === wanted);
}
