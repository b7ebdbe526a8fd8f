import { describe, expect, it } from "vitest";
import { CATALOG } from "../../src/i18n/catalog";
import { format, kindText, noteText, resolveLanguage } from "../../src/i18n/locale";
import type { ColumnKind, NoteId } from "../../src/engine/types";

describe("resolveLanguage", () => {
  it("picks Korean for any ko tag", () => {
    for (const tag of ["ko", "ko-KR", "KO_kr.UTF-8", "ko-Kore-KR", "ko_KR@euro"]) expect(resolveLanguage(tag)).toBe("ko");
  });

  it("falls back to English", () => {
    for (const tag of [undefined, null, "", "en-US", "C", "POSIX", "ja-JP", "kok-IN"]) expect(resolveLanguage(tag)).toBe("en");
  });
});

describe("format", () => {
  it("fills placeholders in both languages", () => {
    expect(format("cli.unknownColumn", { column: "Age", columns: '"a", "b"' }, "en")).toBe('Column "Age" was not found. The columns are: "a", "b".');
    expect(format("cli.unknownColumn", { column: "Age", columns: '"a", "b"' }, "ko")).toBe('열을 찾을 수 없습니다: "Age". 있는 열: "a", "b".');
  });

  it("groups the digits of large counts", () => {
    expect(format("sheet.rowsUsedDetail", { rows: 12345 }, "en")).toBe("of 12,345 data rows");
  });

  it("leaves an unknown placeholder as written", () => {
    expect(format("sheet.title", {}, "en")).toBe("Criteria ranked for {target}");
  });

  it("has the one-group note the ranking shows", () => {
    expect(noteText("oneGroup", "en")).toBe("one group: nothing to compare");
    expect(noteText("oneGroup", "ko")).toBe("그룹이 하나뿐이라 비교할 대상이 없음");
  });
});

describe("CATALOG", () => {
  const notes: NoteId[] = ["noRows", "oneGroup", "oneRowPerGroup", "noVariation", "uniquePerRow", "constant", "mostlyBlank", "perfectSeparation"];
  const kinds: ColumnKind[] = ["categorical", "numericCategorical", "numericBinned", "date", "uniquePerRow", "constant", "mostlyBlank"];

  it("has a text for every note and kind", () => {
    for (const note of notes) for (const lang of ["en", "ko"] as const) expect(noteText(note, lang)).not.toBe("");
    for (const kind of kinds) for (const lang of ["en", "ko"] as const) expect(kindText(kind, lang)).not.toBe("");
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [id, text] of Object.entries(CATALOG)) {
      expect(placeholders(text.ko), id).toEqual(placeholders(text.en));
    }
  });

  it("writes Korean texts in Hangul", () => {
    // Every Korean text that is not a symbol or a term kept in English contains Hangul.
    const english = new Set(["n", "η²", "ε²", "ω²", "F", "p", "p (Holm)", "∞", "ω²"]);
    for (const [id, text] of Object.entries(CATALOG)) {
      if (english.has(text.ko)) continue;
      expect(text.ko, id).toMatch(/[\uac00-\ud7a3]/);
    }
  });
});
