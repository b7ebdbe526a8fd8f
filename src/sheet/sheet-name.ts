import { format, Language } from "../i18n/locale";

/** Excel's limit on a worksheet name, in UTF-16 code units. */
export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN_IN_SHEET_NAME = /[:\\/?*[\]]/g;

/**
 * Names the ranking sheet of a target: "Ranking - Body Mass (g)" or "기준 순위 - …", at most
 * 31 characters, without `: \ / ? * [ ]`, not starting or ending with an apostrophe, and
 * unique among `existingNames` compared case-insensitively (" (2)", " (3)" … are added).
 */
export function sheetNameFor(target: string, existingNames: readonly string[], lang: Language): string {
  const taken = new Set(existingNames.map(sheetNameKey));
  const base = cleanSheetName(`${format("sheet.namePrefix", {}, lang)} - ${target}`);

  for (let copy = 1; ; copy++) {
    const suffix = copy === 1 ? "" : ` (${copy})`;
    const name = stripApostrophes(truncateUtf16(base, MAX_SHEET_NAME_LENGTH - suffix.length)) + suffix;
    // "History" is reserved by Excel for its change-tracking sheet.
    if (!taken.has(sheetNameKey(name)) && sheetNameKey(name) !== "history") return name;
  }
}

/**
 * Makes any text a valid sheet name. Forbidden characters become `_`, control characters are
 * removed, runs of spaces become one, and the result is cut to 31 characters. Empty text gives `fallback`.
 */
export function cleanSheetName(text: string, fallback = "Ranking"): string {
  const cleaned = text.replace(FORBIDDEN_IN_SHEET_NAME, "_").replace(/[\u0000-\u001f\u007f]/g, "").replace(/\s+/g, " ");
  return stripApostrophes(truncateUtf16(stripApostrophes(cleaned.trim()), MAX_SHEET_NAME_LENGTH)) || fallback;
}

function stripApostrophes(text: string): string {
  return text.replace(/^'+/, "").replace(/'+$/, "").trimEnd();
}

function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase();
}

/** Cuts a string to at most `max` UTF-16 code units without splitting a surrogate pair. */
export function truncateUtf16(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return text.slice(0, cut);
}

/**
 * Names an Excel table: letters, digits, `_` and `.` only, starting with a letter or `_`,
 * not a cell reference such as `A1` or `R1C1`, and unique among `existingNames` (case-insensitive).
 */
export function tableNameFor(base: string, existingNames: readonly string[]): string {
  const taken = new Set(existingNames.map((name) => name.toLowerCase()));
  let name = base.replace(/[^\p{L}\p{N}_.]/gu, "_").slice(0, 200);
  if (!/^[\p{L}_]/u.test(name) || looksLikeCellReference(name)) name = `_${name}`;
  let candidate = name;
  for (let copy = 2; taken.has(candidate.toLowerCase()); copy++) candidate = `${name}_${copy}`;
  return candidate;
}

function looksLikeCellReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name);
}
