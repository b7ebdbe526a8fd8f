import { describe, expect, it } from "vitest";
import { percentRankWithinResult } from "../../src/functions/logic/percent-rank-within";
import { column, errorCode, firstColumn } from "./helpers";

describe("PERCENTRANK_WITHIN", () => {
  it("follows PERCENTRANK.INC within each group", () => {
    // Group a = {1, 2, 2, 3}: values below 1, 2, 2, 3 are 0, 1, 1, 3 of n − 1 = 3 → 0, 0.333, 0.333, 1.
    // Group b = {10, 20}: 0 and 1. (LibreOffice Calc's PERCENTRANK gives the same for {1, 2, 2, 3}.)
    const result = percentRankWithinResult(column([1, 2, 10, 2, 3, 20]), column(["a", "a", "b", "a", "a", "b"]), undefined, "en");
    expect(result).toEqual([[0], [0.333], [0], [0.333], [1], [1]]);
  });

  it("truncates rather than rounds", () => {
    // {1, 2, 3}: 2 has one value below of n − 1 = 2 → 0.5; {1..7}: 5 has 4 below of 6 → 0.6666… → 0.666 (3 digits), 0.6 (1 digit).
    const seven = column([1, 2, 3, 4, 5, 6, 7]);
    const groups = column(Array(7).fill("g"));
    expect(firstColumn(percentRankWithinResult(seven, groups, undefined, "en"))[4]).toBe(0.666);
    expect(firstColumn(percentRankWithinResult(seven, groups, 1, "en"))[4]).toBe(0.6);
    expect(firstColumn(percentRankWithinResult(seven, groups, 5, "en"))[4]).toBe(0.66666);
  });

  it("a group of one gives 1, as PERCENTRANK.INC of one value", () => {
    expect(percentRankWithinResult(column([42]), column(["solo"]), undefined, "en")).toEqual([[1]]);
  });

  it("blank is empty, text is #N/A and zero counts", () => {
    const result = firstColumn(percentRankWithinResult(column([0, null, "fast", 4]), column(["a", "a", "a", "a"]), undefined, "en"));
    expect(result[0]).toBe(0);
    expect(result[1]).toBe("");
    expect(errorCode(result[2])).toBe("#N/A");
    expect(result[3]).toBe(1);
  });

  it("rejects an invalid significance", () => {
    expect(() => percentRankWithinResult(column([1]), column(["a"]), 0, "en")).toThrow(/significance/);
  });
});
