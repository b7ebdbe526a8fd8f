import { describe, expect, it } from "vitest";
import { classifyColumn, holmAdjust, quantileBins, scanCriteria, type ColumnInput } from "../../src/engine";
import { readExpected, readFixtureColumns, relativeError } from "../helpers/fixtures";

function columnsOf(dataset: string, names: string[]): ColumnInput[] {
  const columns = readFixtureColumns(dataset);
  return names.map((name) => ({ name, cells: columns.get(name)! }));
}

describe("scanCriteria on Salaries", () => {
  const expected = readExpected("Salaries");
  const [target] = columnsOf("Salaries", [expected.target]);

  it("ranks as the reference ranking", () => {
    const candidates = columnsOf("Salaries", expected.criteria);
    const scan = scanCriteria(target, candidates);
    expect(scan.criteria.map((result) => result.criterion)).toEqual(expected.rankings["euclidean.honestNormalizedLoss (ascending)"]);
    expect(scan.criteria.map((result) => result.rank)).toEqual([1, 2, 3, 4]);
  });

  it("ranks by ω² and by squared distance", () => {
    const candidates = columnsOf("Salaries", expected.criteria);
    expect(scanCriteria(target, candidates, { key: "omega2" }).criteria.map((result) => result.criterion)).toEqual(expected.rankings["omega2 (descending)"]);
    const squared = scanCriteria(target, candidates, { distance: "squared" });
    expect(squared.criteria.map((result) => result.criterion)).toEqual(expected.rankings["squared.honestNormalizedLoss (ascending)"]);
  });

  it("bins yrs.service as the quartile column", () => {
    // The fixture's yrs.service.quartile cuts yrs.service at R's type-7 quartiles 0, 7, 16, 27, 60.
    const [service] = columnsOf("Salaries", ["yrs.service"]);
    const scan = scanCriteria(target, [service]);
    const result = scan.criteria[0];
    const reference = expected.results["yrs.service.quartile"];
    expect(result.kind).toBe("numericBinned");
    expect(result.binCount).toBe(4);
    expect(result.score!.groupSummaries.map((group) => group.n).sort()).toEqual(reference.groups.map((group: { n: number }) => group.n).sort());
    expect(relativeError(result.score!.losses.euclidean.honestNormalizedLoss!, reference.euclidean.honestNormalizedLoss)).toBeLessThan(1e-9);
    expect(relativeError(result.score!.F!, reference.F)).toBeLessThan(1e-9);
  });

  it("Holm adjusts across ranked criteria", () => {
    const scan = scanCriteria(target, columnsOf("Salaries", expected.criteria));
    const pValues = scan.criteria.map((result) => result.score!.p);
    expect(scan.criteria.map((result) => result.pHolm)).toEqual(holmAdjust(pValues));
  });

  it("target counts", () => {
    const scan = scanCriteria(target, []);
    expect(scan.rows).toBe(397);
    expect(scan.rowsUsed).toBe(397);
  });
});

