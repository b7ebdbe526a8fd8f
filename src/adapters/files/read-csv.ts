import { parse } from "csv-parse/sync";
import type { CellValue } from "../../engine/types";
import { decodeText, TextEncoding } from "./decode-text";
import { UserError } from "./user-error";

/** A plain decimal number as a CSV writes one: `3`, `-1.5`, `.5`, `2e5`. No spaces, no `+`, no thousands separators. */
const PLAIN_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Field separators a CSV file may use, in the order that wins a tie. */
const SEPARATORS = [",", ";", "\t"] as const;

export type CsvSeparator = (typeof SEPARATORS)[number];

/** Turns one CSV field into a cell: plain decimal numbers become numbers, empty fields blanks, the rest text. */
export function csvCell(field: string): CellValue {
  if (field === "") return null;
  if (PLAIN_NUMBER.test(field)) {
    const value = Number(field);
    if (Number.isFinite(value)) return value;
  }
  return field;
}

/**
 * Picks the field separator from the first non-empty line (the header): the one of comma,
 * semicolon and tab that occurs most often outside quotes. A tie, or a line with none of them, gives the comma.
 * European Excel writes ";" and "Unicode text" exports use tabs.
 */
export function sniffSeparator(text: string): CsvSeparator {
  const counts = new Map<string, number>(SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  let seenText = false;
  for (const char of text.replace(/^\uFEFF/, "")) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      if (seenText) break;
      continue;
    } else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
    seenText = true;
  }
  let best: CsvSeparator = ",";
  for (const separator of SEPARATORS) if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  return best;
}

/** Parses CSV text (comma, semicolon or tab separated, see `sniffSeparator`; quoted fields; any line ends) into a grid of cells. */
export function parseCsvText(text: string, file: string): CellValue[][] {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: sniffSeparator(text),
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    throw csvError(error as Error & { code?: string; lines?: number }, text, file);
  }
  return records.map((record) => record.map(csvCell));
}

/** Turns a csv-parse error into a message in the user's language, naming the line. */
function csvError(error: Error & { code?: string; lines?: number }, text: string, file: string): UserError {
  const line = error.lines ?? 0;
  // csv-parse reports an unclosed quote at the end of the file, so the line where the quote opened is found here.
  if (error.code === "CSV_QUOTE_NOT_CLOSED") return new UserError("cli.csvQuoteNotClosed", { file, line: openQuoteLine(text) ?? line });
  if (error.code === "CSV_INVALID_CLOSING_QUOTE" || error.code === "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE") {
    return new UserError("cli.csvInvalidQuote", { file, line });
  }
  // NOTE: other csv-parse errors keep the library's English text as the detail.
  return new UserError("cli.csvInvalid", { file, line, detail: error.message });
}

/** Returns the 1-based line of the quote that is still open at the end of the text, or `null` if every quote closes. */
function openQuoteLine(text: string): number | null {
  let line = 1;
  let openedAt: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"' && openedAt === null) openedAt = line;
    else if (char === '"' && text[i + 1] === '"') i++; // "" inside a quoted field is one literal quote
    else if (char === '"') openedAt = null;
    else if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line++;
  }
  return openedAt;
}

/** Decodes and parses a CSV file's bytes. */
export function readCsvBytes(bytes: Uint8Array, file: string, encoding?: TextEncoding): CellValue[][] {
  return parseCsvText(decodeText(bytes, file, encoding), file);
}
