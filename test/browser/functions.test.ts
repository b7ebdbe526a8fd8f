import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFunctionsBundle } from "../functions/build-functions-bundle";
import { column, fixtureColumn, readExpected } from "../functions/helpers";
import { launchChromium } from "../helpers/chromium";

/**
 * Loads the built functions bundle in headless Chromium with stand-ins for Excel's
 * `CustomFunctions.associate` and `CustomFunctions.Error`, then calls each registered function
 * with ranges shaped as Excel passes them.
 */

const STAND_IN = `
window.registered = {};
window.associateCalls = [];
class CustomFunctionError extends Error {
  constructor(code, message) { super(message); this.code = code; if (message !== undefined) this.message = message; }
}
window.CustomFunctions = {
  Error: CustomFunctionError,
  associate(id, fn) { window.associateCalls.push(id); window.registered[id] = fn; },
};
const lang = new URLSearchParams(location.search).get("lang");
if (lang) window.Office = { context: { displayLanguage: lang } };
// Runs a function as Excel would and describes the outcome in plain JSON.
window.callFunction = (id, args) => {
  const toJson = (cell) => (cell instanceof CustomFunctionError ? { error: cell.code, message: cell.message } : cell);
  try {
    const result = window.registered[id](...args);
    return { value: Array.isArray(result) ? result.map((row) => row.map(toJson)) : toJson(result) };
  } catch (thrown) {
    return { thrown: toJson(thrown) };
  }
};
// Turns {error: "#N/A"} markers into the CustomFunctions.Error objects Excel passes for error cells.
window.withErrors = (grid) => grid.map((row) => row.map((cell) => (cell && cell.error ? new CustomFunctionError(cell.error) : cell)));
`;

const PAGE = `<!doctype html><meta charset="utf-8"><script src="stand-in.js"></script><script src="functions.js"></script>`;

let server: http.Server;
let browser: Browser;
let baseUrl: string;
let outDir: string | undefined;

async function openPage(lang?: string): Promise<Page> {
  const page = await browser.newPage();
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    return url.hostname === "127.0.0.1" ? route.continue() : route.abort();
  });
  await page.goto(`${baseUrl}/test.html${lang ? `?lang=${lang}` : ""}`);
  return page;
}

type CallOutcome = { value?: any; thrown?: { error: string; message: string } };

function call(page: Page, id: string, args: unknown[]): Promise<CallOutcome> {
  return page.evaluate(
    ([name, list]) => (window as any).callFunction(name, (list as unknown[]).map((arg) => (Array.isArray(arg) ? (window as any).withErrors(arg) : arg))),
    [id, args] as const,
  );
}

