import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { CellValue } from "../../src/engine";

/** Folder of the shared reference datasets, beside the repository's checkout. */
export const FIXTURES_DIR = path.resolve(__dirname, "../../../shared/fixtures");

export const FIXTURE_NAMES = ["PlantGrowth", "chickwts", "warpbreaks", "penguins", "cars", "Salaries", "SiRstv", "SmLs01", "SmLs04", "SmLs07", "AtmWtAg"] as const;

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Reads a fixture CSV by the fixtures' reading rules: plain decimals are numbers, empty is blank, the rest text. */
export function readFixtureColumns(name: string): Map<string, CellValue[]> {
  const text = readFileSync(path.join(FIXTURES_DIR, `${name}.csv`), "utf8");
  const rows: string[][] = parse(text, { relax_column_count: false });
  const [header, ...data] = rows;
  const columns = new Map<string, CellValue[]>();
  header.forEach((columnName, index) => {
    columns.set(
      columnName,
      data.map((row) => {
        const field = row[index];
        if (field === "") return null;
        return PLAIN_NUMBER.test(field) ? Number(field) : field;
      }),
    );
  });
  return columns;
}

/** Expected values computed independently (40-digit mpmath, checked against R and pandas). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function readExpected(name: string): any {
  return JSON.parse(readFileSync(path.join(FIXTURES_DIR, `${name}.expected.json`), "utf8"));
}

/** Relative error of `actual` against `expected`, with an absolute floor for expected values near 0. */
export function relativeError(actual: number, expected: number, floor = 0): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), floor);
}
