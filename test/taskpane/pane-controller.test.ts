import { describe, expect, it } from "vitest";
import { OfficeWorkbook, type ExcelHost } from "../../src/adapters/office/office-workbook";
import { PaneController } from "../../src/taskpane/pane-controller";
import { RECORDS_KEY } from "../../src/taskpane/ranking-record";
import { createFakeExcel, FakeWorkbook, type FakeValue } from "../fakes";
import { readExpected, readFixtureColumns } from "../helpers/fixtures";

const FIXED_DATE = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

/** A workbook with the penguins fixture on sheet "Penguins" (A1:G345), the cursor on Body Mass. */
function penguinsWorkbook(): FakeWorkbook {
  const columns = readFixtureColumns("penguins");
  const names = [...columns.keys()];
  const rows: (FakeValue | null)[][] = [names];
  const count = columns.get(names[0])!.length;
  for (let r = 0; r < count; r++) rows.push(names.map((name) => columns.get(name)![r] as FakeValue | null));
  const model = new FakeWorkbook();
  model.addSheet("Penguins", rows);
  model.select("Penguins", { top: 3, left: 5, bottom: 3, right: 5 });
  return model;
}

function controllerFor(model: FakeWorkbook, language: "en" | "ko" = "en") {
  const port = new OfficeWorkbook(createFakeExcel(model) as unknown as ExcelHost, { maxCells: 300, maxBytes: 1_000_000 });
  return new PaneController(port, language, () => FIXED_DATE, 20);
}