describe("scanCriteria column kinds", () => {
  const outcome = [10, 12, 11, 30, 31, 29, 50, 52, 51, 12];
  const target: ColumnInput = { name: "score", cells: outcome };

  it("lists unusable columns below with reasons", () => {
    const scan = scanCriteria(target, [
      { name: "id", cells: outcome.map((_, row) => `P${row}`) },
      { name: "country", cells: Array(10).fill("KR") },
      { name: "notes", cells: [null, null, null, null, null, null, null, "x", null, "y"] },
      { name: "band", cells: ["a", "a", "a", "b", "b", "b", "c", "c", "c", "a"] },
      { name: "noise", cells: ["x", "y", "x", "y", "x", "y", "x", "y", "x", "y"] },
    ]);
    expect(scan.criteria.map((result) => result.criterion)).toEqual(["band", "noise", "id", "country", "notes"]);
    expect(scan.criteria.map((result) => result.note)).toEqual([null, null, "uniquePerRow", "constant", "mostlyBlank"]);
    expect(scan.criteria.map((result) => result.rank)).toEqual([1, 2, null, null, null]);
  });

  it("perfect separator ranks first", () => {
    // "exact" puts equal values together (SSW = 0 < SSB); "rough" mixes them.
    const scan = scanCriteria({ name: "y", cells: [1, 1, 5, 5, 3, 3] }, [
      { name: "rough", cells: ["a", "b", "a", "b", "a", "b"] },
      { name: "exact", cells: ["p", "p", "q", "q", "r", "r"] },
    ]);
    expect(scan.criteria[0].criterion).toBe("exact");
    expect(scan.criteria[0].score!.F).toBe(Number.POSITIVE_INFINITY);
    expect(scan.criteria[0].note).toBe("perfectSeparation");
  });

  it("constant target: say so once", () => {
    const scan = scanCriteria({ name: "y", cells: [3, 3, 3, 3] }, [{ name: "g", cells: ["a", "a", "b", "b"] }]);
    expect(scan.note).toBe("noVariation");
    expect(scan.criteria[0].rank).toBeNull();
  });

  it("one target number: note oneRow", () => {
    // Rows 2 and 3 have no number, so one row is left; min == max there, yet the cause is the single row.
    const scan = scanCriteria({ name: "y", cells: [5, null, "x"] }, [{ name: "g", cells: ["a", "b", "c"] }]);
    expect(scan.note).toBe("oneRow");
    expect(scan.rowsUsed).toBe(1);
    expect(scan.criteria[0].rank).toBeNull();
    expect(scan.criteria[0].note).toBe("oneRow");
  });

  it("one data row: oneRow, not constant", () => {
    const scan = scanCriteria({ name: "y", cells: [5] }, [{ name: "g", cells: ["a"] }]);
    expect(scan.note).toBe("oneRow");
    expect(scan.criteria[0].note).toBe("oneRow");
  });

  it("no target number: note noRows", () => {
    const scan = scanCriteria({ name: "y", cells: [null, "x"] }, [{ name: "g", cells: ["a", "b"] }]);
    expect(scan.note).toBe("noRows");
  });

  it("reports progress per column", () => {
    const calls: [number, number][] = [];
    scanCriteria(target, [{ name: "a", cells: outcome }, { name: "b", cells: outcome }], { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});

describe("classifyColumn", () => {
  it("numeric with few values is categorical", () => {
    expect(classifyColumn([4, 6, 8, 4, 6, 8]).kind).toBe("numericCategorical");
  });

  it("numeric with many values is binned", () => {
    expect(classifyColumn(Array.from({ length: 40 }, (_, row) => row * 1.5)).kind).toBe("numericBinned");
  });

  it("dates with few values", () => {
    const day = (d: number) => new Date(Date.UTC(2024, 0, d));
    const result = classifyColumn([day(1), day(2), day(1), day(2)]);
    expect(result.kind).toBe("date");
    expect(result.binnedDates).toBe(false);
  });
});

describe("quantileBins", () => {
  it("quartiles of 0..8", () => {
    // Type-7 quartiles of 0, 1, …, 8 are 0, 2, 4, 6, 8: bins [0,2], (2,4], (4,6], (6,8].
    const binning = quantileBins([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(binning.edges).toEqual([0, 2, 4, 6, 8]);
    expect(binning.labels).toEqual(["Q1: 0–2", "Q1: 0–2", "Q1: 0–2", "Q2: 3–4", "Q2: 3–4", "Q3: 5–6", "Q3: 5–6", "Q4: 7–8", "Q4: 7–8"]);
  });

  it("merges coinciding edges", () => {
    const binning = quantileBins([1, 1, 1, 1, 1, 1, 2, 9]);
    expect(binning.binCount).toBeLessThan(4);
    expect(new Set(binning.labels).size).toBe(binning.binCount);
  });

  it("non-numbers get no bin", () => {
    // Quartile edges of {1, 3} are 1, 1.5, 2, 2.5, 3, so 1 falls in the first bin and 3 in the last.
    expect(quantileBins([1, "x", null, 3]).labels).toEqual(["Q1: 1", null, null, "Q4: 3"]);
  });

  it("rejects invalid bin counts", () => {
    expect(() => quantileBins([1, 2, 3], 1)).toThrow(/from 2 to 100/);
    expect(() => quantileBins([1, 2, 3], 2.5)).toThrow(/Invalid number of bins 2.5/);
  });
});

describe("holmAdjust", () => {
  it("hand example", () => {
    // Sorted: 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → running maximum 0.06.
    const adjusted = holmAdjust([0.01, 0.04, null, 0.03]);
    expect(adjusted[0]).toBeCloseTo(0.03, 15);
    expect(adjusted[1]).toBeCloseTo(0.06, 15);
    expect(adjusted[2]).toBeNull();
    expect(adjusted[3]).toBeCloseTo(0.06, 15);
  });
});

describe("classifyColumn mixed columns", () => {
  it("numbers and dates count as numbers", () => {
    const cells = Array.from({ length: 30 }, (_, row) => (row % 2 === 0 ? row : new Date(Date.UTC(2024, 0, row + 1))));
    expect(classifyColumn(cells).kind).toBe("numericBinned");
  });

  it("unique mixed labels are unique per row", () => {
    const cells = Array.from({ length: 40 }, (_, row) => (row % 2 === 0 ? row : `code-${row}`));
    expect(classifyColumn(cells).kind).toBe("uniquePerRow");
  });

  it("blank group not counted as distinct", () => {
    const result = classifyColumn(["a", null, "b", "a", null, "b"]);
    expect(result.kind).toBe("categorical");
    expect(result.distinct).toBe(2);
  });
});
