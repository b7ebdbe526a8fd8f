import fs from "node:fs";
import path from "node:path";
import type { CellValue } from "../../src/engine";
import { CellError, type OutputCell, type OutputGrid } from "../../src/functions/logic/output";

export const FIXTURES = path.resolve(__dirname, "../../../shared/fixtures");

/** A column range as Excel passes it: one single-cell array per row. */
export function column(cells: readonly unknown[]): unknown[][] {
  return cells.map((cell) => [cell]);
}

/** First cell of each row of a result. */
export function firstColumn(grid: OutputGrid | OutputCell): OutputCell[] {
  if (!Array.isArray(grid)) throw new Error(`expected a grid, got ${String(grid)}`);
  return grid.map((row) => row[0]);
}

export function errorCode(cell: unknown): string | null {
  return cell instanceof CellError ? cell.code : null;
}

/** Reads a fixture CSV: a plain decimal number is a number, an empty field a blank (null), the rest text. */
export function readFixtureCsv(name: string): { header: string[]; rows: CellValue[][] } {
  const text = fs.readFileSync(path.join(FIXTURES, `${name}.csv`), "utf8");
  const records = parseCsv(text);
  const header = records[0];
  const rows = records.slice(1).map((record) => record.map(toCell));
  return { header, rows };
}

export function readExpected(name: string): any {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.expected.json`), "utf8"));
}

/** Column `name` of a fixture, as cells. */
export function fixtureColumn(name: string, columnName: string): CellValue[] {
  const { header, rows } = readFixtureCsv(name);
  const index = header.indexOf(columnName);
  if (index < 0) throw new Error(`no column ${columnName} in ${name}`);
  return rows.map((row) => row[index] ?? null);
}

function toCell(field: string): CellValue {
  if (field === "") return null;
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(field)) return Number(field);
  return field;
}

function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** Relative closeness with an absolute floor, for values that may be 0. */
export function expectClose(actual: unknown, expected: number, tolerance = 1e-10): void {
  if (typeof actual !== "number") throw new Error(`expected the number ${expected}, got ${String(actual)}`);
  const scale = Math.max(Math.abs(expected), 1e-300);
  if (Math.abs(actual - expected) / scale > tolerance && Math.abs(actual - expected) > 1e-14) {
    throw new Error(`expected ${expected}, got ${actual} (relative error ${Math.abs(actual - expected) / scale})`);
  }
}
