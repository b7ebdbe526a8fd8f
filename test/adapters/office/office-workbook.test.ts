import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { OfficeWorkbook, type ExcelHost } from "../../../src/adapters/office/office-workbook";
import { WorkbookError } from "../../../src/adapters/office/workbook-error";
import type { DataRegion } from "../../../src/adapters/office/port";
import type { CellLayout } from "../../../src/sheet/layout-types";
import { createFakeExcel, FakeWorkbook, type FakeValue } from "../../fakes";

/** An adapter over the fake; `apiVersion` is the newest ExcelApi set the host claims. */
function adapterFor(model: FakeWorkbook, limits?: { maxCells: number; maxBytes: number }, apiVersion = 1.9): OfficeWorkbook {
  return new OfficeWorkbook(createFakeExcel(model) as unknown as ExcelHost, limits, (version) => Number(version) <= apiVersion);
}

/** A sheet "Data" with a header row and `rows` data rows: id, group (a/b/c), score = row number. */
function dataWorkbook(rows: number): FakeWorkbook {
  const model = new FakeWorkbook();
  const grid: (FakeValue | null)[][] = [["id", "group", "score"]];
  for (let r = 0; r < rows; r++) grid.push([`p${r}`, ["a", "b", "c"][r % 3], r]);
  model.addSheet("Data", grid);
  model.select("Data", { top: 1, left: 2, bottom: 1, right: 2 });
  return model;
}

async function readAll(adapter: OfficeWorkbook, region: DataRegion) {
  const rows = [];
  let blocks = 0;
  for (let next = 0; next < region.rowCount; blocks++) {
    const block = await adapter.readBlock(region, next);
    expect(block.firstRow).toBe(next);
    expect(block.rows.length).toBeGreaterThan(0);
    rows.push(...block.rows);
    next += block.rows.length;
  }
  return { rows, blocks };
}

describe("findData", () => {
  it("takes the current region around the selection", async () => {
    const model = dataWorkbook(10);
    model.sheet("Data")!.setValue(20, 5, "far away");
    const region = await adapterFor(model).findData();
    expect(region).toMatchObject({ sheetName: "Data", origin: "region", top: 0, left: 0, rowCount: 11, columnCount: 3, activeColumn: 2 });
  });

  it("prefers the table the selection is in", async () => {
    const model = dataWorkbook(10);
    model.addTable("Data", "People", { top: 0, left: 0, bottom: 5, right: 2 });
    const region = await adapterFor(model).findData();
    expect(region).toMatchObject({ origin: "table", tableName: "People", rowCount: 6 });
  });

  it("falls back to the used range from an empty cell", async () => {
    const model = dataWorkbook(4);
    model.select("Data", { top: 30, left: 10, bottom: 30, right: 10 });
    const region = await adapterFor(model).findData();
    expect(region).toMatchObject({ origin: "usedRange", top: 0, rowCount: 5, columnCount: 3, activeColumn: null });
  });

  it("reports an empty sheet as noData", async () => {
    const model = new FakeWorkbook();
    model.addSheet("Empty");
    await expect(adapterFor(model).findData()).rejects.toMatchObject({ reason: "noData" });
  });

  it("marks date-formatted columns", async () => {
    const model = new FakeWorkbook();
    const sheet = model.addSheet("D", [["when", "x"]]);
    sheet.setValue(1, 0, 45000, "yyyy-mm-dd");
    sheet.setValue(1, 1, 3);
    const adapter = adapterFor(model);
    const region = await adapter.findData();
    expect(region.dateColumns).toEqual([0]);
    const block = await adapter.readBlock(region, 1);
    // Serial 45000 is 2023-03-15: 45000 − 25569 = 19431 days after 1970-01-01.
    expect(block.rows[0][0]).toEqual(new Date(Date.UTC(2023, 2, 15)));
  });
});

