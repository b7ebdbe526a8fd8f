import { describe, expect, it } from "vitest";
import { criterionStatsResult } from "../../src/functions/logic/criterion-stats";
import type { OutputGrid } from "../../src/functions/logic/output";
import { column, errorCode, expectClose, fixtureColumn, readExpected } from "./helpers";

function valueOf(grid: OutputGrid, label: string): unknown {
  const row = grid.find((cells) => cells[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row[1];
}

describe("CRITERION_STATS", () => {
  it("matches the penguins Sex fixture", () => {
    const expected = readExpected("penguins");
    const result = expected.results.Sex;
    const grid = criterionStatsResult(column(fixtureColumn("penguins", expected.target)), column(fixtureColumn("penguins", "Sex")), "squared", "en") as OutputGrid;
    expect(grid.every((row) => row.length === 2)).toBe(true);
    expect(valueOf(grid, "Rows used")).toBe(result.n);
    expect(valueOf(grid, "Groups")).toBe(result.K);
    expect(valueOf(grid, "Smallest group")).toBe(result.smallestGroup);
    expectClose(valueOf(grid, "Loss"), result.squared.loss);
    expectClose(valueOf(grid, "Honest normalized loss"), result.squared.honestNormalizedLoss);
    expectClose(valueOf(grid, "η² (eta squared)"), result.eta2);
    expectClose(valueOf(grid, "ε² (epsilon squared)"), result.epsilon2);
    expectClose(valueOf(grid, "ω² (omega squared)"), result.omega2);
    expectClose(valueOf(grid, "F"), result.F);
    expectClose(valueOf(grid, "p"), result.p, 1e-9);
    // Every row of the file that is not used is counted once as skipped.
    expect(valueOf(grid, "Rows skipped")).toBe(expected.rowsInFile - result.n);
  });

  it("labels rows in Korean", () => {
    const grid = criterionStatsResult(column([1, 2, 10, 11]), column(["a", "a", "b", "b"]), undefined, "ko") as OutputGrid;
    expect(grid[0][0]).toBe("사용한 행");
    expect(valueOf(grid, "거리")).toBe("유클리드 거리 (euclidean)");
    expect(valueOf(grid, "LOO 정규화 손실")).toBeTypeOf("number");
  });

  it("shows #DIV/0! and the reason for one group", () => {
    const grid = criterionStatsResult(column([1, 2, 3]), column(["a", "a", "a"]), undefined, "en") as OutputGrid;
    expect(errorCode(valueOf(grid, "F"))).toBe("#DIV/0!");
    expect(errorCode(valueOf(grid, "η² (eta squared)"))).toBe("#DIV/0!");
    expect(valueOf(grid, "Note")).toMatch(/one group/);
  });

  it("shows #NUM! for F on perfect separation", () => {
    // SSW = 0 < SSB: F = +∞, p = 0, η² = 1.
    const grid = criterionStatsResult(column([5, 5, 9, 9]), column(["a", "a", "b", "b"]), undefined, "en") as OutputGrid;
    expect(errorCode(valueOf(grid, "F"))).toBe("#NUM!");
    expect(valueOf(grid, "p")).toBe(0);
    expect(valueOf(grid, "η² (eta squared)")).toBe(1);
    expect(valueOf(grid, "Note")).toMatch(/perfect separation/);
  });

  it("an ID column leaves F undefined and honest loss 0", () => {
    const grid = criterionStatsResult(column([3, 1, 4, 1]), column(["p1", "p2", "p3", "p4"]), undefined, "en") as OutputGrid;
    expect(errorCode(valueOf(grid, "F"))).toBe("#DIV/0!");
    expect(valueOf(grid, "Honest loss")).toBe(0);
    expect(valueOf(grid, "Note")).toMatch(/one row per group/);
  });

  it("all values equal leave η² and the normalized losses undefined", () => {
    // SST = 0: η², ε², ω² and both normalized losses divide by 0; the plain loss is 0.
    const grid = criterionStatsResult(column([4, 4, 4, 4]), column(["a", "a", "b", "b"]), undefined, "en") as OutputGrid;
    expect(errorCode(valueOf(grid, "η² (eta squared)"))).toBe("#DIV/0!");
    expect(errorCode(valueOf(grid, "Normalized loss"))).toBe("#DIV/0!");
    expect(errorCode(valueOf(grid, "Honest normalized loss"))).toBe("#DIV/0!");
    expect(valueOf(grid, "Loss")).toBe(0);
    expect(valueOf(grid, "Note")).toMatch(/all target values are equal/);
  });

  it("returns the first input error alone", () => {
    const result = criterionStatsResult(column([1, { code: "#DIV/0!" }]), column(["a", "b"]), undefined, "en");
    expect(errorCode(result)).toBe("#DIV/0!");
  });
});
