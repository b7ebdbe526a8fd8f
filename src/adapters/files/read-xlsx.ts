import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import type { CellValue } from "../../engine/types";
import { quotedList } from "../../i18n/locale";
import { UserError } from "./user-error";
import { engineCell } from "./xlsx-cell";

export interface WorkbookGrid {
  readonly grid: CellValue[][];
  readonly sheetName: string;
  readonly sheetNames: readonly string[];
}

/** Loads a workbook with exceljs; a file that is not a valid .xlsx gives a `UserError`. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    const detail = (error as Error).message;
    // JSZip's messages ("Can't find end of central directory", "Corrupted zip …") mean the bytes are not an .xlsx.
    if (/zip|central directory/i.test(detail)) {
      const compound = await startsWithCompoundFileHeader(file);
      throw new UserError(compound ? "cli.compoundFile" : "cli.notXlsx", { file });
    }
    throw new UserError("cli.fileUnreadable", { file, detail });
  }
  return workbook;
}

/**
 * Tells whether a file starts with the OLE compound file signature D0 CF 11 E0 A1 B1 1A E1,
 * the container of old .xls workbooks and of password-protected .xlsx files.
 */
async function startsWithCompoundFileHeader(file: string): Promise<boolean> {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const handle = await fs.open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0);
    return bytesRead === 8 && signature.every((byte, i) => buffer[i] === byte);
  } finally {
    await handle.close();
  }
}

/** Finds a worksheet by name (exact, then case-insensitive), or the first sheet when no name is given. */
export function pickWorksheet(workbook: ExcelJS.Workbook, file: string, sheet?: string): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw new UserError("cli.noSheets", { file });
  if (sheet === undefined) return sheets[0];
  const found = sheets.find((ws) => ws.name === sheet) ?? sheets.find((ws) => ws.name.toLowerCase() === sheet.toLowerCase());
  if (!found) throw new UserError("cli.sheetNotFound", { file, sheet, sheets: quotedList(sheets.map((ws) => ws.name)) });
  return found;
}

/** Reads a worksheet's cells into a grid, from A1 to the last used row and column. */
export function worksheetGrid(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const grid: CellValue[][] = [];
  const width = worksheet.columnCount;
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: CellValue[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      // exceljs returns the top-left value for every cell of a merged area, but Excel stores it only in the top-left cell.
      cells.push(cell.type === ExcelJS.ValueType.Merge ? null : engineCell(cell.value));
    }
    grid.push(cells);
  }
  return grid;
}

/** Reads one sheet of an .xlsx file. */
export async function readXlsx(file: string, sheet?: string): Promise<WorkbookGrid> {
  const workbook = await loadWorkbook(file);
  const worksheet = pickWorksheet(workbook, file, sheet);
  return { grid: worksheetGrid(worksheet), sheetName: worksheet.name, sheetNames: workbook.worksheets.map((ws) => ws.name) };
}
