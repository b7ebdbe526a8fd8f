import { describe, expect, it } from "vitest";
import { scanCriteria, type ScanResult } from "../../src/engine";
import { buildRankingLayout } from "../../src/sheet/ranking-layout";
import { KEY_COLUMN, RANKING_COLUMNS } from "../../src/sheet/ranking-blocks";
import type { CellLayout } from "../../src/sheet/layout-types";

const DATE = new Date(Date.UTC(2026, 11, 4, 9, 5));

// Target 1..8 with three criteria: "g" (four pairs), "sep" (two halves), "k" (constant).
function smallScan(): ScanResult {
  return scanCriteria({ name: "score", cells: [1, 2, 3, 4, 5, 6, 7, 8, null] }, [
    { name: "g", cells: ["a", "a", "b", "b", "c", "c", "d", "d", "a"] },
    { name: "=sep", cells: ["lo", "lo", "lo", "lo", "hi", "hi", "hi", "hi", null] },
    { name: "k", cells: ["x", "x", "x", "x", "x", "x", "x", "x", "x"] },
  ]);
}

function column(layout: CellLayout, header: string): number {
  const c = layout.values[layout.table.range.top].indexOf(header);
  expect(c).toBeGreaterThanOrEqual(0);
  return c;
}

function rowOf(layout: CellLayout, criterion: string): readonly unknown[] {
  const { top, bottom } = layout.table.range;
  const row = layout.values.slice(top + 1, bottom + 1).find((r) => r[1] === criterion);
  expect(row).toBeDefined();
  return row as readonly unknown[];
}

describe("buildRankingLayout in English", () => {
  const layout = buildRankingLayout(smallScan(), { source: "people.xlsx", sheet: "data", language: "en", date: DATE });

  it("writes the header block", () => {
    expect(layout.values[0][0]).toBe("Criteria ranked for score");
    const labels = layout.values.slice(1, layout.blocks.header.bottom + 1).map((r) => [r[0], r[1]]);
    expect(labels).toContainEqual(["Source", "people.xlsx, sheet data"]);
    expect(labels).toContainEqual(["Target", "score"]);
    // Eight of the nine rows have a number; the ninth is blank.
    expect(labels).toContainEqual(["Rows used", 8]);
    expect(labels).toContainEqual(["Rows skipped", 1]);
    expect(labels).toContainEqual(["Distance", "euclidean"]);
    expect(labels).toContainEqual(["Ranked by", "honest normalized loss"]);
    expect(labels).toContainEqual(["Bins for number columns", 4]);
    expect(labels).toContainEqual(["Date", "2026-12-04 09:05 UTC"]);
  });

  it("puts the table header in English", () => {
    const header = layout.values[layout.table.range.top];
    expect(header[0]).toBe("Rank");
    expect(header.slice(10, 17)).toEqual(["η²", "ε²", "ω²", "F", "p", "p (Holm)", "Note"]);
    expect(header.length).toBe(RANKING_COLUMNS.length);
  });

  it("ranks the four pairs first", () => {
    // Pairs: SSB = 2·(3² + 1² + 1² + 3²) = 40 and SST = 42, so η² = 40/42;
    // halves: SSB = 8·2² = 32, η² = 32/42. The pairs separate better.
    const top = layout.values[layout.table.range.top + 1];
    expect(top[0]).toBe(1);
    expect(top[1]).toBe("g");
    expect(top[column(layout, "η²")]).toBeCloseTo(40 / 42, 12);
    expect(rowOf(layout, "=sep")[column(layout, "η²")]).toBeCloseTo(32 / 42, 12);
  });

  it("keeps a formula-like name as text", () => {
    const r = layout.values.findIndex((row) => row[1] === "=sep");
    expect(layout.numberFormats[r][1]).toBe("@");
  });

  it("gives every string the text format", () => {
    layout.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value === "string") expect(layout.numberFormats[r][c]).toBe("@");
      }),
    );
  });

  it("has no note when no row is left out", () => {
    // Row 9 has no target, so "=sep"'s blank label leaves out no row with a number.
    const note = rowOf(layout, "=sep")[column(layout, "Note")];
    expect(note).toBeNull();
  });

  it("lists the constant column as not scored", () => {
    const skipped = layout.blocks.skipped;
    expect(skipped).not.toBeNull();
    const rows = layout.values.slice(skipped!.top, skipped!.bottom + 1);
    expect(rows[0][0]).toBe("Columns not scored");
    expect(rows[1].slice(0, 3)).toEqual(["Column", "Kind", "Reason"]);
    expect(rows[2].slice(0, 3)).toEqual(["k", "constant", "the same value in every row"]);
  });

  it("summarizes the groups of the winner", () => {
    const groups = layout.blocks.groups!;
    const rows = layout.values.slice(groups.top, groups.bottom + 1);
    expect(rows[0][0]).toBe("Groups of the top criterion, g");
    expect(rows[1].slice(0, 6)).toEqual(["Group", "n", "Mean", "SD", "Min", "Max"]);
    // Group a: 1 and 2 (row 9 has no target): mean 1.5, sd sqrt(0.5).
    expect(rows[2].slice(0, 6)).toEqual(["a", 2, 1.5, Math.sqrt(0.5), 1, 2]);
    expect(rows.length).toBe(2 + 4);
  });

  it("puts data bars and the chart on the key column", () => {
    const key = KEY_COLUMN.honestNormalizedLoss;
    expect(layout.values[layout.table.range.top][key]).toBe("Honest normalized loss");
    expect(layout.dataBars).toEqual({ top: layout.table.range.top + 1, left: key, bottom: layout.table.range.top + 2, right: key });
    expect(layout.chart?.categories.left).toBe(1);
    expect(layout.chart?.values).toEqual(layout.dataBars);
  });

  it("makes every row as wide as the table", () => {
    for (const row of layout.values) expect(row.length).toBe(RANKING_COLUMNS.length);
    expect(layout.numberFormats.length).toBe(layout.values.length);
    expect(layout.columnWidths.length).toBe(RANKING_COLUMNS.length);
  });
});