/** Waits until `condition` holds, checking every 10 ms, for at most 5 s. */
async function eventually(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5_000) throw new Error("condition not met within 5 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Finds the row of the ranking table's header ("Rank" in column A) on a written sheet. */
function rankingTable(model: FakeWorkbook, sheetName: string) {
  const sheet = model.sheet(sheetName)!;
  const values = model.valuesOf(sheetName, { top: 0, left: 0, bottom: 60, right: 16 });
  const top = values.findIndex((row) => row[0] === "Rank" || row[0] === "순위");
  const header = values[top] as string[];
  const rows = [];
  for (let r = top + 1; values[r][0] !== null && typeof values[r][0] === "number"; r++) rows.push(values[r]);
  return { sheet, header, rows };
}

describe("PaneController.loadData", () => {
  it("classifies columns and preselects the active numeric column", async () => {
    const controller = controllerFor(penguinsWorkbook());
    await controller.loadData();
    const state = controller.state;
    expect(state.region).toMatchObject({ sheetName: "Penguins", rowCount: 345, columnCount: 7 });
    expect(state.target).toBe("Body Mass (g)");
    const kinds = Object.fromEntries(state.columns.map((column) => [column.name, column.kind]));
    expect(kinds).toMatchObject({ Species: "categorical", Island: "categorical", Sex: "categorical", "Beak Length (mm)": "numericBinned" });
    expect(state.columns.find((column) => column.name === "Body Mass (g)")!.checked).toBe(false);
    expect(state.columns.filter((column) => column.numeric).map((column) => column.name)).toEqual([
      "Beak Length (mm)",
      "Beak Depth (mm)",
      "Flipper Length (mm)",
      "Body Mass (g)",
    ]);
  });

  it("explains an empty sheet", async () => {
    const model = new FakeWorkbook();
    model.addSheet("Blank");
    const controller = controllerFor(model);
    await controller.loadData();
    expect(controller.state.message).toEqual({
      kind: "error",
      text: "No data was found on the sheet Blank. Select a cell inside your data, then choose Use selection.",
    });
  });
});

describe("PaneController.rank", () => {
  it("writes the ranking sheet with the fixture's order and values", async () => {
    const model = penguinsWorkbook();
    const controller = controllerFor(model);
    await controller.loadData();
    for (const name of ["Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)"]) controller.setChecked(name, false);
    const phases = new Set<string>();
    controller.subscribe((state) => state.progress && phases.add(state.progress.phase));
    await controller.rank();

    expect(controller.state.message).toEqual({ kind: "success", text: "Wrote the sheet Ranking - Body Mass (g). Best criterion: Species." });
    expect([...phases]).toEqual(["reading", "scoring", "writing"]);
    const { header, rows } = rankingTable(model, "Ranking - Body Mass (g)");
    const expected = readExpected("penguins");
    expect(rows.map((row) => row[1])).toEqual(expected.rankings["euclidean.honestNormalizedLoss (ascending)"]);
    const keyColumn = header.indexOf("Honest normalized loss");
    const species = expected.results.Species.euclidean.honestNormalizedLoss;
    expect(Math.abs((rows[0][keyColumn] as number) - species) / Math.abs(species)).toBeLessThan(1e-12);
    expect(model.sheet("Ranking - Body Mass (g)")!.charts).toHaveLength(1);
  });

  it("stores the ranking's record in the workbook", async () => {
    const model = penguinsWorkbook();
    const controller = controllerFor(model);
    await controller.loadData();
    await controller.rank();
    const records = JSON.parse(model.settings.get(RECORDS_KEY)!);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ sheetName: "Ranking - Body Mass (g)", target: { name: "Body Mass (g)", index: 5 }, autoRefresh: false });
  });

  it("adds the pairs below when asked", async () => {
    const model = penguinsWorkbook();
    const controller = controllerFor(model);
    await controller.loadData();
    controller.setOptions({ pairs: true });
    await controller.rank();
    const values = model.valuesOf("Ranking - Body Mass (g)", { top: 0, left: 1, bottom: 120, right: 1 }).map((row) => row[0]);
    expect(values.some((value) => typeof value === "string" && value.includes(" × "))).toBe(true);
    expect(model.sheet("Ranking - Body Mass (g)")!.tables.map((table) => table.name)).toEqual(["TripletRanking", "TripletPairs"]);
  });

  it("writes nothing for a constant target", async () => {
    const model = new FakeWorkbook();
    model.addSheet("Scores", [["team", "score"], ["a", 5], ["b", 5], ["a", 5], ["b", 5]]);
    model.select("Scores", { top: 1, left: 1, bottom: 1, right: 1 });
    const controller = controllerFor(model);
    await controller.loadData();
    await controller.rank();
    expect(controller.state.message).toEqual({
      kind: "error",
      text: "Nothing was written for the target score: all target values are equal, so no criterion can be scored. Choose another target column.",
    });
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["Scores"]);
  });

  it("stops cleanly when cancelled", async () => {
    const model = penguinsWorkbook();
    const controller = controllerFor(model);
    await controller.loadData();
    controller.subscribe((state) => {
      if (state.progress?.phase === "reading" && state.progress.done > 0) controller.cancel();
    });
    await controller.rank();
    expect(controller.state.message).toEqual({ kind: "info", text: "Cancelled. Nothing was written." });
    expect(controller.state.progress).toBeNull();
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["Penguins"]);
  });

  it("removes the sheet and says so when writing fails", async () => {
    const model = penguinsWorkbook();
    const controller = controllerFor(model);
    await controller.loadData();
    model.faults.chartAddFails = "GeneralException";
    await controller.rank();
    expect(controller.state.message!.kind).toBe("error");
    expect(controller.state.message!.text).toMatch(/^Excel could not write the sheet: .*GeneralException.*The partly written sheet was removed/);
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["Penguins"]);
    expect(model.settings.has(RECORDS_KEY)).toBe(false);
  });

  it("writes Korean labels for a Korean display language", async () => {
    const model = penguinsWorkbook();
    const controller = controllerFor(model, "ko");
    await controller.loadData();
    for (const name of ["Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)"]) controller.setChecked(name, false);
    await controller.rank();
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["Penguins", "기준 순위 - Body Mass (g)"]);
    expect(controller.state.message!.text).toBe("기준 순위 - Body Mass (g) 시트를 만들었습니다. 1위 기준: Species.");
  });
});

