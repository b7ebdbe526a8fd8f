import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zScoresWithinGroups } from "../../src/engine";
import { zScoreWithinResult } from "../../src/functions/logic/zscore-within";
import { column, errorCode, firstColumn } from "./helpers";

describe("ZSCORE_WITHIN plain", () => {
  it("scores against each group's mean and sample SD", () => {
    // a = {1, 2, 3}: mean 2, SD 1 → −1, 0, 1. b = {10, 14}: mean 12, SD √8 → ∓2/√8.
    const result = firstColumn(zScoreWithinResult(column([1, 10, 2, 14, 3]), column(["a", "b", "a", "b", "a"]), undefined, "en"));
    expect(result[0]).toBeCloseTo(-1, 14);
    expect(result[2]).toBeCloseTo(0, 14);
    expect(result[4]).toBeCloseTo(1, 14);
    expect(result[1]).toBeCloseTo(-2 / Math.sqrt(8), 14);
    expect(result[3]).toBeCloseTo(2 / Math.sqrt(8), 14);
  });

  it("a group of one or of equal values is #DIV/0!", () => {
    const result = firstColumn(zScoreWithinResult(column([5, 7, 7]), column(["solo", "same", "same"]), false, "en"));
    expect(result.map(errorCode)).toEqual(["#DIV/0!", "#DIV/0!", "#DIV/0!"]);
  });

  it("blank is empty and text is #N/A", () => {
    const result = firstColumn(zScoreWithinResult(column([1, null, 3, "n/a"]), column(["a", "a", "a", "a"]), undefined, "en"));
    expect(result[0]).toBeCloseTo(-Math.SQRT1_2, 14);
    expect(result[1]).toBe("");
    expect(errorCode(result[3])).toBe("#N/A");
  });

  it("rejects a shrink that is not a logical", () => {
    expect(() => zScoreWithinResult(column([1]), column(["a"]), "maybe", "en")).toThrow(/TRUE or FALSE/);
  });
});

describe("ZSCORE_WITHIN with shrink", () => {
  it("matches a hand derivation when variances are equal", () => {
    // a = {1, 3}, b = {5, 7}, c = {9, 11}: n = 6, K = 3, m = 6, SSW = 6, MSW = 2, SSB = 64, MSB = 32.
    // n₀ = (6 − 12/6)/2 = 2, τ² = (32 − 2)/2 = 15, w = 2·15/(2·15 + 2) = 0.9375.
    // Centres: 6 − 0.9375·4 = 2.25, 6, 9.75. The three variances are equal (s² = 2, 1 df each), so
    // d₀ is infinite and every spread² is s₀² = exp(e) with e = ln 2 − ψ(1/2) + ln(1/2) = −ψ(1/2)
    // = γ + 2 ln 2, so s₀ = 2·exp(γ/2).
    const result = firstColumn(zScoreWithinResult(column([1, 3, 5, 7, 9, 11]), column(["a", "a", "b", "b", "c", "c"]), true, "en"));
    const spread = 2 * Math.exp(0.5772156649015329 / 2);
    const expected = [(1 - 2.25) / spread, (3 - 2.25) / spread, -1 / spread, 1 / spread, (9 - 9.75) / spread, (11 - 9.75) / spread];
    expected.forEach((value, row) => expect(result[row]).toBeCloseTo(value, 12));
  });

  it("pulls every centre to the overall mean when groups do not differ", () => {
    // a = {1, 3}, b = {1, 3}: MSB = 0 < MSW, so τ² = 0, w = 0 and both centres are m = 2.
    const shrunk = zScoresWithinGroups([1, 3, 1, 3], ["a", "a", "b", "b"], { shrink: true });
    expect(Array.from(shrunk.centers)).toEqual([2, 2]);
  });

  it("gives a group of one the prior spread", () => {
    // a = {1, 3}, b = {5, 7}: s² = 2 with 1 df each, so as above d₀ is infinite and s₀ = 2·exp(γ/2);
    // solo = {100} has no variance of its own and takes s₀.
    const shrunk = zScoresWithinGroups([1, 3, 5, 7, 100], ["a", "a", "b", "b", "solo"], { shrink: true });
    expect(shrunk.spreads[2]).toBeCloseTo(2 * Math.exp(0.5772156649015329 / 2), 12);
    expect(Number.isFinite(shrunk.scores[4])).toBe(true);
  });

  it("keeps clearly different spreads apart", () => {
    // Two groups of 60 with SDs near 1 and 100: the log variances differ far beyond sampling
    // noise, so d₀ is small and each spread stays within 5% of the group's own SD.
    const values: number[] = [];
    const labels: string[] = [];
    for (let i = 0; i < 60; i++) {
      const unit = ((i * 37) % 60) / 59 - 0.5;
      values.push(unit * 3.4, 1000 + unit * 340);
      labels.push("narrow", "wide");
    }
    const plain = zScoresWithinGroups(values, labels);
    const shrunk = zScoresWithinGroups(values, labels, { shrink: true });
    for (const code of [0, 1]) expect(Math.abs(shrunk.spreads[code] / plain.spreads[code] - 1)).toBeLessThan(0.05);
  });

  it("stops a weak group of three from crowning a champion", () => {
    // Groups x and y: 40 people each around 50 and 51 (SD about 10). The trio {30, 31, 45} is a weak
    // group by chance. Plainly 45 is far above its own group: mean 35.333, SD √70.333 = 8.386, so
    // z = 9.667/8.386 = 1.153, which beats most people of x and y. Shrinking pulls the trio's centre
    // toward the overall mean (w ≈ 0.26, centre ≈ 45.7), so 45 scores about 0 and falls behind
    // everyone above their group's mean.
    const values: number[] = [];
    const labels: string[] = [];
    for (let i = 0; i < 40; i++) {
      const offset = ((i * 13) % 40) - 19.5;
      values.push(50 + offset * 0.85, 51 + offset * 0.85);
      labels.push("x", "y");
    }
    values.push(30, 31, 45);
    labels.push("trio", "trio", "trio");
    const plain = zScoresWithinGroups(values, labels);
    const shrunk = zScoresWithinGroups(values, labels, { shrink: true });
    const trioBest = values.length - 1;
    expect(plain.scores[trioBest]).toBeCloseTo(9.6667 / Math.sqrt(70.3333), 3);
    expect(Math.abs(shrunk.scores[trioBest])).toBeLessThan(0.2);
    expect(shrunk.centers[2]).toBeGreaterThan(44);
    expect(shrunk.centers[2]).toBeLessThan(47);
  });

  it("centres lie between the group mean and the overall mean", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom("a", "b", "c", "d")), { minLength: 6, maxLength: 60 }),
        (rows) => {
          const values = rows.map(([value]) => value);
          const labels = rows.map(([, label]) => label);
          const plain = zScoresWithinGroups(values, labels);
          const shrunk = zScoresWithinGroups(values, labels, { shrink: true });
          const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
          const groups = new Set(labels).size;
          const within = values.length - groups;
          for (let code = 0; code < groups; code++) {
            const low = Math.min(mean, plain.centers[code]) - 1e-9;
            const high = Math.max(mean, plain.centers[code]) + 1e-9;
            if (groups >= 2 && within >= 1) {
              expect(shrunk.centers[code]).toBeGreaterThanOrEqual(low);
              expect(shrunk.centers[code]).toBeLessThanOrEqual(high);
            }
          }
        },
      ),
    );
  });
});
