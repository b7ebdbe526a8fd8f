import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildForBrowser, openPane, startHarness, type Harness } from "./taskpane-harness";
import { readFixtureColumns } from "../helpers/fixtures";

/**
 * Drives the built task pane in headless Chromium over the fake workbook: pick a target, rank,
 * watch progress, cancel, refresh after an edit, apply formulas, read the Korean UI, and recover
 * from a failed write. Also takes the documentation screenshots at 320 px.
 */

const IMAGES = path.resolve(__dirname, "../../docs/images");

function penguinRows(): unknown[][] {
  const columns = readFixtureColumns("penguins");
  const names = [...columns.keys()];
  const count = columns.get(names[0])!.length;
  const rows: unknown[][] = [names];
  for (let r = 0; r < count; r++) rows.push(names.map((name) => columns.get(name)![r]));
  return rows;
}

/** Penguins on "Penguins", the cursor on Species (text), so the target must be picked by hand. */
function penguinSeed(language = "en-US") {
  return { language, sheets: [{ name: "Penguins", rows: penguinRows() }], selection: { sheet: "Penguins", box: { top: 1, left: 0, bottom: 1, right: 0 } } };
}

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(await buildForBrowser());
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

const sheetNames = (page: Page) => page.evaluate(() => (window as any).__fake.model.sheets.map((sheet: { name: string }) => sheet.name));

async function pickOption(page: Page, selectId: string, label: string): Promise<void> {
  await page.click(`#${selectId}`);
  await page.click(`#${selectId} fluent-option:text-is("${label}")`);
}

async function waitForStatus(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction((source) => new RegExp(source).test(document.getElementById("status")!.textContent ?? ""), pattern.source);
  return (await page.textContent("#status")) ?? "";
}

async function rankPenguins(page: Page): Promise<void> {
  await page.waitForSelector("#criteria fluent-checkbox");
  await pickOption(page, "target", "Body Mass (g)");
  for (const name of ["Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)"]) {
    await page.click(`#criteria fluent-checkbox[data-column="${name}"]`);
  }
  await page.click("#rank");
}

