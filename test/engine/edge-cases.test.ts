import { describe, expect, it } from "vitest";
import { criterionLoss, EngineInputError } from "../../src/engine";

describe("criterionLoss edge cases", () => {
  it("one group leaves every measure undefined", () => {
    const result = criterionLoss([1, 2, 3], ["a", "A", "a"]);
    expect(result.groups).toBe(1);
    expect(result.note).toBe("oneGroup");
    expect(result.F).toBeNull();
    expect(result.p).toBeNull();
    expect(result.eta2).toBeNull();
    expect(result.losses.euclidean.honestNormalizedLoss).toBeNull();
  });

  it("one row per group: honest loss 0", () => {
    // An ID column: every label differs. Plain loss reaches its minimum (normalized −1),
    // but leaving each anchor out gives every group of one a 0 term.
    const result = criterionLoss([3, 8, 1, 6], ["id1", "id2", "id3", "id4"]);
    expect(result.note).toBe("oneRowPerGroup");
    expect(result.F).toBeNull();
    expect(result.p).toBeNull();
    expect(result.epsilon2).toBeNull();
    expect(result.omega2).toBeNull();
    expect(result.eta2).toBe(1);
    expect(result.losses.euclidean.normalizedLoss).toBe(-1);
    expect(result.losses.euclidean.honestLoss).toBe(0);
    expect(result.losses.squared.honestNormalizedLoss).toBe(0);
    expect(result.losses.absolute.honestNormalizedLoss).toBe(0);
  });

  it("all values equal: nothing defined", () => {
    const result = criterionLoss([5, 5, 5, 5], ["a", "a", "b", "b"]);
    expect(result.note).toBe("noVariation");
    expect(result.eta2).toBeNull();
    expect(result.F).toBeNull();
    expect(result.losses.euclidean.normalizedLoss).toBeNull();
    expect(result.losses.euclidean.honestNormalizedLoss).toBeNull();
  });

  it("perfect separation: F infinite, p 0", () => {
    // Groups {1, 1} and {3, 3}: SSW = 0 < SSB = 4.
    const result = criterionLoss([1, 1, 3, 3], ["a", "a", "b", "b"]);
    expect(result.note).toBe("perfectSeparation");
    expect(result.F).toBe(Number.POSITIVE_INFINITY);
    expect(result.p).toBe(0);
    expect(result.eta2).toBe(1);
    expect(result.losses.euclidean.honestNormalizedLoss).toBe(-1);
  });

  it("no rows used", () => {
    const result = criterionLoss([null, "x"], ["a", "b"]);
    expect(result.n).toBe(0);
    expect(result.note).toBe("noRows");
    expect(result.losses.euclidean.loss).toBeNull();
  });

  it("hand-derived squared and euclidean losses", () => {
    // Values 1, 3 | 5, 7: m = 4, group means 2 and 6. SSW = 2 + 2 = 4, SST = 9+1+1+9 = 20, SSB = 16.
    // euclidean: per group sqrt(2) − sqrt(10); loss = 2·(√2 − √10).
    // honest euclidean: n_k/(n_k−1) = 2, n/(n−1) = 4/3, so 2·(2√2 − (4/3)√10), over 2·(4/3)√10.
    const result = criterionLoss([1, 3, 5, 7], ["a", "a", "b", "b"]);
    expect(result.losses.squared.loss).toBeCloseTo(-16, 12);
    expect(result.losses.squared.normalizedLoss).toBeCloseTo(-0.8, 12);
    expect(result.losses.euclidean.loss).toBeCloseTo(2 * (Math.SQRT2 - Math.sqrt(10)), 12);
    const honest = 2 * (2 * Math.SQRT2 - (4 / 3) * Math.sqrt(10));
    expect(result.losses.euclidean.honestLoss).toBeCloseTo(honest, 12);
    expect(result.losses.euclidean.honestNormalizedLoss).toBeCloseTo(honest / (2 * (4 / 3) * Math.sqrt(10)), 12);
    // absolute: Σ|y − m_k| = 4, Σ|y − m| = 3+1+1+3 = 8; honest: 2·4 − (4/3)·8.
    expect(result.losses.absolute.loss).toBeCloseTo(-4, 12);
    expect(result.losses.absolute.honestLoss).toBeCloseTo(8 - 32 / 3, 12);
    expect(result.F).toBeCloseTo(16 / (4 / 2), 12);
  });

  it("sizes that differ are rejected", () => {
    expect(() => criterionLoss([1, 2, 3], ["a", "b"])).toThrow(EngineInputError);
    expect(() => criterionLoss([1, 2, 3], ["a", "b"])).toThrow(/3 rows but groups has 2/);
  });

  it("unknown distance is rejected", () => {
    // @ts-expect-error: the distance is checked at run time for callers outside TypeScript.
    expect(() => criterionLoss([1, 2], ["a", "b"], { distance: "cosine" })).toThrow(/Unknown distance "cosine"/);
  });
});

