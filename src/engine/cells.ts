import type { CellValue, ErrorValue } from "./types";

/** Milliseconds per day, and the Excel serial number of 1970-01-01 (1900 date system). */
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/** Tells whether a cell holds an Excel error value such as `#N/A`. */
export function isErrorValue(cell: unknown): cell is ErrorValue {
  return typeof cell === "object" && cell !== null && !(cell instanceof Date) && typeof (cell as ErrorValue).error === "string";
}

/** Tells whether a cell is blank: `null`, `undefined` or the empty string. A space is text, as in ISBLANK. */
export function isBlankCell(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || cell === "";
}

/** Converts a date to its Excel serial number in the 1900 date system, reading the date's UTC fields. */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/**
 * Returns the cell's value as a number when Excel would count it in AVERAGE: a finite number,
 * or a date (as its serial number). Text, logicals, errors and blanks give NaN.
 */
export function numericValue(cell: CellValue | undefined): number {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : Number.NaN;
  if (cell instanceof Date) return dateToSerial(cell);
  return Number.NaN;
}

/** Reasons a value cell was not used. */
export interface ValueSkips {
  blank: number;
  notANumber: number;
  error: number;
}

/** A column of values as doubles (NaN where a row is not used) with the count of each reason. */
export interface ValueColumn {
  values: Float64Array;
  skipped: ValueSkips;
  firstError: ErrorValue | null;
  firstErrorRow: number;
}

/** Converts value cells to doubles, counting blanks, non-numbers and errors separately. */
export function toValueColumn(cells: ArrayLike<CellValue | undefined>): ValueColumn {
  const values = new Float64Array(cells.length);
  const skipped: ValueSkips = { blank: 0, notANumber: 0, error: 0 };
  let firstError: ErrorValue | null = null;
  let firstErrorRow = -1;

  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row];
    const value = numericValue(cell);
    values[row] = value;
    if (!Number.isNaN(value)) continue;

    if (isBlankCell(cell)) {
      skipped.blank++;
    } else if (isErrorValue(cell)) {
      skipped.error++;
      if (firstError === null) {
        firstError = cell;
        firstErrorRow = row;
      }
    } else {
      skipped.notANumber++;
    }
  }
  return { values, skipped, firstError, firstErrorRow };
}
