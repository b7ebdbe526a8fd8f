import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../../engine/types";
import type { TextEncoding } from "./decode-text";
import { readCsvBytes } from "./read-csv";
import { loadWorkbook, pickWorksheet, worksheetGrid } from "./read-xlsx";
import { UserError } from "./user-error";

/** A data sheet read from a file, with the workbook it came from when the file is an .xlsx. */
export interface InputSheet {
  readonly file: string;
  readonly format: "xlsx" | "csv";
  readonly grid: CellValue[][];
  /** The worksheet's name, or the CSV file's base name. */
  readonly sheetName: string;
  readonly workbook: ExcelJS.Workbook | null;
}

export interface ReadInputOptions {
  /** Worksheet of an .xlsx file; the first one by default. */
  readonly sheet?: string;
  /** Encoding of a CSV file; detected by default. */
  readonly encoding?: TextEncoding;
}

/** Reads an .xlsx or .csv file into a grid of cells. Problems come back as `UserError`s. */
export async function readInput(file: string, options: ReadInputOptions = {}): Promise<InputSheet> {
  // The file is checked first, so a folder named like `data.csv` or `/etc` is reported as a folder.
  await checkReadable(file);
  const format = inputFormat(file);

  if (format === "csv") {
    const bytes = await readBytes(file);
    const grid = readCsvBytes(bytes, file, options.encoding);
    return { file, format, grid, sheetName: path.basename(file, path.extname(file)), workbook: null };
  }
  const workbook = await loadWorkbook(file);
  const worksheet = pickWorksheet(workbook, file, options.sheet);
  return { file, format, grid: worksheetGrid(worksheet), sheetName: worksheet.name, workbook };
}

function inputFormat(file: string): "xlsx" | "csv" {
  const extension = path.extname(file).toLowerCase();
  if (extension === ".xlsx") return "xlsx";
  if (extension === ".csv") return "csv";
  throw new UserError("cli.unsupportedType", { file });
}

async function checkReadable(file: string): Promise<void> {
  let stats;
  try {
    stats = await fs.stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new UserError("cli.fileNotFound", { file });
    throw new UserError("cli.fileUnreadable", { file, detail: (error as Error).message });
  }
  if (stats.isDirectory()) throw new UserError("cli.isFolder", { file });
  if (!stats.isFile()) throw new UserError("cli.fileUnreadable", { file, detail: "not a regular file" });
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    throw new UserError("cli.fileUnreadable", { file, detail: (error as Error).message });
  }
}
