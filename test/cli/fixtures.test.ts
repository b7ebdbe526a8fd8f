import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, FIXTURES, relativeError, runCli, tempFolder } from "./run-cli";

// Expected values come from the fixtures' 40-digit reference computation (see their README).
const DATASETS = ["PlantGrowth", "chickwts", "warpbreaks", "penguins", "cars", "Salaries", "SiRstv", "SmLs01", "SmLs04", "SmLs07", "AtmWtAg"];
const DISTANCES = ["euclidean", "squared", "absolute"] as const;
const LOSS_FIELDS = ["loss", "normalizedLoss", "honestLoss", "honestNormalizedLoss"] as const;
const ANOVA_FIELDS = ["eta2", "epsilon2", "omega2", "F"] as const;

interface Expected {
  target: string;
  criteria: string[];
  results: Record<string, Record<string, any>>;
  ranks?: Record<string, Record<string, (number | null)[]>>;
}

function expectedOf(dataset: string): Expected {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${dataset}.expected.json`), "utf8"));
}

/**
 * Checks |actual − expected| / max(|expected|, scale) against a tolerance, the fixtures' scaled
 * difference: scale 1 for ratios, the denominator for raw losses (which can cancel to about 0),
 * and 0 (purely relative) for F and p.
 */
function expectClose(actual: unknown, expected: number, tolerance: number, label: string, scale = 0): void {
  expect(typeof actual, label).toBe("number");
  const error = Math.abs((actual as number) - expected) / Math.max(Math.abs(expected), scale);
  const relative = scale === 0 ? relativeError(actual as number, expected) : error;
  expect(relative, `${label}: got ${actual}, expected ${expected}`).toBeLessThanOrEqual(tolerance);
}

const LOSS_SCALE: Record<(typeof LOSS_FIELDS)[number], (set: Record<string, number>) => number> = {
  loss: (set) => Math.abs(set.denominator),
  normalizedLoss: () => 1,
  honestLoss: (set) => Math.abs(set.honestDenominator),
  honestNormalizedLoss: () => 1,
};

/** Compares one criterion's statistics of one distance with the fixture's values. */
function expectStatistics(actual: Record<string, unknown>, expected: Record<string, any>, distance: string, label: string): void {
  expect(actual.n, `${label} n`).toBe(expected.n);
  expect(actual.groups, `${label} groups`).toBe(expected.K);
  expect(actual.smallestGroup, `${label} smallestGroup`).toBe(expected.smallestGroup);
  for (const field of LOSS_FIELDS) {
    const set = expected[distance];
    expectClose(actual[field], set[field], 1e-9, `${label} ${distance}.${field}`, LOSS_SCALE[field](set));
  }
  for (const field of ANOVA_FIELDS) expectClose(actual[field], expected[field], 1e-9, `${label} ${field}`, field === "F" ? 0 : 1);
  expectClose(actual.p, expected.p, 1e-8, `${label} p`);
}

beforeAll(() => {
  ensureBuilt();
});

describe.each(DATASETS)("%s through the command line", (dataset) => {
  const expected = expectedOf(dataset);

  it.each(["csv", "xlsx"])("rank --json on the .%s matches", async (format) => {
    const out = path.join(tempFolder("tc-fixture-"), "ranked.xlsx");
    const run = await runCli(["rank", path.join(FIXTURES, `${dataset}.${format}`), "--target", expected.target, "--criteria", expected.criteria.join(","), "--out", out, "--json"]);
    expect(run.stderr).not.toMatch(/Unexpected error/);
    expect(run.code).toBe(0);

    const document = JSON.parse(run.stdout);
    expect(document.target).toBe(expected.target);
    expect(document.criteria.map((c: { criterion: string }) => c.criterion).sort()).toEqual([...expected.criteria].sort());
    for (const criterion of document.criteria) {
      expectStatistics(criterion, expected.results[criterion.criterion], "euclidean", `${dataset}.${format} ${criterion.criterion}`);
    }
    expect(fs.existsSync(out)).toBe(true);
  });

  it.each(DISTANCES)("loss --json with %s distance matches", async (distance) => {
    for (const criterion of expected.criteria) {
      const run = await runCli(["loss", path.join(FIXTURES, `${dataset}.csv`), "--target", expected.target, "--by", criterion, "--distance", distance, "--json"]);
      expect(run.code, run.stderr).toBe(0);
      const document = JSON.parse(run.stdout);
      expectStatistics(document, expected.results[criterion], distance, `${dataset} ${criterion}`);
      expect(document.reasons).toEqual({});
    }
  });
});

describe.each([
  ["PlantGrowth", "group"],
  ["penguins", "Species"],
  ["Salaries", "rank"],
])("rank-within on %s by %s", (dataset, by) => {
  const expected = expectedOf(dataset);
  const variants = [
    ["rankDescMin", "0", "min"],
    ["rankDescAvg", "0", "average"],
    ["rankAscMin", "1", "min"],
    ["rankAscAvg", "1", "average"],
  ] as const;

  it.each(variants)("%s matches on the .csv and .xlsx", async (key, order, ties) => {
    const ranks = expected.ranks![by][key];
    for (const format of ["csv", "xlsx"]) {
      const run = await runCli(["rank-within", path.join(FIXTURES, `${dataset}.${format}`), "--target", expected.target, "--by", by, "--order", order, "--ties", ties, "--json"]);
      expect(run.code, run.stderr).toBe(0);
      const actual: (number | null | string)[] = JSON.parse(run.stdout).ranks;
      expect(actual.length).toBe(ranks.length);
      actual.forEach((rank, row) => {
        // The fixture writes null for every row not used; the command line tells a blank value (null) from #N/A.
        if (ranks[row] === null) expect([null, "#N/A"], `row ${row}`).toContain(rank);
        else expect(rank, `row ${row}`).toBe(ranks[row]);
      });
    }
  });
});

describe("rank-within on blank values", () => {
  it("gives null for a blank body mass", async () => {
    // penguins.csv line 5 (data row 3) has every measurement blank.
    const run = await runCli(["rank-within", path.join(FIXTURES, "penguins.csv"), "--target", "Body Mass (g)", "--by", "Species", "--json"]);
    expect(JSON.parse(run.stdout).ranks[3]).toBeNull();
  });
});