describe("buildRankingLayout in Korean", () => {
  const layout = buildRankingLayout(smallScan(), { source: "people.xlsx", language: "ko", date: DATE });

  it("uses Korean labels", () => {
    expect(layout.values[0][0]).toBe("기준 순위: score");
    expect(layout.values[1].slice(0, 2)).toEqual(["원본", "people.xlsx"]);
    const header = layout.values[layout.table.range.top];
    expect(header.slice(0, 3)).toEqual(["순위", "기준", "종류"]);
    expect(header[9]).toBe("LOO 정규화 손실");
    expect(layout.values[layout.blocks.skipped!.top][0]).toBe("평가하지 않은 열");
  });

  it("widens columns for Hangul", () => {
    // "LOO 정규화 손실": 5 narrow characters (with the spaces) and 5 wide ones = 15, plus 2 of margin.
    expect(layout.columnWidths[9]).toBe(17);
  });
});

describe("buildRankingLayout edge cases", () => {
  it("shows an infinite F as ∞ with the reason", () => {
    // Values equal within each group: SSW = 0 < SSB, perfect separation.
    const scan = scanCriteria({ name: "y", cells: [1, 1, 3, 3] }, [{ name: "side", cells: ["a", "a", "b", "b"] }]);
    const layout = buildRankingLayout(scan, { source: "s.csv", language: "en", date: DATE });
    const row = rowOf(layout, "side");
    expect(row[column(layout, "F")]).toBe("∞");
    expect(row[column(layout, "p")]).toBe(0);
    expect(row[column(layout, "Note")]).toMatch(/perfect separation/);
  });

  it("leaves undefined measures empty with a note", () => {
    // An ID-like number column: one row per group, so F and p are undefined.
    const scan = scanCriteria({ name: "y", cells: [1, 2, 3, 4] }, [{ name: "id", cells: [11, 12, 13, 14] }]);
    const layout = buildRankingLayout(scan, { source: "s.csv", language: "en", date: DATE });
    const row = rowOf(layout, "id");
    expect(row[0]).toBeNull();
    expect(row[column(layout, "F")]).toBeNull();
    expect(row[column(layout, "p")]).toBeNull();
    expect(row[column(layout, "Note")]).toMatch(/one row per group/);
    expect(layout.dataBars).toBeNull();
    expect(layout.chart).toBeNull();
  });

  it("notes rows left out by blank labels", () => {
    const scan = scanCriteria({ name: "y", cells: [1, 2, 3, 4, 5, 6] }, [{ name: "g", cells: ["a", "a", null, "b", "b", "b"] }]);
    const en = buildRankingLayout(scan, { source: "s.csv", language: "en", date: DATE });
    const ko = buildRankingLayout(scan, { source: "s.csv", language: "ko", date: DATE });
    expect(rowOf(en, "g")[column(en, "Note")]).toBe("rows left out: 1 with a blank label");
    expect(rowOf(ko, "g")[column(ko, "비고")]).toBe("제외한 행: 그룹 값이 빈 칸 1행");
  });

  it("keeps one table row when nothing is scored", () => {
    const scan = scanCriteria({ name: "y", cells: [5, 5, 5] }, [{ name: "k", cells: ["x", "x", "x"] }]);
    const layout = buildRankingLayout(scan, { source: "s.csv", language: "en", date: DATE });
    expect(layout.table.range.bottom).toBe(layout.table.range.top + 1);
    const labels = layout.values.slice(0, layout.blocks.header.bottom + 1).map((r) => r[0]);
    expect(labels).toContain("Note");
    expect(layout.blocks.groups).toBeNull();
  });
});

describe("labelValue", () => {
  it("writes sheet-safe labels", async () => {
    const { labelValue } = await import("../../src/sheet/layout-text");
    expect(labelValue(new Date(Date.UTC(2024, 1, 29)), "en")).toBe("2024-02-29");
    expect(labelValue(new Date(Date.UTC(2024, 1, 29, 13, 5, 9)), "en")).toBe("2024-02-29 13:05:09");
    expect(labelValue(null, "en")).toBe("(blank)");
    expect(labelValue(null, "ko")).toBe("(빈 값)");
    expect(labelValue({ error: "#N/A" }, "en")).toBe("#N/A");
    expect(labelValue(true, "en")).toBe(true);
    expect(labelValue("007", "en")).toBe("007");
  });
});