describe("PaneController.refresh", () => {
  it("recomputes in place after an edit", async () => {
    const model = penguinsWorkbook();
    const controller = controllerFor(model);
    await controller.loadData();
    await controller.rank();
    const before = rankingTable(model, "Ranking - Body Mass (g)");
    const nBefore = before.rows[0][before.header.indexOf("n")] as number;
    // Blank the body mass of one used row: Species then uses one row fewer.
    model.userEdit("Penguins", 1, 5, [[null]]);
    await controller.refresh();

    expect(controller.state.message).toEqual({ kind: "success", text: "Refreshed the sheet Ranking - Body Mass (g)." });
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["Penguins", "Ranking - Body Mass (g)"]);
    const after = rankingTable(model, "Ranking - Body Mass (g)");
    expect(after.rows[0][after.header.indexOf("n")]).toBe(nBefore - 1);
    const records = JSON.parse(model.settings.get(RECORDS_KEY)!);
    expect(records).toHaveLength(1);
    expect(records[0].sheetId).toBe(model.sheet("Ranking - Body Mass (g)")!.id);
  });

  it("writes a new sheet when the old one was deleted", async () => {
    const model = penguinsWorkbook();
    const controller = controllerFor(model);
    await controller.loadData();
    await controller.rank();
    model.removeSheet(model.sheet("Ranking - Body Mass (g)")!);
    await controller.refresh();
    expect(controller.state.message).toEqual({ kind: "success", text: "Refreshed the sheet Ranking - Body Mass (g)." });
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["Penguins", "Ranking - Body Mass (g)"]);
    const records = JSON.parse(model.settings.get(RECORDS_KEY)!);
    expect(records.map((record: { sheetId: string }) => record.sheetId)).toEqual([model.sheet("Ranking - Body Mass (g)")!.id]);
  });

  it("works after the workbook is reopened", async () => {
    const model = penguinsWorkbook();
    await (async () => {
      const first = controllerFor(model);
      await first.loadData();
      await first.rank();
    })();
    model.saveAndReopen();
    const second = controllerFor(model);
    await second.showRankingOfActiveSheet();
    expect(second.state.ranking?.sheetName).toBe("Ranking - Body Mass (g)");
    await second.refresh();
    expect(second.state.message?.kind).toBe("success");
  });
});

describe("PaneController.apply", () => {
  it("adds rank and z-score formulas for the chosen criterion", async () => {
    const model = penguinsWorkbook();
    const controller = controllerFor(model);
    await controller.loadData();
    await controller.rank();
    controller.setApplyCriterion("Island");
    await controller.apply();
    const sheet = model.sheet("Penguins")!;
    expect(sheet.cell(0, 7)!.value).toBe("Rank of Body Mass (g) within Island");
    expect(sheet.cell(1, 7)!.formula).toBe("=TRIPLET.RANK_WITHIN('Penguins'!$F$2:$F$345,'Penguins'!$B$2:$B$345)");
    expect(sheet.cell(1, 8)!.formula).toBe("=TRIPLET.ZSCORE_WITHIN('Penguins'!$F$2:$F$345,'Penguins'!$B$2:$B$345)");
    expect(controller.state.message!.text).toBe("Added live formulas in H1:I1 on Penguins: rank and z-score of Body Mass (g) within Island.");
  });

  it("follows columns the user inserted", async () => {
    const model = penguinsWorkbook();
    const controller = controllerFor(model);
    await controller.loadData();
    await controller.rank();
    // Insert a column "Tag" at B: Island moves from B to C, Body Mass (g) from F to G.
    const sheet = model.sheet("Penguins")!;
    const moved = [...sheet.cells.entries()].filter(([key]) => key % 16_384 >= 1);
    for (const [key] of moved) sheet.cells.delete(key);
    for (const [key, cell] of moved) sheet.cells.set(key + 1, cell);
    for (let row = 0; row < 345; row++) sheet.setValue(row, 1, row === 0 ? "Tag" : "t");
    controller.setApplyCriterion("Island");
    await controller.apply();
    // The data now spans A:H, so the formulas go to I and J.
    expect(sheet.cell(1, 8)!.formula).toBe("=TRIPLET.RANK_WITHIN('Penguins'!$G$2:$G$345,'Penguins'!$C$2:$C$345)");

    await controller.refresh();
    expect(controller.state.ranking!.target).toEqual({ name: "Body Mass (g)", index: 6, kind: "numericBinned" });
  });

  it("bins a number criterion with GROUP_BINS", async () => {
    const model = penguinsWorkbook();
    const controller = controllerFor(model);
    await controller.loadData();
    await controller.rank();
    controller.setApplyCriterion("Flipper Length (mm)");
    await controller.apply();
    expect(model.sheet("Penguins")!.cell(1, 7)!.formula).toBe("=TRIPLET.RANK_WITHIN('Penguins'!$F$2:$F$345,TRIPLET.GROUP_BINS('Penguins'!$E$2:$E$345,4))");
  });
});

describe("PaneController.setTarget", () => {
  it("returns the old target to the criteria", async () => {
    const controller = controllerFor(penguinsWorkbook());
    await controller.loadData();
    controller.setTarget("Flipper Length (mm)");
    const checked = (name: string) => controller.state.columns.find((column) => column.name === name)!.checked;
    expect(checked("Flipper Length (mm)")).toBe(false);
    expect(checked("Body Mass (g)")).toBe(true);
  });
});

