import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import archiver from "archiver";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue } from "../../engine/types";
import { columnLetter } from "../../sheet/column-letter";

// A CSV's ranked copy is written in two parts. exceljs writes a small workbook: the data
// sheet contains a single marker cell, and the ranking sheet is complete (an Excel table and
// data bars, which exceljs's streaming writer cannot write). Then the data sheet's rows
// are streamed into that package in place of the marker. Building all cells as exceljs
// objects took about 7 s and 600 MB for 100,000 rows × 8 columns (docs/benchmarks.md).

/** Package path of the data sheet: exceljs numbers worksheets in the order they were added. */
const DATA_SHEET_PATH = "xl/worksheets/sheet1.xml";
const SHARED_STRINGS_PATH = "xl/sharedStrings.xml";
/** Rows per chunk handed to the zip stream. */
const ROWS_PER_CHUNK = 2000;

/**
 * Creates the workbook that `writeCsvWorkbook` completes: one data sheet whose cell A1
 * contains the marker that carries the text format "@". Add the ranking sheet to it before writing.
 */
export function csvShellWorkbook(dataSheetName: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const marker = workbook.addWorksheet(dataSheetName).getCell(1, 1);
  marker.value = 0;
  marker.numFmt = "@";
  return workbook;
}

/**
 * Writes `shell` (from `csvShellWorkbook`) to `file` with the CSV's cells in its data sheet:
 * numbers as numbers, text as shared strings in the text format "@", so Excel keeps
 * "=x" and "007" as written. Blank cells and rows are left out, as exceljs leaves them out.
 */
export async function writeCsvWorkbook(shell: ExcelJS.Workbook, grid: readonly (readonly CellValue[])[], file: string): Promise<void> {
  const zip = await JSZip.loadAsync(await shell.xlsx.writeBuffer());
  const sheetXml = await readPart(zip, DATA_SHEET_PATH);
  const textStyle = /<c r="A1" s="(\d+)"/.exec(sheetXml)?.[1];
  if (textStyle === undefined) throw new Error(`${DATA_SHEET_PATH} has no styled marker cell A1`);

  const sharedStrings = await readPart(zip, SHARED_STRINGS_PATH);
  const strings = collectStrings(grid, uniqueCount(sharedStrings));

  // The shell's parts are small, so they are read first and no await sits between starting and finalizing the archive.
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((part) => !part.dir)
      .map(async (part) => ({ name: part.name, data: await part.async("nodebuffer") })),
  );

  // archiver deflates with Node's zlib. With JSZip's JavaScript deflate, writing 100,000 rows took 1.7 s instead of 0.9 s.
  const archive = archiver("zip", { zlib: { level: 6 } });
  const written = pipeline(archive, createWriteStream(file));
  for (const { name, data } of parts) {
    if (name === DATA_SHEET_PATH) archive.append(Readable.from(sheetChunks(sheetXml, grid, strings.indexes, textStyle)), { name });
    else if (name === SHARED_STRINGS_PATH) archive.append(appendSharedStrings(sharedStrings, strings), { name });
    else archive.append(data, { name });
  }
  // An archiver error also fails the pipeline, which reports it below.
  archive.finalize().catch(() => undefined);
  await written;
}

async function readPart(zip: JSZip, partPath: string): Promise<string> {
  const part = zip.file(partPath);
  if (part === null) throw new Error(`exceljs wrote no ${partPath}`);
  return part.async("string");
}

interface CollectedStrings {
  /** Shared-string index of each distinct text, numbered after the ones already in the package. */
  readonly indexes: Map<string, number>;
  /** Text cells in the grid, the `count` that the shared-strings part adds. */
  readonly references: number;
}

function collectStrings(grid: readonly (readonly CellValue[])[], firstIndex: number): CollectedStrings {
  const indexes = new Map<string, number>();
  let references = 0;
  for (const row of grid) {
    for (const cell of row) {
      if (typeof cell !== "string") continue;
      references++;
      if (!indexes.has(cell)) indexes.set(cell, firstIndex + indexes.size);
    }
  }
  return { indexes, references };
}