describe("readBlock", () => {
  it("reads every row in bounded blocks", async () => {
    const model = dataWorkbook(2_000);
    const adapter = adapterFor(model, { maxCells: 900, maxBytes: 1_000_000 });
    const region = await adapter.findData();
    const { rows, blocks } = await readAll(adapter, region);
    expect(rows).toHaveLength(2_001);
    // A first block of 256 rows measures the payload, then 900 cells / 3 columns = 300 rows per
    // block: 2001 − 256 = 1745 rows take 6 more blocks.
    expect(blocks).toBe(7);
    expect(rows[0]).toEqual(["id", "group", "score"]);
    expect(rows[2_000]).toEqual(["p1999", "b", 1999]);
  });

  it("converts blanks, errors and logicals", async () => {
    const model = new FakeWorkbook();
    // The second column keeps the current region together across the blank cell.
    model.addSheet("M", [["v", "k"], [null, 1], [{ error: "#N/A" }, 2], [true, 3], ["#N/A", 4]]);
    model.select("M", { top: 0, left: 0, bottom: 0, right: 0 });
    const adapter = adapterFor(model);
    const region = await adapter.findData();
    const { rows } = await readAll(adapter, region);
    expect(rows.map((row) => row[0])).toEqual(["v", null, { error: "#N/A" }, true, "#N/A"]);
  });

  it("halves a block the payload limit rejects", async () => {
    const model = dataWorkbook(3_000);
    // Allow about 20 kB per response: far less than the reader's first guess of a block.
    model.payloadLimitBytes = 20_000;
    const adapter = adapterFor(model, { maxCells: 100_000, maxBytes: 1_000_000 });
    const region = await adapter.findData();
    const { rows } = await readAll(adapter, region);
    expect(rows).toHaveLength(3_001);
    expect(rows[3_000][2]).toBe(2_999);
    expect(model.maxResponseBytes).toBeLessThanOrEqual(20_000);
  });

  it("stays under the limit it is given", async () => {
    const model = new FakeWorkbook();
    const long = "x".repeat(200);
    model.addSheet("L", [["text", "n"], ...Array.from({ length: 2_000 }, (_, r) => [long + r, r])]);
    model.select("L", { top: 0, left: 0, bottom: 0, right: 0 });
    model.payloadLimitBytes = 5_000_000;
    const adapter = adapterFor(model, { maxCells: 100_000, maxBytes: 100_000 });
    const region = await adapter.findData();
    const before = model.syncCount;
    await readAll(adapter, region);
    expect(model.maxResponseBytes).toBeLessThanOrEqual(100_000 * 1.1);
    expect(model.syncCount - before).toBeGreaterThan(4);
  });

  it("fails when one row exceeds the limit", async () => {
    const model = new FakeWorkbook();
    model.addSheet("W", [["a"], ["y".repeat(5_000)]]);
    model.select("W", { top: 0, left: 0, bottom: 0, right: 0 });
    model.payloadLimitBytes = 1_000;
    const adapter = adapterFor(model);
    const region = await adapter.findData();
    const error = await adapter.readBlock(region, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).reason).toBe("readTooLarge");
  });

  it("treats a null read as a failure", async () => {
    const model = dataWorkbook(10);
    const adapter = adapterFor(model);
    const region = await adapter.findData();
    model.faults.nullValuesOnNextRead = true;
    await expect(adapter.readBlock(region, 0)).rejects.toMatchObject({ reason: "readFailed" });
  });
});

function layoutOf(values: (string | number | null)[][], extra: Partial<CellLayout> = {}): CellLayout {
  const width = values[0].length;
  return {
    values,
    numberFormats: values.map((row) => row.map((value) => (typeof value === "string" ? "@" : null))),
    styles: [{ range: { top: 0, left: 0, bottom: 0, right: 0 }, style: "title" }],
    columnWidths: new Array(width).fill(10),
    table: { name: "TripletRanking", range: { top: 1, left: 0, bottom: values.length - 1, right: width - 1 } },
    dataBars: { top: 2, left: 1, bottom: values.length - 1, right: 1 },
    chart: { title: "Loss by criterion", categories: { top: 2, left: 0, bottom: values.length - 1, right: 0 }, values: { top: 2, left: 1, bottom: values.length - 1, right: 1 } },
    blocks: { header: { top: 0, left: 0, bottom: 0, right: 0 }, ranking: { top: 1, left: 0, bottom: values.length - 1, right: width - 1 }, guide: values.length, skipped: null, groups: null },
    ...extra,
  };
}

const SAMPLE = layoutOf([
  ["=title", null],
  ["Criterion", "Loss"],
  ["007", -0.5],
  ["+1 group", -0.25],
]);

