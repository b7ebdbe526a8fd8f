import { parse } from "csv-parse/sync";
import type { CellValue } from "../../engine/types";
import { decodeText, TextEncoding } from "./decode-text";
import { UserError } from "./user-error";

/** A plain decimal number as a CSV writes one: `3`, `-1.5`, `.5`, `2e5`. No spaces, no `+`, no thousands separators. */
const PLAIN_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Turns one CSV field into a cell: plain decimal numbers become numbers, empty fields blanks, the rest text. */
export function csvCell(field: string): CellValue {
  if (field === "") return null;
  if (PLAIN_NUMBER.test(field)) {
    const value = Number(field);
    if (Number.isFinite(value)) return value;
  }
  return field;
}

/** Parses CSV text (comma-separated, quoted fields, any line ends) into a grid of cells. */
export function parseCsvText(text: string, file: string): CellValue[][] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, record_delimiter: ["\r\n", "\n", "\r"], relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    throw new UserError("cli.fileUnreadable", { file, detail: (error as Error).message });
  }
  return records.map((record) => record.map(csvCell));
}

/** Decodes and parses a CSV file's bytes. */
export function readCsvBytes(bytes: Uint8Array, file: string, encoding?: TextEncoding): CellValue[][] {
  return parseCsvText(decodeText(bytes, file, encoding), file);
}
