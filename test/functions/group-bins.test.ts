import { describe, expect, it } from "vitest";
import { groupBinsResult } from "../../src/functions/logic/group-bins";
import { column, errorCode, fixtureColumn, firstColumn } from "./helpers";

describe("GROUP_BINS", () => {
  it("reproduces the Salaries service quartiles", () => {
    // The fixture's labels come from R's type-7 quartiles (0, 7, 16, 27, 60) written with a hyphen.
    // The product writes an en dash between the bin's smallest and largest member.
    const expected = fixtureColumn("Salaries", "yrs.service.quartile").map((label) => String(label).replace("-", "–"));
    const result = firstColumn(groupBinsResult(column(fixtureColumn("Salaries", "yrs.service")), undefined, "en"));
    expect(result).toEqual(expected);
  });

  it("blank stays empty and text is #N/A", () => {
    // 1..8 in quartiles: edges 1, 2.75, 4.5, 6.25, 8 → {1, 2}, {3, 4}, {5, 6}, {7, 8}.
    const result = firstColumn(groupBinsResult(column([1, 2, 3, null, 4, 5, "x", 6, 7, 8]), 4, "en"));
    expect(result[0]).toBe("Q1: 1–2");
    expect(result[2]).toBe("Q2: 3–4");
    expect(result[3]).toBe("");
    expect(errorCode(result[6])).toBe("#N/A");
    expect(result[9]).toBe("Q4: 7–8");
  });

  it("keeps a row's orientation", () => {
    expect(groupBinsResult([[1, 2, 3, 4]], 2, "en")).toEqual([["Q1: 1–2", "Q1: 1–2", "Q2: 3–4", "Q2: 3–4"]]);
  });

  it("rejects bins outside 2 to 100", () => {
    expect(() => groupBinsResult(column([1, 2]), 1, "en")).toThrow(/2 to 100/);
    expect(() => groupBinsResult(column([1, 2]), 2.5, "ko")).toThrow(/2에서 100/);
  });
});
