import { describe, expect, it } from "vitest";
import { criterionRankingResult } from "../../src/functions/logic/criterion-ranking";
import { positionNames } from "../../src/functions/logic/criteria-names";
import type { OutputGrid } from "../../src/functions/logic/output";
import { column, errorCode, expectClose, readExpected, readFixtureCsv } from "./helpers";

/** Reads the fixture's target and criteria as Excel ranges, each with its header row. */
function fixtureRanges(name: string): { values: unknown[][]; criteria: unknown[][]; expected: any } {
  const expected = readExpected(name);
  const { header, rows } = readFixtureCsv(name);
  const targetIndex = header.indexOf(expected.target);
  const criteriaIndexes = (expected.criteria as string[]).map((criterion) => header.indexOf(criterion));
  const values = [[expected.target], ...rows.map((row) => [row[targetIndex]])];
  const criteria = [expected.criteria, ...rows.map((row) => criteriaIndexes.map((index) => row[index]))];
  return { values, criteria, expected };
}

describe("CRITERION_RANKING", () => {
  for (const name of ["warpbreaks", "penguins", "Salaries"]) {
    it(`${name} ranks as the fixture`, () => {
      const { values, criteria, expected } = fixtureRanges(name);
      const table = criterionRankingResult(values, criteria, [[true]], undefined, undefined, undefined, "en") as OutputGrid;
      expect(table[0]).toContain("Honest normalized loss");
      const order = table.slice(1).map((row) => row[1]);
      expect(order).toEqual(expected.rankings["euclidean.honestNormalizedLoss (ascending)"]);
      table.slice(1).forEach((row, index) => {
        expect(row[0]).toBe(index + 1);
        const result = expected.results[row[1] as string];
        expect(row[4]).toBe(result.n);
        expectClose(row[5], result.euclidean.honestNormalizedLoss);
        expectClose(row[6], result.euclidean.loss);
        expectClose(row[8], result.eta2);
      });
    });
  }

  it("headers in Korean", () => {
    const { values, criteria } = fixtureRanges("warpbreaks");
    const table = criterionRankingResult(values, criteria, [[true]], "squared", 4, undefined, "ko") as OutputGrid;
    expect(table[0][0]).toBe("순위");
  });

  it("names criteria by column letters from the address", () => {
    const values = column([1, 2, 10, 11, 1, 2]);
    const criteria = [["a", "x"], ["a", "y"], ["b", "x"], ["b", "y"], ["a", "x"], ["a", "y"]];
    const table = criterionRankingResult(values, criteria, undefined, undefined, undefined, "Data!C2:D7", "en") as OutputGrid;
    const names = table.slice(1).map((row) => row[1]).sort();
    expect(names).toEqual(["C", "D"]);
  });

  it("falls back to Column 1 without an address", () => {
    expect(positionNames(2, undefined, false, "en")).toEqual(["Column 1", "Column 2"]);
    expect(positionNames(2, undefined, false, "ko")).toEqual(["열 1", "열 2"]);
    expect(positionNames(3, "'My data'!$Z$1:$AB$9", false, "en")).toEqual(["Z", "AA", "AB"]);
    expect(positionNames(2, "Sheet1!A3:F4", true, "en")).toEqual(["Row 3", "Row 4"]);
  });

  it("takes names from a headers range", () => {
    const values = column([1, 2, 10, 11]);
    const criteria = [["a", "x"], ["a", "y"], ["b", "x"], ["b", "y"]];
    const table = criterionRankingResult(values, criteria, [["team", "shift"]], undefined, undefined, undefined, "en") as OutputGrid;
    expect(table[1][1]).toBe("team");
    expect(() => criterionRankingResult(values, criteria, [["team"]], undefined, undefined, undefined, "en")).toThrow(/one name per criteria column/);
  });

  it("reads criteria as rows when values is a row", () => {
    const values = [[1, 2, 10, 11]];
    const criteria = [["a", "a", "b", "b"], ["x", "y", "x", "y"]];
    const table = criterionRankingResult(values, criteria, undefined, undefined, undefined, undefined, "en") as OutputGrid;
    expect(table[1][1]).toBe("Row 1");
  });

  it("rejects criteria of another length", () => {
    expect(() => criterionRankingResult(column([1, 2, 3]), [["a"], ["b"]], undefined, undefined, undefined, undefined, "en")).toThrow(/3 cells/);
  });

  it("returns the first error in values or criteria", () => {
    const result = criterionRankingResult(column([1, 2, 3, 4]), [["a", "x"], ["a", { code: "#N/A" }], ["b", "x"], ["b", "y"]], undefined, undefined, undefined, undefined, "en");
    expect(errorCode(result)).toBe("#N/A");
  });

  it("lists an ID column below the scored ones with its note", () => {
    const values = column([1, 2, 10, 11, 1, 2]);
    const criteria = [["a", "p1"], ["a", "p2"], ["b", "p3"], ["b", "p4"], ["a", "p5"], ["a", "p6"]];
    const table = criterionRankingResult(values, criteria, [["team", "id"]], undefined, undefined, undefined, "en") as OutputGrid;
    expect(table[1][1]).toBe("team");
    expect(table[2][1]).toBe("id");
    expect(table[2][0]).toBe("");
    expect(String(table[2][13])).toMatch(/ID/);
  });
});

describe("CRITERION_RANKING on whole columns", () => {
  it("ignores the blank rows of A:A and C:D", () => {
    const rows = 1_048_576;
    const values: unknown[][] = Array.from({ length: rows }, () => [null]);
    const criteria: unknown[][] = Array.from({ length: rows }, () => [null, null]);
    const data = [[1, "a", "x"], [2, "a", "y"], [10, "b", "x"], [11, "b", "y"]];
    data.forEach(([value, team, shift], row) => {
      values[row] = [value];
      criteria[row] = [team, shift];
    });
    const table = criterionRankingResult(values, criteria, undefined, undefined, undefined, "Sheet1!C:D", "en") as OutputGrid;
    // Only the four filled rows count: team splits {1, 2} from {10, 11}.
    expect(table[1][1]).toBe("C");
    expect(table[1][4]).toBe(4);
  });
});
