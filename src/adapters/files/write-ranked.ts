import ExcelJS from "exceljs";
import type { ScanResult } from "../../engine";
import type { Language } from "../../i18n/locale";
import { buildRankingLayout, RANKING_TABLE_NAME } from "../../sheet/ranking-layout";
import { cleanSheetName, sheetNameFor, tableNameFor } from "../../sheet/sheet-name";
import { applyLayout } from "./apply-layout";
import { csvShellWorkbook, writeCsvWorkbook } from "./write-csv-workbook";
import type { InputSheet } from "./read-input";
import { writeFileAtomically } from "./write-output";

export interface WriteRankedOptions {
  readonly output: string;
  readonly force: boolean;
  readonly language: Language;
  readonly date: Date;
}

/**
 * Writes a copy of the input workbook with a ranking sheet added after the other sheets.
 * A CSV input becomes a workbook with its data sheet and the ranking sheet. Returns the
 * ranking sheet's name. The input file is only read.
 */
export async function writeRankedWorkbook(input: InputSheet, result: ScanResult, options: WriteRankedOptions): Promise<string> {
  const workbook = input.workbook ?? csvShellWorkbook(cleanSheetName(input.sheetName, "data"));
  const sheetName = sheetNameFor(result.target, workbook.worksheets.map((ws) => ws.name), options.language);
  const tableName = tableNameFor(RANKING_TABLE_NAME, existingTableNames(workbook));

  const layout = buildRankingLayout(result, { source: fileName(input.file), sheet: input.sheetName, language: options.language, date: options.date }, tableName);
  applyLayout(workbook.addWorksheet(sheetName), layout);

  if (input.workbook !== null) {
    await writeFileAtomically(options.output, options.force, (temporary) => workbook.xlsx.writeFile(temporary));
  } else {
    // A CSV's data sheet is streamed into the package, because exceljs objects for every cell are slow and large.
    await writeFileAtomically(options.output, options.force, (temporary) => writeCsvWorkbook(workbook, input.grid, temporary));
  }
  return sheetName;
}

function existingTableNames(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.flatMap((ws) => Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables ?? {}));
}

function fileName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