describe("writeRankingSheet", () => {
  it("writes text as text, numbers as numbers", async () => {
    const model = dataWorkbook(3);
    const written = await adapterFor(model).writeRankingSheet("Ranking - score", [SAMPLE]);
    expect(written.sheetName).toBe("Ranking - score");
    expect(model.valuesOf("Ranking - score", { top: 0, left: 0, bottom: 3, right: 1 })).toEqual([
      ["=title", null],
      ["Criterion", "Loss"],
      ["007", -0.5],
      ["+1 group", -0.25],
    ]);
    expect(model.sheet("Ranking - score")!.cell(0, 0)!.formula).toBeUndefined();
    expect(model.activeSheetId).toBe(written.sheetId);
  });

  it("adds the table, data bars and chart", async () => {
    const model = dataWorkbook(3);
    await adapterFor(model).writeRankingSheet("R", [SAMPLE]);
    const sheet = model.sheet("R")!;
    expect(sheet.tables.map((t) => t.name)).toEqual(["TripletRanking"]);
    expect(sheet.dataBars).toEqual(["B3:B4"]);
    expect(sheet.charts).toMatchObject([{ type: "BarClustered", sourceAddress: "B3:B4", categoryAddress: "A3:A4", title: "Loss by criterion", reversed: true }]);
  });

  it("skips the 1.8 axis option on 1.7", async () => {
    const model = dataWorkbook(3);
    await adapterFor(model, undefined, 1.7).writeRankingSheet("R", [SAMPLE]);
    expect(model.sheet("R")!.charts).toMatchObject([{ sourceAddress: "B3:B4", categoryAddress: "A3:A4", reversed: false }]);
  });

  it("stacks a second layout below the first", async () => {
    const model = dataWorkbook(3);
    await adapterFor(model).writeRankingSheet("R", [SAMPLE, SAMPLE]);
    const sheet = model.sheet("R")!;
    // The second layout starts after 4 rows and a gap of 2: row index 6.
    expect(model.valuesOf("R", { top: 6, left: 0, bottom: 6, right: 0 })).toEqual([["=title"]]);
    expect(sheet.tables.map((t) => t.name)).toEqual(["TripletRanking", "TripletRanking_2"]);
    expect(sheet.charts).toHaveLength(1);
  });

  it("removes the sheet when a step fails", async () => {
    const model = dataWorkbook(3);
    model.faults.chartAddFails = "GeneralException";
    const error = await adapterFor(model).writeRankingSheet("R", [SAMPLE]).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "writeFailed" });
    expect((error as WorkbookError).detail).toContain("GeneralException");
    expect(model.sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  it("rejects a name Excel rejects, leaving no sheet", async () => {
    const model = dataWorkbook(3);
    for (const name of ["data", "a/b", "x".repeat(32), "'quoted'"]) {
      await expect(adapterFor(model).writeRankingSheet(name, [SAMPLE])).rejects.toMatchObject({ reason: "writeFailed" });
    }
    expect(model.sheets).toHaveLength(1);
  });
});

describe("rewriteRankingSheet", () => {
  it("rewrites the sheet in place", async () => {
    const model = dataWorkbook(3);
    const adapter = adapterFor(model);
    const first = await adapter.writeRankingSheet("R", [SAMPLE, SAMPLE]);
    model.addSheet("Later");
    const shorter = layoutOf([["=new title", null], ["Criterion", "Loss"], ["only", -1]]);
    const result = await adapter.rewriteRankingSheet(first.sheetId, [shorter]);

    expect(result).toEqual(first);
    expect(model.sheets.map((s) => s.name)).toEqual(["Data", "R", "Later"]);
    const sheet = model.sheet("R")!;
    // Old cells below the new layout are gone; the second table, chart and bars were replaced.
    expect(model.valuesOf("R", { top: 0, left: 0, bottom: 7, right: 1 })).toEqual([
      ["=new title", null],
      ["Criterion", "Loss"],
      ["only", -1],
      [null, null],
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(sheet.tables.map((t) => t.name)).toEqual(["TripletRanking"]);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.dataBars).toEqual(["B3"]);
  });

  it("returns null for a deleted sheet", async () => {
    const model = dataWorkbook(3);
    const adapter = adapterFor(model);
    const first = await adapter.writeRankingSheet("R", [SAMPLE]);
    model.removeSheet(model.sheet("R")!);
    expect(await adapter.rewriteRankingSheet(first.sheetId, [SAMPLE])).toBeNull();
  });

  it("reports a failure as rewriteFailed", async () => {
    const model = dataWorkbook(3);
    const adapter = adapterFor(model);
    const first = await adapter.writeRankingSheet("R", [SAMPLE]);
    model.faults.chartAddFails = "GeneralException";
    await expect(adapter.rewriteRankingSheet(first.sheetId, [SAMPLE])).rejects.toMatchObject({ reason: "rewriteFailed" });
    expect(model.sheet("R")).toBeDefined();
  });
});

describe("settings", () => {
  it("survive a save and reopen", async () => {
    const model = dataWorkbook(3);
    await adapterFor(model).writeSetting("triplet.rankings", [{ sheetId: "x", bins: 4 }]);
    model.saveAndReopen();
    expect(await adapterFor(model).readSetting("triplet.rankings")).toEqual([{ sheetId: "x", bins: 4 }]);
    expect(await adapterFor(model).readSetting("missing")).toBeNull();
  });
});

describe("watchSource", () => {
  it("reports edits to the source only until stopped", async () => {
    const model = dataWorkbook(5);
    const adapter = adapterFor(model);
    const region = await adapter.findData();
    const changes: string[] = [];
    const stop = await adapter.watchSource(region, (change) => changes.push(change.address));
    model.userEdit("Data", 2, 2, [[99]]);
    model.userEdit("Data", 2, 8, [["elsewhere"]]);
    await model.settleEvents();
    expect(changes).toEqual(["C3"]);
    await stop();
    model.userEdit("Data", 3, 2, [[98]]);
    await model.settleEvents();
    expect(changes).toEqual(["C3"]);
  });

  it("ignores the add-in's own formula columns", async () => {
    const model = dataWorkbook(5);
    const adapter = adapterFor(model);
    const region = await adapter.findData();
    const changes: string[] = [];
    await adapter.watchSource({ ...region, columnCount: 10 }, (change) => changes.push(change.address));
    await adapter.writeFormulaColumns({ region, headerRow: 0, valueColumn: 2, groupColumn: 1, columns: [{ header: "Rank", formula: "=TRIPLET.RANK_WITHIN({values},{groups})" }] });
    await model.settleEvents();
    expect(changes).toEqual([]);
  });
});

describe("writeFormulaColumns", () => {
  const columns = [
    { header: "Rank within group", formula: "=TRIPLET.RANK_WITHIN({values},{groups})" },
    { header: "=z within group", formula: "=TRIPLET.ZSCORE_WITHIN({values},{groups})" },
  ];

  it("writes headers and spilling formulas beside the data", async () => {
    const model = dataWorkbook(5);
    const adapter = adapterFor(model);
    const region = await adapter.findData();
    const placement = await adapter.writeFormulaColumns({ region, headerRow: 0, valueColumn: 2, groupColumn: 1, columns });
    expect(placement).toEqual({ sheetName: "Data", headerAddress: "D1:E1", column: 3 });
    const sheet = model.sheet("Data")!;
    expect(sheet.cell(0, 3)!.value).toBe("Rank within group");
    expect(sheet.cell(0, 4)!.value).toBe("=z within group");
    expect(sheet.cell(1, 3)!.formula).toBe("=TRIPLET.RANK_WITHIN('Data'!$C$2:$C$6,'Data'!$B$2:$B$6)");
    expect(sheet.cell(1, 4)!.formula).toBe("=TRIPLET.ZSCORE_WITHIN('Data'!$C$2:$C$6,'Data'!$B$2:$B$6)");
  });

  it("skips columns with anything in the spill area", async () => {
    const model = dataWorkbook(5);
    const adapter = adapterFor(model);
    const region = await adapter.findData();
    // A note in E6, inside the spill area of D–E, and a value in G1.
    model.sheet("Data")!.setValue(5, 4, "note");
    model.sheet("Data")!.setValue(0, 6, "x");
    const placement = await adapter.writeFormulaColumns({ region, headerRow: 0, valueColumn: 2, groupColumn: 1, columns });
    // D–E is blocked by E6, F–G by G1, so the columns go to H–I.
    expect(placement.column).toBe(7);
  });

  it("writes formulas into text-formatted columns", async () => {
    const model = dataWorkbook(5);
    const sheet = model.sheet("Data")!;
    for (let row = 0; row <= 5; row++) for (const column of [3, 4]) sheet.cells.set(row * 16_384 + column, { value: "", numberFormat: "@" });
    const adapter = adapterFor(model);
    const region = await adapter.findData();
    await adapter.writeFormulaColumns({ region, headerRow: 0, valueColumn: 2, groupColumn: 1, columns });
    expect(sheet.cell(1, 3)!.formula).toBe("=TRIPLET.RANK_WITHIN('Data'!$C$2:$C$6,'Data'!$B$2:$B$6)");
  });

  it("leaves a gap after a table", async () => {
    const model = dataWorkbook(5);
    model.addTable("Data", "People", { top: 0, left: 0, bottom: 5, right: 2 });
    const adapter = adapterFor(model);
    const region = await adapter.findData();
    const placement = await adapter.writeFormulaColumns({ region, headerRow: 0, valueColumn: 2, groupColumn: 1, columns });
    expect(placement.column).toBe(4);
  });

  it("never overwrites a non-empty cell", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 3, max: 12 })), { maxLength: 12 }), async (filled) => {
        const model = dataWorkbook(6);
        const sheet = model.sheet("Data")!;
        for (const [row, column] of filled) sheet.setValue(row, column, `keep ${row},${column}`);
        const adapter = adapterFor(model);
        const region = { ...(await adapter.findData()), top: 0, left: 0, rowCount: 7, columnCount: 3 };
        const placement = await adapter.writeFormulaColumns({ region, headerRow: 0, valueColumn: 2, groupColumn: 1, columns });
        for (const [row, column] of filled) expect(sheet.cell(row, column)!.value).toBe(`keep ${row},${column}`);
        for (let row = 0; row <= 6; row++) {
          for (const column of [placement.column, placement.column + 1]) {
            expect(filled.some(([r, c]) => r === row && c === column)).toBe(false);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
