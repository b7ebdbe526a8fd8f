import { readInput, type InputSheet } from "../adapters/files/read-input";
import type { TextEncoding } from "../adapters/files/decode-text";
import { UserError } from "../adapters/files/user-error";
import { isErrorValue } from "../engine";
import { format, Language, quotedList } from "../i18n/locale";
import { findColumn, readTable, type SheetColumn, type SheetTable } from "../sheet/columns";
import type { CliIo } from "./cli-io";

export interface LoadedTable {
  readonly input: InputSheet;
  readonly table: SheetTable;
}

/** Reads the input file and its columns. An empty file or sheet, or one with a header and no data rows, is an error. */
export async function loadTable(file: string, options: { sheet?: string; encoding?: TextEncoding }, io: CliIo, lang: Language): Promise<LoadedTable> {
  io.stderr.write(`${format("cli.reading", { file }, lang)}\n`);
  const input = await readInput(file, options);
  const table = readTable(input.grid);
  const csv = input.format === "csv";
  // A CSV file has no sheets, so its messages name only the file.
  if (table.columns.length === 0) throw new UserError(csv ? "cli.csvEmpty" : "cli.noData", { file, sheet: input.sheetName });
  if (table.rowCount === 0) throw new UserError(csv ? "cli.csvNoRows" : "cli.sheetNoRows", { file, sheet: input.sheetName });
  return { input, table };
}

/** Finds a column by name or fails with the list of the sheet's columns. */
export function requireColumn(table: SheetTable, name: string): SheetColumn {
  const column = findColumn(table.columns, name);
  if (!column) throw new UserError("cli.unknownColumn", { column: name, columns: quotedList(table.columns.map((c) => c.name)) });
  return column;
}

/** Rejects a target column without a single number, saying how many text and blank cells it has. */
export function requireNumericTarget(column: SheetColumn): void {
  let numbers = 0;
  let text = 0;
  let blank = 0;
  for (const cell of column.cells) {
    if (typeof cell === "number" || cell instanceof Date) numbers++;
    else if (cell === null) blank++;
    else if (!isErrorValue(cell)) text++;
  }
  if (numbers === 0) throw new UserError("cli.targetNotNumeric", { column: column.name, text, blank });
}
