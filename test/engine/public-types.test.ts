import { describe, expect, expectTypeOf, it } from "vitest";
import { criterionLoss, rankWithinGroups, scanCriteria, type CellValue, type CriterionScore, type Distance, type ScanResult, type WithinRanks } from "../../src/engine";

// The @ts-expect-error lines are checked by `npm run typecheck`, which `npm test` runs.
describe("engine public types", () => {
  it("criterionLoss signature", () => {
    expectTypeOf(criterionLoss).parameter(0).toEqualTypeOf<readonly (CellValue | undefined)[]>();
    expectTypeOf(criterionLoss).returns.toMatchTypeOf<CriterionScore>();
    expectTypeOf<ReturnType<typeof criterionLoss>["p"]>().toEqualTypeOf<number | null>();
    // @ts-expect-error: a distance outside the three is a type error (and rejected at run time).
    expect(() => criterionLoss([1], ["a"], { distance: "manhattan" })).toThrow(/manhattan/);
  });

  it("rankWithinGroups options", () => {
    expectTypeOf(rankWithinGroups).returns.toEqualTypeOf<WithinRanks>();
    // @ts-expect-error: order is RANK.EQ's 0 or 1.
    expect(() => rankWithinGroups([1], ["a"], { order: 2 })).toThrow(/Unknown order 2/);
    // @ts-expect-error: tie rules are "min" and "average".
    expect(() => rankWithinGroups([1], ["a"], { ties: "dense" })).toThrow(/Unknown tie rule "dense"/);
  });

  it("scanCriteria result", () => {
    expectTypeOf(scanCriteria).returns.toEqualTypeOf<ScanResult>();
    expectTypeOf<ScanResult["distance"]>().toEqualTypeOf<Distance>();
  });
});