function uniqueCount(sharedStrings: string): number {
  const match = /<sst [^>]*uniqueCount="(\d+)"/.exec(sharedStrings);
  if (match === null) throw new Error(`${SHARED_STRINGS_PATH} has no uniqueCount`);
  return Number(match[1]);
}

/** Adds the CSV's texts after the ranking sheet's ones and raises both counts. */
function appendSharedStrings(sharedStrings: string, strings: CollectedStrings): string {
  const counted = sharedStrings.replace(/<sst ([^>]*)count="(\d+)" uniqueCount="(\d+)"/, (_, attributes: string, count: string, unique: string) => {
    return `<sst ${attributes}count="${Number(count) + strings.references}" uniqueCount="${Number(unique) + strings.indexes.size}"`;
  });
  const items: string[] = [];
  for (const text of strings.indexes.keys()) {
    // exceljs marks text with leading or trailing white space, or a line break, the same way.
    const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : "";
    items.push(`<si><t${space}>${xmlText(text)}</t></si>`);
  }
  const end = counted.lastIndexOf("</sst>");
  return `${counted.slice(0, end)}${items.join("")}${counted.slice(end)}`;
}

/** Yields the data sheet's XML: the shell's parts around `<sheetData>`, with the grid's rows in between. */
function* sheetChunks(sheetXml: string, grid: readonly (readonly CellValue[])[], strings: Map<string, number>, textStyle: string): Generator<Buffer> {
  const start = sheetXml.indexOf("<sheetData>") + "<sheetData>".length;
  const end = sheetXml.indexOf("</sheetData>");
  if (start < "<sheetData>".length || end < start) throw new Error(`${DATA_SHEET_PATH} has no sheetData`);

  const head = sheetXml.slice(0, start).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${usedRange(grid)}"/>`);
  yield Buffer.from(head, "utf8");
  const columns = columnLetters(grid);
  let chunk: string[] = [];
  for (let r = 0; r < grid.length; r++) {
    const row = rowXml(grid[r], r + 1, columns, strings, textStyle);
    if (row !== null) chunk.push(row);
    if (chunk.length === ROWS_PER_CHUNK) {
      yield Buffer.from(chunk.join(""), "utf8");
      chunk = [];
    }
  }
  yield Buffer.from(chunk.join("") + sheetXml.slice(end), "utf8");
}

/** Renders one `<row>` as exceljs writes it, or returns `null` for a row without a value. */
function rowXml(row: readonly CellValue[], rowNumber: number, columns: readonly string[], strings: Map<string, number>, textStyle: string): string | null {
  let cells = "";
  let first = 0;
  let last = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell === null) continue;
    const reference = `${columns[c]}${rowNumber}`;
    if (typeof cell === "number") cells += `<c r="${reference}"><v>${String(cell)}</v></c>`;
    else if (typeof cell === "string") cells += `<c r="${reference}" s="${textStyle}" t="s"><v>${strings.get(cell)}</v></c>`;
    // A CSV cell is a number, text or blank (see csvCell), so nothing else reaches here.
    else throw new TypeError(`unexpected CSV cell ${JSON.stringify(cell)} at ${reference}`);
    if (first === 0) first = c + 1;
    last = c + 1;
  }
  if (first === 0) return null;
  return `<row r="${rowNumber}" spans="${first}:${last}" x14ac:dyDescent="0.25">${cells}</row>`;
}

function columnLetters(grid: readonly (readonly CellValue[])[]): string[] {
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0);
  return Array.from({ length: width }, (_, c) => columnLetter(c));
}

/** Returns the range from the first to the last filled row and column, such as "A1:H100001", or "A1" for a blank grid. */
function usedRange(grid: readonly (readonly CellValue[])[]): string {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  grid.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null) return;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (top < 0) return "A1";
  return `${columnLetter(left)}${top + 1}:${columnLetter(right)}${bottom + 1}`;
}

/** Escapes text for XML as exceljs 4.4.0 does: the five entities, and control characters XML 1.0 forbids are dropped. */
function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
