import type { CellValue, ColumnKind } from "../engine/types";
import { format, kindText, Language } from "../i18n/locale";
import type { LayoutValue } from "./layout-types";

/** Writes a date and time as `2026-12-04 20:31 UTC`, the same in every language. */
export function formatTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Text of a column kind, with the number of bins for a binned number column. */
export function kindLabel(kind: ColumnKind, binCount: number | null, lang: Language): string {
  if (kind === "numericBinned" && binCount !== null) return format("kind.numericBinnedCount", { bins: binCount }, lang);
  return kindText(kind, lang);
}

/**
 * Turns a group label into a value a sheet cell can take. Text, numbers and logicals stay as
 * they are. A date becomes `YYYY-MM-DD` text (with its time when it has one), an error its
 * text, and a blank label "(blank)".
 */
export function labelValue(label: CellValue, lang: Language): LayoutValue {
  if (label === null || label === "") return format("sheet.blankGroup", {}, lang);
  if (label instanceof Date) return dateLabel(label);
  if (typeof label === "object") return label.error;
  return label;
}

function dateLabel(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
}

/** Width in Excel's column-width characters: East Asian wide characters count twice. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals … Yi
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}