describe("criterionLoss messy cells", () => {
  it("text numbers are not numbers", () => {
    const result = criterionLoss([1, "140", "340\u00a0", 2, 3, 4], ["a", "a", "a", "a", "b", "b"]);
    expect(result.n).toBe(4);
    expect(result.skipped.notANumber).toBe(2);
  });

  it("blanks are not zeros", () => {
    const withBlank = criterionLoss([1, null, 2, 5, 6], ["a", "a", "a", "b", "b"]);
    const withoutRow = criterionLoss([1, 2, 5, 6], ["a", "a", "b", "b"]);
    expect(withBlank.losses.euclidean.loss).toBe(withoutRow.losses.euclidean.loss);
    expect(withBlank.skipped.blankValue).toBe(1);
  });

  it("first error in reading order", () => {
    const result = criterionLoss([1, 2, { error: "#DIV/0!" }, 4], ["a", { error: "#N/A" }, "b", "b"]);
    expect(result.firstError).toEqual({ error: "#N/A" });
    expect(result.skipped.errorLabel).toBe(1);
    expect(result.skipped.errorValue).toBe(1);
  });

  it("007 and 7 are different groups", () => {
    expect(criterionLoss([1, 2, 3, 4], ["007", 7, "007", 7]).groups).toBe(2);
  });

  it("number 1 and text 1 differ", () => {
    expect(criterionLoss([1, 2, 3, 4], [1, "1", 1, "1"]).groups).toBe(2);
  });

  it("logicals are labels of their own", () => {
    const result = criterionLoss([1, 2, 3, 4, 5, 6], [true, false, "TRUE", true, false, "TRUE"]);
    expect(result.groups).toBe(3);
  });

  it("case-insensitive text labels", () => {
    const result = criterionLoss([1, 2, 3, 4], ["Seoul", "SEOUL", "seoul", "Busan"]);
    expect(result.groups).toBe(2);
    expect(result.groupSummaries[0].label).toBe("Seoul");
    expect(result.groupSummaries[0].n).toBe(3);
  });

  it("Korean labels match in NFC and NFD", () => {
    const composed = "서울";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    expect(criterionLoss([1, 2, 3, 4], [composed, decomposed, "부산", "부산"]).groups).toBe(2);
  });

  it("blank labels kept as a group on request", () => {
    const values = [1, 2, 3, 4, 5, 6];
    const labels = ["a", "a", null, null, "b", "b"];
    expect(criterionLoss(values, labels).n).toBe(4);
    const kept = criterionLoss(values, labels, { keepBlanks: true });
    expect(kept.n).toBe(6);
    expect(kept.groups).toBe(3);
  });

  it("dates as labels keep the date", () => {
    const day = new Date(Date.UTC(2024, 0, 1));
    const result = criterionLoss([1, 2, 3, 4], [day, new Date(Date.UTC(2024, 0, 1)), "x", "x"]);
    expect(result.groups).toBe(2);
    expect(result.groupSummaries[0].label).toBe(day);
  });
});
