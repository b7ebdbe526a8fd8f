import { describe, expect, it } from "vitest";
import { RANK_STATUS, rankWithinGroups, type RankOrder, type TieMethod } from "../../src/engine";
import { readExpected, readFixtureColumns } from "../helpers/fixtures";

const VARIANTS: [string, RankOrder, TieMethod][] = [
  ["rankDescMin", 0, "min"],
  ["rankDescAvg", 0, "average"],
  ["rankAscMin", 1, "min"],
  ["rankAscAvg", 1, "average"],
];

describe.each(["PlantGrowth", "penguins", "Salaries"])("rankWithinGroups on %s", (dataset) => {
  const expected = readExpected(dataset);
  const columns = readFixtureColumns(dataset);

  for (const [criterion, reference] of Object.entries(expected.ranks as Record<string, Record<string, (number | null)[]>>)) {
    it.each(VARIANTS)(`${criterion} %s matches R's rank()`, (variant, order, ties) => {
      const { ranks, status } = rankWithinGroups(columns.get(expected.target)!, columns.get(criterion)!, { order, ties });
      const actual = Array.from(ranks, (rank, row) => (status[row] === RANK_STATUS.ranked ? rank : null));
      expect(actual).toEqual(reference[variant]);
    });
  }
});

describe("rankWithinGroups conventions", () => {
  // Group a contains 5, 9, 9, 1: descending RANK.EQ gives 9→1, 9→1, 5→3, 1→4; RANK.AVG gives 9→1.5.
  const values = [5, 9, 9, 1, 7];
  const labels = ["a", "a", "A", "a", "b"];

  it("ties share best rank", () => {
    expect(Array.from(rankWithinGroups(values, labels).ranks)).toEqual([3, 1, 1, 4, 1]);
  });

  it("ties average as RANK.AVG", () => {
    expect(Array.from(rankWithinGroups(values, labels, { ties: "average" }).ranks)).toEqual([3, 1.5, 1.5, 4, 1]);
  });

  it("order 1 ranks smallest first", () => {
    expect(Array.from(rankWithinGroups(values, labels, { order: 1 }).ranks)).toEqual([2, 3, 3, 1, 1]);
  });

  it("blank value is blank, not 0", () => {
    const { ranks, status } = rankWithinGroups([3, null, "", 0], ["a", "a", "a", "a"]);
    expect(Array.from(status)).toEqual([RANK_STATUS.ranked, RANK_STATUS.blank, RANK_STATUS.blank, RANK_STATUS.ranked]);
    expect(ranks[0]).toBe(1);
    expect(ranks[3]).toBe(2);
  });

  it("unrankable rows get status for #N/A", () => {
    const values = [3, "140", { error: "#N/A" }, 2, 5, true];
    const labels = ["a", "a", "a", null, { error: "#REF!" }, "a"];
    const { status } = rankWithinGroups(values, labels);
    expect(Array.from(status)).toEqual([0, 2, 2, 2, 2, 2]);
  });

  it("blank value with blank label stays blank", () => {
    expect(rankWithinGroups([null], [null]).status[0]).toBe(RANK_STATUS.blank);
  });

  it("sizes that differ are rejected", () => {
    expect(() => rankWithinGroups([1, 2], ["a"])).toThrow(/2 rows but groups has 1/);
  });
});
