import { describe, expect, it } from "vitest";
import { rankWithinResult } from "../../src/functions/logic/rank-within";
import { CellError } from "../../src/functions/logic/output";
import { column, errorCode, fixtureColumn, firstColumn, readExpected } from "./helpers";

const RANKED = [
  ["PlantGrowth", "group"],
  ["penguins", "Species"],
  ["Salaries", "rank"],
] as const;
const VARIANTS = { rankDescMin: [0, "min"], rankDescAvg: [0, "average"], rankAscMin: [1, "min"], rankAscAvg: [1, "average"] } as const;

describe("RANK_WITHIN on the fixtures", () => {
  for (const [name, criterion] of RANKED) {
    it(`${name} by ${criterion} matches all four variants`, () => {
      const expected = readExpected(name);
      const valueCells = fixtureColumn(name, expected.target);
      const values = column(valueCells);
      const groups = column(fixtureColumn(name, criterion));
      for (const [variant, [order, ties]] of Object.entries(VARIANTS)) {
        const result = firstColumn(rankWithinResult(values, groups, order, ties, "en"));
        const ranks: (number | null)[] = expected.ranks[criterion][variant];
        expect(result.length).toBe(ranks.length);
        ranks.forEach((rank, row) => {
          if (rank !== null) expect(result[row]).toBe(rank);
          // A row without a rank is an empty cell when its value is blank, else #N/A.
          else if (valueCells[row] === null) expect(result[row]).toBe("");
          else expect(errorCode(result[row])).toBe("#N/A");
        });
      }
    });
  }
});

describe("RANK_WITHIN by hand", () => {
  it("ranks within each group, largest first", () => {
    // a: 5, 9 → 9 is 1st, 5 is 2nd; b: 7, 1 → 7 is 1st, 1 is 2nd.
    const result = rankWithinResult(column([5, 9, 7, 1]), column(["a", "a", "b", "b"]), undefined, undefined, "en");
    expect(result).toEqual([[2], [1], [1], [2]]);
  });

  it("blank is empty and zero is ranked", () => {
    // Group a contains 3, 0 and a blank: 3 is 1st, 0 is 2nd, the blank gets an empty cell.
    const result = rankWithinResult(column([3, null, 0, ""]), column(["a", "a", "a", "a"]), 0, "min", "en");
    expect(result).toEqual([[1], [""], [2], [""]]);
  });

  it("an #N/A value gets #N/A and the others still rank", () => {
    const result = firstColumn(rankWithinResult(column([4, { code: "#N/A" }, 6]), column(["a", "a", "a"]), undefined, undefined, "en"));
    expect(result[0]).toBe(2);
    expect(errorCode(result[1])).toBe("#N/A");
    expect((result[1] as CellError).message).toMatch(/not a number/);
    expect(result[2]).toBe(1);
  });

  it("a number with a blank group gets #N/A with the reason", () => {
    const result = firstColumn(rankWithinResult(column([4, 5]), column(["a", null]), undefined, undefined, "ko"));
    expect(errorCode(result[1])).toBe("#N/A");
    expect((result[1] as CellError).message).toMatch(/그룹이 비어/);
  });

  it("ties follow RANK.EQ and RANK.AVG", () => {
    // 7, 7, 3 in one group: RANK.EQ gives 1, 1, 3; RANK.AVG gives 1.5, 1.5, 3; ascending RANK.EQ gives 2, 2, 1.
    const values = column([7, 7, 3]);
    const groups = column(["g", "g", "g"]);
    expect(rankWithinResult(values, groups, 0, "min", "en")).toEqual([[1], [1], [3]]);
    expect(rankWithinResult(values, groups, 0, "average", "en")).toEqual([[1.5], [1.5], [3]]);
    expect(rankWithinResult(values, groups, 0, 1, "en")).toEqual([[1.5], [1.5], [3]]);
    expect(rankWithinResult(values, groups, 1, "min", "en")).toEqual([[2], [2], [1]]);
    // RANK.EQ treats any nonzero order as ascending.
    expect(rankWithinResult(values, groups, 5, "min", "en")).toEqual([[2], [2], [1]]);
  });

  it("a row range gives a row", () => {
    expect(rankWithinResult([[5, 9, 7, 1]], [["a", "a", "b", "b"]], undefined, undefined, "en")).toEqual([[2, 1, 1, 2]]);
  });

  it("a block keeps its shape", () => {
    expect(rankWithinResult([[5, 9], [7, 1]], [["a", "a"], ["a", "a"]], undefined, undefined, "en")).toEqual([[3, 1], [2, 4]]);
  });

  it("trims trailing empty rows of a whole column", () => {
    const values: unknown[][] = [[5], [9], [7]];
    const groups: unknown[][] = [["a"], ["a"], ["b"]];
    for (let row = 3; row < 1_048_576; row++) {
      values.push([null]);
      groups.push([""]);
    }
    expect(rankWithinResult(values, groups, undefined, undefined, "en")).toEqual([[2], [1], [1]]);
  });

  it("an all-blank input gives one empty cell", () => {
    expect(rankWithinResult(column([null, null]), column([null, ""]), undefined, undefined, "en")).toEqual([[""]]);
  });

  it("Seoul and SEOUL share a group, as do NFC and NFD 서울", () => {
    const nfd = "서울".normalize("NFD");
    expect(rankWithinResult(column([1, 2, 3]), column(["Seoul", "SEOUL", "seoul"]), undefined, undefined, "en")).toEqual([[3], [2], [1]]);
    expect(rankWithinResult(column([1, 2]), column(["서울", nfd]), undefined, undefined, "en")).toEqual([[2], [1]]);
  });

  it("rejects mismatched sizes and unknown options", () => {
    expect(() => rankWithinResult(column([1, 2]), column(["a"]), undefined, undefined, "en")).toThrow(/same size/);
    expect(() => rankWithinResult(column([1]), column(["a"]), "up", undefined, "en")).toThrow(/order/);
    expect(() => rankWithinResult(column([1]), column(["a"]), undefined, "max", "en")).toThrow(/tie rule/);
  });
});

describe("RANK_WITHIN options", () => {
  it("rejects an error passed as order or ties with its code", () => {
    expect(() => rankWithinResult(column([1]), column(["a"]), { code: "#N/A" }, undefined, "en")).toThrow(/order argument is the error #N\/A/);
    expect(() => rankWithinResult(column([1]), column(["a"]), undefined, { code: "#DIV/0!" }, "ko")).toThrow(/ties 인수가 오류 값입니다: #DIV\/0!/);
  });

  it("accepts words and logicals for order and ties", () => {
    const values = column([7, 7, 3]);
    const groups = column(["g", "g", "g"]);
    expect(rankWithinResult(values, groups, "asc", "RANK.AVG", "en")).toEqual([[2.5], [2.5], [1]]);
    expect(rankWithinResult(values, groups, true, "avg", "en")).toEqual([[2.5], [2.5], [1]]);
    expect(rankWithinResult(values, groups, "", "", "en")).toEqual([[1], [1], [3]]);
  });
});
