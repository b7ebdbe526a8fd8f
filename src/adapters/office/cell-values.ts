/** Conversions between Office.js cell values and the engine's `CellValue`. */
import type { CellValue } from "../../engine/types";

/** Milliseconds per day and the serial number of 1970-01-01 in Excel's 1900 date system. */
const DAY_MS = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * Turns one cell read through `values` and `valueTypes` into a `CellValue`: empty cells become
 * `null`, error cells `{ error: "#N/A" }`, numbers in date columns `Date`s (UTC midnight).
 */
export function toCellValue(value: unknown, valueType: string, isDateColumn: boolean): CellValue {
  switch (valueType) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Boolean":
      return Boolean(value);
    case "Double":
    case "Integer":
      if (typeof value !== "number") return null;
      return isDateColumn ? serialToDate(value) : value;
    case "String":
      return String(value);
    default:
      // "RichValue" (linked data types, images) and "Unknown": keep what `values` shows as text.
      return value === "" || value === null || value === undefined ? null : String(value);
  }
}

/**
 * Converts an Excel date serial to a `Date`.
 * NOTE: serials below 61 fall before Excel's fictitious 1900-02-29 and come out one day late.
 */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS));
}

/**
 * Checks whether a number format shows a date: it has a day or year code outside quoted text,
 * escapes and bracketed sections. Time-only formats ("h:mm") are not dates.
 */
export function isDateFormat(format: string): boolean {
  if (!format || format === "General" || format === "@") return false;
  const codes = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dy]/i.test(codes);
}
