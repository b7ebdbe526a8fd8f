import { describe, expect, it } from "vitest";
import { scanCriteria, type ScanResult } from "../../src/engine";
import { buildRankingLayout } from "../../src/sheet/ranking-layout";
import type { CellLayout } from "../../src/sheet/layout-types";
import type { Language } from "../../src/i18n/locale";

const DATE = new Date(Date.UTC(2026, 11, 4, 9, 5));

// Target: six numbers, one blank (row 7) and one text cell (row 8). Criterion "g" has a blank label in row 6,
// where the target is 6, so g leaves out one row with a blank label and none with an error label.
function scan(): ScanResult {
  return scanCriteria({ name: "score", cells: [1, 2, 3, 4, 5, 6, null, "n/a"] }, [
    { name: "g", cells: ["a", "a", "a", "b", "b", null, "b", "a"] },
  ]);
}

function layoutIn(lang: Language): CellLayout {
  return buildRankingLayout(scan(), { source: "s.csv", language: lang, date: DATE });
}

function headerRow(layout: CellLayout, label: string): readonly unknown[] {
  const row = layout.values.slice(0, layout.blocks.header.bottom + 1).find((r) => r[0] === label);
  expect(row).toBeDefined();
  return row as readonly unknown[];
}

function noteOf(layout: CellLayout, criterion: string): unknown {
  const { top, bottom } = layout.table.range;
  const row = layout.values.slice(top + 1, bottom + 1).find((r) => r[1] === criterion);
  return row?.[row.length - 1];
}

describe("skipped rows in the header block", () => {
  it("lists only non-zero reasons in English", () => {
    const row = headerRow(layoutIn("en"), "Rows skipped");
    expect(row[1]).toBe(2);
    expect(row[2]).toBe("target blank: 1, not a number: 1");
  });

  it("lists only non-zero reasons in Korean", () => {
    const row = headerRow(layoutIn("ko"), "제외한 행");
    expect(row[2]).toBe("대상 값이 빈 칸: 1행, 숫자가 아님: 1행");
  });

  it("leaves the detail empty when none skipped", () => {
    const full = scanCriteria({ name: "y", cells: [1, 2, 3, 4] }, [{ name: "g", cells: ["a", "a", "b", "b"] }]);
    const layout = buildRankingLayout(full, { source: "s.csv", language: "en", date: DATE });
    expect(headerRow(layout, "Rows skipped")[2]).toBeNull();
  });
});

describe("rows left out in a criterion note", () => {
  it("drops the zero error count in English", () => {
    const note = noteOf(layoutIn("en"), "g");
    expect(note).toContain("rows left out: 1 with a blank label");
    expect(note).not.toContain("error label");
  });

  it("drops the zero error count in Korean", () => {
    const note = noteOf(layoutIn("ko"), "g");
    expect(note).toContain("제외한 행: 그룹 값이 빈 칸 1행");
    expect(note).not.toContain("오류");
  });
});

describe("guide line under the ranking table", () => {
  it("sits right below the table in English", () => {
    const layout = layoutIn("en");
    expect(layout.blocks.guide).toBe(layout.table.range.bottom + 1);
    const text = layout.values[layout.blocks.guide][0];
    expect(text).toContain("Lower loss is better.");
    expect(text).toContain("0 = the criterion explains nothing");
  });

  it("is in Korean with the LOO term explained", () => {
    const layout = layoutIn("ko");
    const text = layout.values[layout.blocks.guide][0];
    expect(text).toContain("손실은 낮을수록 좋습니다.");
    expect(text).toContain("LOO 정규화 손실(각 행을 자기 그룹에서 빼고 계산한 정규화 손실)");
  });

  it("does not widen column A", () => {
    // Column A's widest other cell is a header label such as "Bins for number columns" (23 characters).
    const layout = layoutIn("en");
    expect(layout.columnWidths[0]).toBeLessThan(30);
  });
});
