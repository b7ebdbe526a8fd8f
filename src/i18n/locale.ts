import { CATALOG, Language, MessageId, MessageText } from "./catalog";
import type { ColumnKind, Distance, NoteId, RankingKey } from "../engine/types";

export type { Language, MessageId } from "./catalog";

/** Message parameters; numbers are written with grouping separators as the language writes them. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Picks the product's language from a BCP 47 tag or a POSIX locale such as `ko_KR.UTF-8`:
 * Korean for any `ko` tag, English for everything else, including a missing tag.
 */
export function resolveLanguage(tag?: string | null): Language {
  if (!tag) return "en";
  const primary = tag.trim().toLowerCase().split(/[-_.@]/)[0];
  return primary === "ko" ? "ko" : "en";
}

/** Fills `{name}` placeholders of a message text; an unknown placeholder stays as written. */
export function fillPlaceholders(text: string, params: MessageParams, lang: Language): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    return typeof value === "number" ? formatCount(value, lang) : value;
  });
}

/** Looks up a message of any catalog shaped like `CATALOG` and fills its placeholders. */
export function formatFrom<Id extends string>(
  catalog: Readonly<Record<Id, MessageText>>,
  id: Id,
  params: MessageParams = {},
  lang: Language = "en",
): string {
  const entry = catalog[id];
  if (!entry) throw new RangeError(`unknown message id: ${id}`);
  return fillPlaceholders(entry[lang], params, lang);
}

/** Text of a shared message in the given language. */
export function format(id: MessageId, params: MessageParams = {}, lang: Language = "en"): string {
  return formatFrom(CATALOG, id, params, lang);
}

export function noteText(note: NoteId, lang: Language): string {
  return format(`note.${note}`, {}, lang);
}

export function kindText(kind: ColumnKind, lang: Language): string {
  return format(`kind.${kind}`, {}, lang);
}

export function distanceText(distance: Distance, lang: Language): string {
  return format(`distance.${distance}`, {}, lang);
}

export function keyText(key: RankingKey, lang: Language): string {
  return format(`key.${key}`, {}, lang);
}

/** Writes a count of rows: "1 row", "3 rows", "3행". */
export function rowsText(count: number, lang: Language): string {
  return format(count === 1 ? "cli.rowsOne" : "cli.rowsMany", { count }, lang);
}

/** Writes names as a quoted, comma-separated list: `"Age", "Body Mass"`. */
export function quotedList(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(", ");
}

function formatCount(value: number, lang: Language): string {
  if (!Number.isInteger(value)) return String(value);
  return value.toLocaleString(lang === "ko" ? "ko-KR" : "en-US");
}
