import { isBlankCell, type CellValue } from "../../engine";
import type { Language } from "../../i18n/catalog";
import { functionText } from "../../i18n/functions";
import { columnLetter } from "../../sheet/column-letter";
import { readRange } from "./excel-cells";
import { ArgumentError } from "./output";

/** Names of the criteria, and whether the first row of the ranges contains them. */
export interface CriteriaNames {
  names: string[];
  firstRowIsHeader: boolean;
}

/**
 * Names the criteria from the `headers` argument: TRUE takes each criterion's first cell, a range
 * gives one name per criterion, and FALSE or nothing names each criterion by its column letter
 * (or row number, when criteria are rows) read from the criteria's address, else "Column 1" ….
 */
export function criteriaNames(headers: unknown, columns: readonly CellValue[][], address: string | undefined, byRows: boolean, lang: Language): CriteriaNames {
  const fallback = positionNames(columns.length, address, byRows, lang);
  const range = readRange(headers);
  const single = range.cells.length === 1 ? range.cells[0] : undefined;

  if (range.cells.length === 1 && (isBlankCell(single ?? null) || single === false || single === 0)) {
    return { names: fallback, firstRowIsHeader: false };
  }
  if (range.cells.length === 1 && (single === true || single === 1)) {
    const names = columns.map((column, index) => (isBlankCell(column[0] ?? null) ? fallback[index] : cellText(column[0])));
    return { names, firstRowIsHeader: true };
  }
  if (range.cells.length !== columns.length) {
    throw new ArgumentError(functionText("fn.headersMismatch", { headers: range.cells.length, columns: columns.length }, lang));
  }
  return { names: range.cells.map((cell, index) => (isBlankCell(cell) ? fallback[index] : cellText(cell))), firstRowIsHeader: false };
}

function cellText(cell: CellValue): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === "object" && cell !== null) return cell.error;
  return String(cell);
}

/**
 * Column letters or row numbers of the criteria from an address such as "Sheet1!C2:E100",
 * "'My data'!C:E" or "Sheet1!2:4"; "Column 1", "Column 2" … when the address is unknown.
 */
export function positionNames(count: number, address: string | undefined, byRows: boolean, lang: Language): string[] {
  const start = address ? address.slice(address.lastIndexOf("!") + 1).split(":")[0].replace(/\$/g, "") : "";
  const match = /^([A-Za-z]{0,3})(\d*)$/.exec(start);
  if (match && !byRows && match[1]) {
    const first = letterIndex(match[1].toUpperCase());
    return Array.from({ length: count }, (_, index) => columnLetter(first + index));
  }
  if (match && byRows && match[2]) {
    const first = Number(match[2]);
    return Array.from({ length: count }, (_, index) => functionText("fn.rowName", { index: first + index }, lang));
  }
  return Array.from({ length: count }, (_, index) => functionText(byRows ? "fn.rowName" : "fn.columnName", { index: index + 1 }, lang));
}

/** 0-based index of Excel column letters: A → 0, Z → 25, AA → 26. */
function letterIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}
