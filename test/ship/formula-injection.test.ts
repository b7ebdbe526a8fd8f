import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { applyLayout } from "../../src/adapters/files/apply-layout";
import { OfficeWorkbook, type ExcelHost } from "../../src/adapters/office/office-workbook";
import { scanCriteria } from "../../src/engine";
import { buildRankingLayout } from "../../src/sheet/ranking-layout";
import type { CellLayout } from "../../src/sheet/layout-types";
import { createFakeExcel, FakeWorkbook } from "../fakes";

// A column header that Excel would run as a DDE command if it were stored as a formula.
const CRITERION = "=cmd|' /C calc'!A0";
// A target name that Excel would read as a formula when typed into a General cell.
const TARGET = "+SUM(1,2)";

/** Builds a ranking layout whose criterion and target names are the hostile headers above. */
function hostileLayout(): CellLayout {
  // Two groups of three with different means, so the criterion is scored and ranked.
  const target = { name: TARGET, cells: [1, 2, 3, 10, 11, 12] };
  const groups = { name: CRITERION, cells: ["a", "a", "a", "b", "b", "b"] };
  const result = scanCriteria(target, [groups]);
  expect(result.criteria[0].rank).toBe(1);
  return buildRankingLayout(result, { source: "people.xlsx", language: "en", date: new Date(Date.UTC(2026, 0, 2)) });
}

/** Positions of the layout cells whose value is exactly `text`. */
function cellsWith(layout: CellLayout, text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  layout.values.forEach((row, r) => row.forEach((value, c) => {
    if (value === text) found.push([r, c]);
  }));
  return found;
}

describe("hostile headers in the ranking sheet", () => {
  it("layout marks them as text", () => {
    const layout = hostileLayout();
    const positions = [...cellsWith(layout, CRITERION), ...cellsWith(layout, TARGET)];
    // The criterion's ranking row and the header block's target line, at least.
    expect(cellsWith(layout, CRITERION).length).toBeGreaterThanOrEqual(1);
    expect(cellsWith(layout, TARGET).length).toBeGreaterThanOrEqual(1);
    for (const [r, c] of positions) expect(layout.numberFormats[r][c], `row ${r}, column ${c}`).toBe("@");
  });

  it(".xlsx writer stores them as strings", async () => {
    const layout = hostileLayout();
    const workbook = new ExcelJS.Workbook();
    applyLayout(workbook.addWorksheet("Ranking"), layout);
    const buffer = await workbook.xlsx.writeBuffer();

    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(buffer as ArrayBuffer);
    const sheet = reread.getWorksheet("Ranking")!;
    for (const [r, c] of [...cellsWith(layout, CRITERION), ...cellsWith(layout, TARGET)]) {
      const cell = sheet.getCell(r + 1, c + 1);
      expect(cell.type, cell.address).toBe(ExcelJS.ValueType.String);
      expect(cell.value, cell.address).toBe(layout.values[r][c]);
      expect(cell.numFmt, cell.address).toBe("@");
    }

    // No formula element anywhere in the saved sheet. jszip is exceljs's own zip library.
    const zip = await import("jszip").then((module) => module.default.loadAsync(buffer as ArrayBuffer));
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).not.toMatch(/<f[\s>]/);
  });

  it("Office writer stores them as text", async () => {
    const layout = hostileLayout();
    const model = new FakeWorkbook();
    model.addSheet("Data", [["x"]]);
    const adapter = new OfficeWorkbook(createFakeExcel(model) as unknown as ExcelHost);
    await adapter.writeRankingSheet("Ranking", [layout]);

    const sheet = model.sheet("Ranking")!;
    for (const [r, c] of [...cellsWith(layout, CRITERION), ...cellsWith(layout, TARGET)]) {
      const cell = sheet.cell(r, c);
      expect(cell?.formula, `row ${r}, column ${c}`).toBeUndefined();
      expect(cell?.value, `row ${r}, column ${c}`).toBe(layout.values[r][c]);
    }
  });
});