describe("task pane in Chromium", () => {
  it("ranks the criteria and writes the sheet", async () => {
    const { page, problems } = await openPane(harness, { seed: penguinSeed() });
    await page.waitForSelector("#criteria fluent-checkbox");
    expect(await page.textContent("h1")).toBe("Rank criteria");
    expect(await page.textContent("#data-summary")).toBe("Penguins!A1:G345: 344 rows, 7 columns");
    // The cursor is on Species (text), so the first numeric column is preselected.
    expect(await page.evaluate(() => (document.getElementById("target") as any).value)).toBe("Beak Length (mm)");

    const servedBefore = harness.served.length;
    await rankPenguins(page);
    expect(await waitForStatus(page, /Wrote the sheet/)).toBe("Wrote the sheet Ranking - Body Mass (g). Best criterion: Species.");
    expect(await sheetNames(page)).toEqual(["Penguins", "Ranking - Body Mass (g)"]);
    // The scan ran in the worker, which loads its own bundle.
    expect(harness.served.slice(servedBefore)).toContain("scan-worker.js");
    // Fluent's styles applied under the CSP: the accent button's inner control is filled with an
    // accent colour (rest or hover, as the mouse is still over it) and its text is white.
    const control = await page.$eval("#rank", (element) => {
      const style = getComputedStyle(element.shadowRoot!.querySelector(".control")!);
      return { backgroundImage: style.backgroundImage, color: style.color };
    });
    expect(control.backgroundImage).toMatch(/^linear-gradient\(rgb\(\d+, \d+, \d+\)/);
    expect(control.color).toBe("rgb(255, 255, 255)");
    expect(await page.isVisible("#ranking")).toBe(true);
    expect(await page.textContent("#ranking-summary")).toBe("Ranking - Body Mass (g): target Body Mass (g)");
    await page.click("details summary");
    await page.screenshot({ path: path.join(IMAGES, "taskpane-en.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows progress and cancels cleanly", async () => {
    const rows: unknown[][] = [["group", "score", "code"]];
    for (let r = 0; r < 60_000; r++) rows.push([`g${r % 7}`, (r * 37) % 1000, r % 3]);
    const seed = { sheets: [{ name: "Big", rows }], selection: { sheet: "Big", box: { top: 1, left: 1, bottom: 1, right: 1 } }, syncDelayMs: 150 };
    const { page, problems } = await openPane(harness, { seed });
    await page.waitForSelector("#criteria fluent-checkbox", { timeout: 30_000 });
    await page.click("#rank");
    await page.waitForFunction(() => /Reading rows: [\d,]+ of 60,001/.test(document.getElementById("progress-text")!.textContent ?? ""));
    expect(await page.getAttribute("#progress-bar", "max")).toBe("60001");
    await page.click("#cancel");
    expect(await waitForStatus(page, /Cancelled/)).toBe("Cancelled. Nothing was written.");
    expect(await page.isHidden("#progress")).toBe(true);
    expect(await sheetNames(page)).toEqual(["Big"]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("refreshes after an edit and applies formulas", async () => {
    const { page } = await openPane(harness, { seed: penguinSeed() });
    await rankPenguins(page);
    await waitForStatus(page, /Wrote the sheet/);
    const nOfSpecies = () =>
      page.evaluate(() => {
        const model = (window as any).__fake.model;
        const values = model.valuesOf("Ranking - Body Mass (g)", { top: 0, left: 0, bottom: 40, right: 4 });
        return values.find((row: unknown[]) => row[1] === "Species")[4];
      });
    const before = await nOfSpecies();
    // Blank one body mass: Species then uses one row fewer.
    await page.evaluate(() => (window as any).__fake.model.userEdit("Penguins", 1, 5, [[null]]));
    await page.click("#refresh");
    expect(await waitForStatus(page, /Refreshed/)).toBe("Refreshed the sheet Ranking - Body Mass (g).");
    expect(await nOfSpecies()).toBe(before - 1);
    expect(await sheetNames(page)).toEqual(["Penguins", "Ranking - Body Mass (g)"]);

    await pickOption(page, "apply-criterion", "Island");
    await page.click("#apply");
    expect(await waitForStatus(page, /Added live formulas/)).toBe("Added live formulas in H1:I1 on Penguins: rank and z-score of Body Mass (g) within Island.");
    const formula = await page.evaluate(() => (window as any).__fake.model.sheet("Penguins").cell(1, 7).formula);
    expect(formula).toBe("=TRIPLET.RANK_WITHIN('Penguins'!$F$2:$F$345,'Penguins'!$B$2:$B$345)");
    await page.close();
  });

  it("shows a Korean UI in Korean Excel", async () => {
    const { page, problems } = await openPane(harness, { seed: penguinSeed("ko-KR") });
    await page.waitForSelector("#criteria fluent-checkbox");
    expect(await page.getAttribute("html", "lang")).toBe("ko");
    expect(await page.textContent("h1")).toBe("기준 순위 매기기");
    expect(await page.textContent("#rank")).toBe("기준 순위 매기기");
    expect(await page.textContent('#criteria fluent-checkbox[data-column="Species"]')).toBe("Species (범주)");
    await rankPenguins(page);
    expect(await waitForStatus(page, /시트를 만들었습니다/)).toBe("기준 순위 - Body Mass (g) 시트를 만들었습니다. 1위 기준: Species.");
    expect(await sheetNames(page)).toEqual(["Penguins", "기준 순위 - Body Mass (g)"]);
    await page.click("details summary");
    await page.screenshot({ path: path.join(IMAGES, "taskpane-ko.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("recovers from a failed write", async () => {
    const { page } = await openPane(harness, { seed: penguinSeed() });
    await page.waitForSelector("#criteria fluent-checkbox");
    await page.evaluate(() => ((window as any).__fake.model.faults.chartAddFails = "GeneralException"));
    await rankPenguins(page);
    await page.waitForSelector("#error:not([hidden])");
    const error = (await page.textContent("#error")) ?? "";
    expect(error).toMatch(/^Excel could not write the sheet: .*GeneralException.*The partly written sheet was removed and your data is unchanged; try again\.$/);
    expect(await sheetNames(page)).toEqual(["Penguins"]);

    // The fault fired once; ranking again succeeds.
    await page.click("#rank");
    expect(await waitForStatus(page, /Wrote the sheet/)).toContain("Ranking - Body Mass (g)");
    expect(await page.isHidden("#error")).toBe(true);
    await page.close();
  });

  it("works by keyboard and names its controls", async () => {
    const seed = { ...penguinSeed(), selection: { sheet: "Penguins", box: { top: 1, left: 5, bottom: 1, right: 5 } } };
    const { page } = await openPane(harness, { seed });
    await page.waitForSelector("#criteria fluent-checkbox");
    // Screen readers find the controls by role and name.
    expect(await page.getByRole("checkbox", { name: "Species (category)" }).count()).toBe(1);
    expect(await page.getByRole("combobox", { name: "Target (a column of numbers)" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Rank criteria" }).count()).toBe(1);

    // Tab through the pane to the Rank criteria button and press Enter.
    let focused = "";
    for (let presses = 0; presses < 40 && focused !== "rank"; presses++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.id ?? "");
    }
    expect(focused).toBe("rank");
    await page.keyboard.press("Enter");
    expect(await waitForStatus(page, /Wrote the sheet/)).toMatch(/^Wrote the sheet Ranking - Body Mass \(g\)\./);
    await page.close();
  });

  it("asks to be opened from Excel in a plain browser", async () => {
    const { page, problems } = await openPane(harness, { seed: null });
    await page.waitForSelector("#outside:not([hidden])");
    expect(await page.textContent("#outside")).toBe("This page works only inside Excel. Open it from Excel: Home tab > Triplet Criteria > Rank criteria.");
    expect(await page.isHidden("#app")).toBe(true);
    expect(problems.filter((problem) => /Content Security Policy|Refused/.test(problem))).toEqual([]);
    await page.close();
  });
});
