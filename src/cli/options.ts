import { UserError } from "../adapters/files/user-error";
import { DISTANCES, type Distance, type RankOrder, type TieMethod } from "../engine/types";
import { Language, resolveLanguage } from "../i18n/locale";

/**
 * Picks the language: `--lang` when given, else the first of LC_ALL, LC_MESSAGES and LANG
 * that is set to something other than C or POSIX, else the system's locale (Intl), else English.
 */
export function cliLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Language {
  const flag = langFlag(argv);
  if (flag !== undefined) return parseLanguage(flag);
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (value && value !== "C" && value !== "POSIX" && !value.startsWith("C.")) return resolveLanguage(value);
  }
  return resolveLanguage(Intl.DateTimeFormat().resolvedOptions().locale);
}

/** Finds the value of `--lang x` or `--lang=x` before commander parses the rest. */
function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") return undefined;
    if (argv[i] === "--lang") return argv[i + 1] ?? "";
    if (argv[i].startsWith("--lang=")) return argv[i].slice("--lang=".length);
  }
  return undefined;
}

export function parseLanguage(value: string): Language {
  const lang = value.trim().toLowerCase();
  if (lang !== "en" && lang !== "ko") throw new UserError("cli.invalidOption", { option: "--lang", value, allowed: "en, ko" });
  return lang;
}

export function parseDistance(value: string): Distance {
  const distance = value.trim().toLowerCase() as Distance;
  if (!DISTANCES.includes(distance)) throw new UserError("cli.invalidOption", { option: "--distance", value, allowed: DISTANCES.join(", ") });
  return distance;
}

export function parseBins(value: string): number {
  const bins = Number(value);
  if (!/^\d+$/.test(value.trim()) || bins < 2 || bins > 100) throw new UserError("cli.invalidBins", { value });
  return bins;
}

export function parseOrder(value: string): RankOrder {
  if (value.trim() === "0") return 0;
  if (value.trim() === "1") return 1;
  throw new UserError("cli.invalidOption", { option: "--order", value, allowed: "0, 1" });
}

export function parseTies(value: string): TieMethod {
  const ties = value.trim().toLowerCase();
  if (ties !== "min" && ties !== "average") throw new UserError("cli.invalidOption", { option: "--ties", value, allowed: "min, average" });
  return ties;
}

/** Splits `--criteria A,B` into trimmed names; empty names are dropped. */
export function parseCriteriaList(value: string): string[] {
  return value.split(",").map((name) => name.trim()).filter((name) => name !== "");
}
