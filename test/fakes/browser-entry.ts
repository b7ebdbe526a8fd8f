/**
 * Stands in for office.js in browser tests: builds a fake workbook from `window.__fakeSeed`
 * (set by the test before the page's scripts run) and installs `Office`, `Excel` and
 * `CustomFunctions` globals. The test reaches the workbook as `window.__fake.model`.
 */
import { createFakeExcel, createFakeOffice, FakeWorkbook, type Box, type FakeValue } from ".";

interface FakeSeed {
  language?: string;
  sheets: { name: string; rows: (FakeValue | null)[][]; tables?: { name: string; box: Box }[] }[];
  selection: { sheet: string; box: Box };
  syncDelayMs?: number;
}

const scope = globalThis as unknown as Record<string, unknown>;
const seed = scope.__fakeSeed as FakeSeed;
const model = new FakeWorkbook();
for (const sheet of seed.sheets) {
  model.addSheet(sheet.name, sheet.rows);
  for (const table of sheet.tables ?? []) model.addTable(sheet.name, table.name, table.box);
}
model.select(seed.selection.sheet, seed.selection.box);
model.syncDelayMs = seed.syncDelayMs ?? 0;

class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

scope.Office = createFakeOffice({ displayLanguage: seed.language ?? "en-US" });
scope.Excel = createFakeExcel(model);
scope.CustomFunctions = { associate: () => undefined, Error: CustomFunctionError };
scope.__fake = { model };