beforeAll(async () => {
  const build = await buildFunctionsBundle(fs.mkdtempSync(path.join(os.tmpdir(), "triplet-browser-")));
  outDir = build.outDir;
  expect(build.ownErrors).toEqual([]);
  fs.writeFileSync(path.join(build.outDir, "stand-in.js"), STAND_IN);
  fs.writeFileSync(path.join(build.outDir, "test.html"), PAGE);

  server = http.createServer((request, response) => {
    const file = path.join(build.outDir, path.basename(new URL(request.url ?? "/", "http://127.0.0.1").pathname));
    if (!fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = file.endsWith(".html") ? "text/html" : file.endsWith(".json") ? "application/json" : "text/javascript";
    response.writeHead(200, { "content-type": `${type}; charset=utf-8` }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe("built functions bundle in Chromium", () => {
  it("registers each function once", async () => {
    const page = await openPage();
    const calls = await page.evaluate(() => (window as any).associateCalls as string[]);
    expect(calls.sort()).toEqual(["CRITERION_LOSS", "CRITERION_RANKING", "CRITERION_STATS", "GROUP_BINS", "PERCENTRANK_WITHIN", "RANK_WITHIN", "ZSCORE_WITHIN"]);
    await page.close();
  });

  it("CRITERION_LOSS and RANK_WITHIN match the fixtures", async () => {
    const page = await openPage();
    const penguins = readExpected("penguins");
    const values = column(fixtureColumn("penguins", penguins.target));
    const species = column(fixtureColumn("penguins", "Species"));
    const loss = await call(page, "CRITERION_LOSS", [values, species, "euclidean", "honest_normalized"]);
    expect(loss.value).toBeCloseTo(penguins.results.Species.euclidean.honestNormalizedLoss, 12);

    const plant = readExpected("PlantGrowth");
    const ranks = await call(page, "RANK_WITHIN", [column(fixtureColumn("PlantGrowth", "weight")), column(fixtureColumn("PlantGrowth", "group")), 1, "average"]);
    expect(ranks.value.map((row: unknown[]) => row[0])).toEqual(plant.ranks.group.rankAscAvg);
    await page.close();
  });

  it("CRITERION_RANKING matches the warpbreaks fixture", async () => {
    const page = await openPage();
    const warpbreaks = readExpected("warpbreaks");
    const criteria = warpbreaks.criteria as string[];
    const columns = criteria.map((name) => fixtureColumn("warpbreaks", name));
    const values = [[warpbreaks.target], ...column(fixtureColumn("warpbreaks", warpbreaks.target))];
    const block = [criteria, ...columns[0].map((_, row) => columns.map((cells) => cells[row]))];
    const ranking = await call(page, "CRITERION_RANKING", [values, block, [[true]], "squared", 4, { parameterAddresses: [] }]);
    const order = ranking.value.slice(1).map((row: unknown[]) => row[1]);
    expect(order).toEqual(warpbreaks.rankings["squared.honestNormalizedLoss (ascending)"]);
    for (const row of ranking.value.slice(1)) {
      expect(row[5]).toBeCloseTo(warpbreaks.results[row[1]].squared.honestNormalizedLoss, 12);
      expect(row[10]).toBeCloseTo(warpbreaks.results[row[1]].F, 10);
    }
    await page.close();
  });

  it("passes blanks, zeros and error cells the way Excel does", async () => {
    const page = await openPage();
    const ranks = await call(page, "RANK_WITHIN", [[[3], [null], [0], [""], [{ error: "#N/A" }]], [["a"], ["a"], ["a"], ["a"], ["a"]]]);
    expect(ranks.value.slice(0, 4)).toEqual([[1], [""], [2], [""]]);
    expect(ranks.value[4][0].error).toBe("#N/A");
    expect(ranks.value[4][0].message).toMatch(/not a number/);

    const loss = await call(page, "CRITERION_LOSS", [[[1], [{ error: "#DIV/0!" }], [3]], [["a"], ["b"], ["b"]]]);
    expect(loss.thrown?.error).toBe("#DIV/0!");
    await page.close();
  });

  it("trims a whole column of 1,048,576 rows", async () => {
    const page = await openPage();
    const outcome = await page.evaluate(() => {
      const values: unknown[][] = new Array(1_048_576);
      const groups: unknown[][] = new Array(1_048_576);
      for (let row = 0; row < values.length; row++) {
        values[row] = [row < 200_000 ? (row * 7919) % 1000 : null];
        groups[row] = [row < 200_000 ? `g${row % 10}` : null];
      }
      const started = performance.now();
      const ranks = (window as any).registered.RANK_WITHIN(values, groups);
      const loss = (window as any).registered.CRITERION_LOSS(values, groups);
      return { rows: ranks.length, firstRank: ranks[0][0], loss, milliseconds: performance.now() - started };
    });
    expect(outcome.rows).toBe(200_000);
    expect(typeof outcome.firstRank).toBe("number");
    expect(outcome.loss).toBeLessThanOrEqual(0);
    console.info(`RANK_WITHIN + CRITERION_LOSS on a 1,048,576-row column (200,000 filled) in Chromium: ${outcome.milliseconds.toFixed(0)} ms`);
    await page.close();
  });

  it("answers argument errors in Korean when Excel is in Korean", async () => {
    const page = await openPage("ko-KR");
    const mismatch = await call(page, "RANK_WITHIN", [[[1], [2]], [["a"]]]);
    expect(mismatch.thrown?.error).toBe("#VALUE!");
    expect(mismatch.thrown?.message).toMatch(/크기가 같은/);
    const stats = await call(page, "CRITERION_STATS", [[[1], [2], [10], [11]], [["서울"], ["서울".normalize("NFD")], ["Busan"], ["BUSAN"]]]);
    expect(stats.value[0]).toEqual(["사용한 행", 4]);
    expect(stats.value[1]).toEqual(["그룹 수", 2]);
    await page.close();
  });

  it("spills the other functions in the input's shape", async () => {
    const page = await openPage("en-US");
    const row = await call(page, "PERCENTRANK_WITHIN", [[[1, 2, 2, 3]], [["a", "a", "a", "a"]]]);
    expect(row.value).toEqual([[0, 0.333, 0.333, 1]]);
    const z = await call(page, "ZSCORE_WITHIN", [[[1], [2], [3]], [["a"], ["a"], ["a"]], false]);
    expect(z.value.map((cells: number[]) => cells[0])).toEqual([-1, 0, 1]);
    const bins = await call(page, "GROUP_BINS", [[[1], [2], [3], [4]], 2]);
    expect(bins.value).toEqual([["Q1: 1–2"], ["Q1: 1–2"], ["Q2: 3–4"], ["Q2: 3–4"]]);
    const invocation = { parameterAddresses: ["Sheet1!A1:A4", "Sheet1!C1:C4"] };
    const ranking = await call(page, "CRITERION_RANKING", [[[1], [2], [10], [11]], [["a"], ["a"], ["b"], ["b"]], null, null, null, invocation]);
    expect(ranking.value[0][0]).toBe("Rank");
    expect(ranking.value[1].slice(0, 2)).toEqual([1, "C"]);
    await page.close();
  });
});