describe("PaneController auto-refresh", () => {
  it("refreshes once after a burst of edits", async () => {
    const model = penguinsWorkbook();
    const controller = controllerFor(model);
    await controller.loadData();
    await controller.rank();
    await controller.setAutoRefresh(true);
    // Counts the tasks the controller starts: progress going from none to some.
    let tasks = 0;
    let running = false;
    controller.subscribe((state) => {
      if (state.progress && !running) tasks++;
      running = state.progress !== null;
    });
    const before = rankingTable(model, "Ranking - Body Mass (g)");
    const n = before.rows[0][before.header.indexOf("n")] as number;

    // Two edits within the debounce delay blank two used body masses.
    model.userEdit("Penguins", 1, 5, [[null]]);
    model.userEdit("Penguins", 2, 5, [[null]]);
    await model.settleEvents();
    await eventually(() => controller.state.message?.text === "Refreshed the sheet Ranking - Body Mass (g).");
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(tasks).toBe(1);
    const after = rankingTable(model, "Ranking - Body Mass (g)");
    expect(after.rows[0][after.header.indexOf("n")]).toBe(n - 2);
    expect(JSON.parse(model.settings.get(RECORDS_KEY)!)[0].autoRefresh).toBe(true);
  });

  it("stops reacting when turned off", async () => {
    const model = penguinsWorkbook();
    const controller = controllerFor(model);
    await controller.loadData();
    await controller.rank();
    await controller.setAutoRefresh(true);
    await controller.setAutoRefresh(false);
    const id = model.sheet("Ranking - Body Mass (g)")!.id;
    model.userEdit("Penguins", 1, 5, [[null]]);
    await model.settleEvents();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(model.sheet("Ranking - Body Mass (g)")!.id).toBe(id);
    expect(controller.state.message?.text).toMatch(/^Wrote the sheet/);
  });
});

describe("PaneController.followActiveSheet", () => {
  it("shows the ranking of an activated ranking sheet", async () => {
    const model = penguinsWorkbook();
    const controller = controllerFor(model);
    await controller.loadData();
    await controller.rank();
    controller.setTarget("Flipper Length (mm)");
    await controller.rank();
    expect(controller.state.ranking!.sheetName).toBe("Ranking - Flipper Length (mm)");
    await controller.followActiveSheet();

    model.userActivate("Ranking - Body Mass (g)");
    await model.settleEvents();
    await eventually(() => controller.state.ranking!.sheetName === "Ranking - Body Mass (g)");
    expect(controller.state.applyCriterion).toBe("Flipper Length (mm)");

    // A sheet that is not a ranking leaves the pane showing the last ranking.
    model.userActivate("Penguins");
    await model.settleEvents();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(controller.state.ranking!.sheetName).toBe("Ranking - Body Mass (g)");
  });
});

describe("PaneController with hostile headers", () => {
  it("keeps a header that starts with = as text", async () => {
    const model = new FakeWorkbook();
    const rows: (FakeValue | null)[][] = [["=HYPERLINK(\"x\")", "+group", "score"]];
    // Two groups of three with different means, so the criteria can be ranked.
    for (let r = 0; r < 6; r++) rows.push([r < 3 ? "a" : "b", r % 2 ? "x" : "y", r < 3 ? r : 10 + r]);
    model.addSheet("Data", rows);
    model.select("Data", { top: 1, left: 2, bottom: 1, right: 2 });
    const controller = controllerFor(model);
    await controller.loadData();
    await controller.rank();
    const sheet = model.sheet("Ranking - score")!;
    const cells = [...sheet.cells.values()];
    expect(cells.some((cell) => cell.value === '=HYPERLINK("x")')).toBe(true);
    expect(cells.some((cell) => cell.value === "+group")).toBe(true);
    expect(cells.filter((cell) => cell.formula !== undefined)).toEqual([]);
  });
});

describe("findRecord", () => {
  it("matches by name when the id changed", async () => {
    const { findRecord } = await import("../../src/taskpane/ranking-record");
    const record = { sheetId: "old", sheetName: "Ranking - x" } as Parameters<typeof findRecord>[0][number];
    expect(findRecord([record], { sheetId: "new", sheetName: "RANKING - X" })).toMatchObject({ sheetId: "new", sheetName: "RANKING - X" });
    expect(findRecord([record], { sheetId: "other", sheetName: "Data" })).toBeNull();
  });
});
