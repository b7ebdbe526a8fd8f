import { describe, expect, it } from "vitest";
import { combineCodings, encodeGroups, scanCriterionPairs } from "../../src/engine";
import { readExpected, readFixtureColumns } from "../helpers/fixtures";

const RELATIVE = 1e-12;

describe("scanCriterionPairs", () => {
  // warpbreaks ships wool_tension = wool and tension joined with ":", scored independently
  // (40-digit mpmath). The pair wool × tension has the same groups, so every measure must match.
  const columns = readFixtureColumns("warpbreaks");
  const expected = readExpected("warpbreaks").results.wool_tension;
  const target = { name: "breaks", cells: columns.get("breaks")! };
  const result = scanCriterionPairs(target, [
    { name: "wool", cells: columns.get("wool")! },
    { name: "tension", cells: columns.get("tension")! },
  ]);
  const pair = result.criteria[0];

  it("names the pair and ranks it", () => {
    expect(pair.criterion).toBe("wool × tension");
    expect(pair.rank).toBe(1);
    expect(result.key).toBe("honestNormalizedLoss");
  });

  it("matches the joined column's measures", () => {
    const score = pair.score!;
    expect(score.groups).toBe(expected.K);
    expect(score.n).toBe(expected.n);
    for (const distance of ["euclidean", "squared", "absolute"] as const) {
      for (const field of ["loss", "normalizedLoss", "honestLoss", "honestNormalizedLoss"] as const) {
        const actual = score.losses[distance][field]!;
        expect(Math.abs(actual - expected[distance][field]) / Math.abs(expected[distance][field])).toBeLessThan(RELATIVE);
      }
    }
    expect(Math.abs(score.eta2! - expected.eta2) / expected.eta2).toBeLessThan(RELATIVE);
    expect(Math.abs(score.F! - expected.F) / expected.F).toBeLessThan(RELATIVE);
  });

  it("scores n·(n−1)/2 pairs", () => {
    const three = scanCriterionPairs(target, [
      { name: "wool", cells: columns.get("wool")! },
      { name: "tension", cells: columns.get("tension")! },
      { name: "wool_tension", cells: columns.get("wool_tension")! },
    ]);
    expect(three.criteria).toHaveLength(3);
  });
});

describe("combineCodings", () => {
  it("numbers pairs by first appearance and drops half-blank rows", () => {
    // Rows: (a,x) (b,x) (a,x) (blank,y) (a,y) → pairs a×x=0, b×x=1, a×y=2; the blank row has none.
    const first = encodeGroups(["a", "b", "A", null, "a"]);
    const second = encodeGroups(["x", "x", "x", "y", "y"]);
    const combined = combineCodings(first, second);
    expect(Array.from(combined.codes)).toEqual([0, 1, 0, -1, 2]);
    expect(combined.firstLabels).toEqual(["a × x", "b × x", "a × y"]);
  });
});
