import { describe, expect, it } from "vitest";
import { criterionLossResult } from "../../src/functions/logic/criterion-loss";
import { ArgumentError, CellError } from "../../src/functions/logic/output";
import { column, errorCode, expectClose, fixtureColumn, readExpected } from "./helpers";

const DATASETS = ["PlantGrowth", "chickwts", "warpbreaks", "penguins", "cars", "Salaries", "SiRstv", "SmLs01", "SmLs04", "SmLs07", "AtmWtAg"];
const KINDS = { loss: "loss", normalized: "normalizedLoss", honest: "honestLoss", honest_normalized: "honestNormalizedLoss" } as const;

describe("CRITERION_LOSS on the fixtures", () => {
  for (const name of DATASETS) {
    it(`${name} matches every distance and kind`, () => {
      const expected = readExpected(name);
      const values = column(fixtureColumn(name, expected.target));
      // SmLs07's values cannot be stored exactly as doubles; the reference allows about 4 digits there.
      const tolerance = name === "SmLs07" ? 1e-3 : 1e-9;
      for (const criterion of expected.criteria as string[]) {
        const groups = column(fixtureColumn(name, criterion));
        for (const distance of ["euclidean", "squared", "absolute"]) {
          for (const [kind, field] of Object.entries(KINDS)) {
            const result = criterionLossResult(values, groups, distance, kind, "en");
            expectClose(result, expected.results[criterion][distance][field], tolerance);
          }
        }
      }
    });
  }

  it("defaults to the euclidean plain loss", () => {
    const expected = readExpected("PlantGrowth");
    const result = criterionLossResult(column(fixtureColumn("PlantGrowth", "weight")), column(fixtureColumn("PlantGrowth", "group")), undefined, null, "en");
    expectClose(result, expected.results.group.euclidean.loss);
  });
});

describe("CRITERION_LOSS by hand", () => {
  // Values 1, 2 in group a and 10, 11 in b: m = 6, m_a = 1.5, m_b = 10.5.
  // Squared loss = SSW − SST = 1 − 82 = −81 = −SSB (SSB = 2·4.5² + 2·4.5² = 81).
  const values = column([1, 2, 10, 11]);
  const groups = column(["a", "a", "b", "b"]);

  it("squared loss equals minus SSB", () => {
    expect(criterionLossResult(values, groups, "squared", "loss", "en")).toBeCloseTo(-81, 12);
  });

  it("blank is not zero", () => {
    // A blank value is skipped; a 0 in its place joins group a and changes the loss.
    const withBlank = criterionLossResult(column([1, 2, 10, 11, null]), column(["a", "a", "b", "b", "a"]), "squared", "loss", "en");
    const withEmptyText = criterionLossResult(column([1, 2, 10, 11, ""]), column(["a", "a", "b", "b", "a"]), "squared", "loss", "en");
    const withZero = criterionLossResult(column([1, 2, 10, 11, 0]), column(["a", "a", "b", "b", "a"]), "squared", "loss", "en");
    expect(withBlank).toBeCloseTo(-81, 12);
    expect(withEmptyText).toBeCloseTo(-81, 12);
    expect(withZero).not.toBeCloseTo(-81, 6);
  });

  it("returns the first error as AVERAGE does", () => {
    const naError = { code: "#N/A", message: "" };
    const result = criterionLossResult(column([1, naError, 10, { error: "#DIV/0!" }]), groups, "squared", "loss", "en");
    expect(errorCode(result)).toBe("#N/A");
    expect((result as CellError).message).toContain("#N/A");
  });

  it("returns an error in groups too", () => {
    const result = criterionLossResult(values, column(["a", { type: "Error", basicValue: "#DIV/0!" }, "b", "b"]), "squared", "loss", "en");
    expect(errorCode(result)).toBe("#DIV/0!");
  });

  it("turns #REF! into #VALUE! with its name", () => {
    const result = criterionLossResult(column([1, { code: "#REF!" }, 10, 11]), groups, undefined, undefined, "en");
    expect(errorCode(result)).toBe("#VALUE!");
    expect((result as CellError).message).toContain("#REF!");
  });

  it("rejects ranges of different sizes", () => {
    expect(() => criterionLossResult(column([1, 2, 3]), column(["a", "b"]), undefined, undefined, "en")).toThrow(ArgumentError);
    expect(() => criterionLossResult(column([1, 2, 3]), column(["a", "b"]), undefined, undefined, "en")).toThrow(/3 rows × 1 columns.*2 rows × 1 columns/);
    expect(() => criterionLossResult(column([1, 2, 3]), column(["a", "b"]), undefined, undefined, "ko")).toThrow(/크기가 같은/);
  });

  it("rejects an unknown distance or kind", () => {
    expect(() => criterionLossResult(values, groups, "manhattan", undefined, "en")).toThrow(/manhattan/);
    expect(() => criterionLossResult(values, groups, undefined, "best", "en")).toThrow(/best/);
  });

  it("accepts a row range", () => {
    const result = criterionLossResult([[1, 2, 10, 11]], [["a", "a", "b", "b"]], "squared", "loss", "en");
    expect(result).toBeCloseTo(-81, 12);
  });

  it("one group is undefined", () => {
    expect(errorCode(criterionLossResult(values, column(["a", "a", "a", "a"]), undefined, undefined, "en"))).toBe("#DIV/0!");
  });

  it("no usable row is undefined", () => {
    expect(errorCode(criterionLossResult(column([null, "x"]), column(["a", "b"]), undefined, undefined, "en"))).toBe("#DIV/0!");
  });

  it("an ID column has honest loss exactly 0", () => {
    // Every group has one row: each anchor's positive is the left-out overall mean, so every term is 0.
    const result = criterionLossResult(column([3, 1, 4, 1, 5]), column(["id1", "id2", "id3", "id4", "id5"]), undefined, "honest", "en");
    expect(result).toBe(0);
    expect(criterionLossResult(column([3, 1, 4, 1, 5]), column(["id1", "id2", "id3", "id4", "id5"]), undefined, "honest_normalized", "en")).toBe(0);
  });

  it("a perfect separator has honest normalized loss -1", () => {
    // SSW = 0: each group's positive term is 0, so honest loss = −Σ honest negatives.
    const result = criterionLossResult(column([5, 5, 9, 9, 9]), column(["a", "a", "b", "b", "b"]), undefined, "honest_normalized", "en");
    expect(result).toBeCloseTo(-1, 14);
  });

  it("Seoul and SEOUL and NFD 서울 are one group each way", () => {
    const composed = "서울";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    // Same split written three ways must give the same loss as plain letters.
    const reference = criterionLossResult(values, groups, "squared", "loss", "en");
    expect(criterionLossResult(values, column(["Seoul", "SEOUL", "Busan", "busan"]), "squared", "loss", "en")).toBeCloseTo(reference as number, 12);
    expect(criterionLossResult(values, column([composed, decomposed, "부산", "부산"]), "squared", "loss", "en")).toBeCloseTo(reference as number, 12);
  });
});
