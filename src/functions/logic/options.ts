import type { Distance, RankOrder, TieMethod } from "../../engine/types";
import type { Language } from "../../i18n/catalog";
import { functionText } from "../../i18n/functions";
import { fromExcelCell } from "./excel-cells";
import { ArgumentError } from "./output";

/** Loss that CRITERION_LOSS returns, chosen by its `kind` argument. */
export type LossKind = "loss" | "normalized" | "honest" | "honest_normalized";

/** Tells whether an optional argument was left out or points at a blank cell. */
function isOmitted(argument: unknown): boolean {
  return argument === null || argument === undefined || argument === "";
}

/** Lower-cases a text option and writes spaces and hyphens as underscores. */
function optionWord(argument: unknown): string {
  return String(argument).trim().toLowerCase().replace(/[\s-]+/g, "_");
}

export function parseDistance(argument: unknown, lang: Language): Distance {
  if (isOmitted(argument)) return "euclidean";
  const word = optionWord(argument);
  if (word === "euclidean" || word === "squared" || word === "absolute") return word;
  throw new ArgumentError(functionText("fn.invalidDistance", { value: String(argument) }, lang));
}

export function parseLossKind(argument: unknown, lang: Language): LossKind {
  if (isOmitted(argument)) return "loss";
  const word = optionWord(argument);
  if (word === "loss" || word === "normalized" || word === "honest" || word === "honest_normalized") return word;
  if (word === "honestnormalized") return "honest_normalized";
  throw new ArgumentError(functionText("fn.invalidKind", { value: String(argument) }, lang));
}

/**
 * Unwraps an option typed `any` in the metadata. Such an option may arrive as an error cell
 * (`CustomFunctions.Error`) or a data-type object, and an error is rejected with its code.
 */
function plainOption(argument: unknown, name: string, lang: Language): unknown {
  if (typeof argument !== "object" || argument === null) return argument;
  const cell = fromExcelCell(argument);
  if (typeof cell === "object" && cell !== null && !(cell instanceof Date)) {
    throw new ArgumentError(functionText("fn.optionIsError", { name, code: cell.error }, lang));
  }
  return cell;
}

/** RANK.EQ's order: 0 (or omitted) ranks the largest value 1, any other number the smallest. */
export function parseOrder(option: unknown, lang: Language): RankOrder {
  const argument = plainOption(option, "order", lang);
  if (isOmitted(argument)) return 0;
  if (typeof argument === "number") return argument === 0 ? 0 : 1;
  if (typeof argument === "boolean") return argument ? 1 : 0;
  const word = optionWord(argument);
  if (word === "0" || word === "desc" || word === "descending") return 0;
  if (word === "1" || word === "asc" || word === "ascending") return 1;
  throw new ArgumentError(functionText("fn.invalidOrder", { value: String(argument) }, lang));
}

/** Tie rule: "min" (RANK.EQ, also 0) or "average" (RANK.AVG, also 1). */
export function parseTies(option: unknown, lang: Language): TieMethod {
  const argument = plainOption(option, "ties", lang);
  if (isOmitted(argument)) return "min";
  if (argument === 0) return "min";
  if (argument === 1) return "average";
  const word = optionWord(argument);
  if (word === "min" || word === "eq" || word === "rank.eq" || word === "0") return "min";
  if (word === "average" || word === "avg" || word === "rank.avg" || word === "1") return "average";
  throw new ArgumentError(functionText("fn.invalidTies", { value: String(argument) }, lang));
}

/** Number of quantile bins, a whole number from 2 to 100; 4 (quartiles) when omitted. */
export function parseBins(argument: unknown, lang: Language): number {
  if (isOmitted(argument)) return 4;
  const bins = typeof argument === "number" ? argument : Number(String(argument).trim());
  if (Number.isInteger(bins) && bins >= 2 && bins <= 100) return bins;
  throw new ArgumentError(functionText("fn.invalidBins", { value: String(argument) }, lang));
}

/** Digits after the decimal point kept by PERCENTRANK.INC, a whole number from 1 to 15; 3 when omitted. */
export function parseSignificance(argument: unknown, lang: Language): number {
  if (isOmitted(argument)) return 3;
  const digits = typeof argument === "number" ? argument : Number(String(argument).trim());
  if (Number.isInteger(digits) && digits >= 1 && digits <= 15) return digits;
  throw new ArgumentError(functionText("fn.invalidSignificance", { value: String(argument) }, lang));
}

/** TRUE or FALSE (also 1 or 0, or the words); FALSE when omitted. */
export function parseFlag(argument: unknown, name: string, lang: Language): boolean {
  if (isOmitted(argument)) return false;
  if (typeof argument === "boolean") return argument;
  if (argument === 0 || argument === 1) return argument === 1;
  const word = optionWord(argument);
  if (word === "true" || word === "1") return true;
  if (word === "false" || word === "0") return false;
  throw new ArgumentError(functionText("fn.invalidFlag", { name, value: String(argument) }, lang));
}
