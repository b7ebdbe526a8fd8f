import type { CriterionLossResult, CriterionResult, ScanResult, WithinRanks } from "../engine";
import { RANK_STATUS } from "../engine";
import type { CriterionScore, NoteId } from "../engine/types";
import { format, Language, noteText } from "../i18n/locale";

/** A statistic in JSON: a number, `"Infinity"` for an infinite F, or `null` when undefined. */
export type JsonNumber = number | "Infinity" | null;

const STATISTICS = ["loss", "normalizedLoss", "honestLoss", "honestNormalizedLoss", "eta2", "epsilon2", "omega2", "F", "p"] as const;

type Statistic = (typeof STATISTICS)[number];

/** Converts a statistic for JSON, which has no Infinity: an infinite F becomes the string "Infinity". */
export function jsonNumber(value: number | null): JsonNumber {
  if (value === null || Number.isNaN(value)) return null;
  if (value === Number.POSITIVE_INFINITY) return "Infinity";
  return value;
}

function statistics(score: CriterionScore): Record<Statistic, JsonNumber> {
  const losses = score.losses[score.distance];
  return {
    loss: jsonNumber(losses.loss),
    normalizedLoss: jsonNumber(losses.normalizedLoss),
    honestLoss: jsonNumber(losses.honestLoss),
    honestNormalizedLoss: jsonNumber(losses.honestNormalizedLoss),
    eta2: jsonNumber(score.eta2),
    epsilon2: jsonNumber(score.epsilon2),
    omega2: jsonNumber(score.omega2),
    F: jsonNumber(score.F),
    p: jsonNumber(score.p),
  };
}

/**
 * Builds the `loss` command's document: the statistics of the chosen distance, the skipped rows,
 * and `reasons`, which maps each `null` statistic to the reason it is undefined. `reasons` is empty when all are defined.
 */
export function lossJson(result: CriterionLossResult, lang: Language): object {
  const stats = statistics(result);
  const reasons: Partial<Record<Statistic, string>> = {};
  // The engine calls a single used row "one group"; the single row is the cause worth naming.
  const note: NoteId | null = result.n === 1 ? "oneRow" : result.note;
  for (const name of STATISTICS) {
    if (stats[name] === null) reasons[name] = reasonText(note, lang);
  }
  return {
    n: result.n,
    groups: result.groups,
    smallestGroup: result.smallestGroup,
    ...stats,
    skipped: result.skipped,
    reasons,
  };
}

function reasonText(note: NoteId | null, lang: Language): string {
  return note === null ? format("sheet.undefined", {}, lang) : noteText(note, lang);
}

/** Builds the `rank` command's document: every criterion, ranked ones first, with its statistics and note. */
export function rankJson(result: ScanResult, lang: Language): object {
  return {
    target: result.target,
    rows: result.rows,
    criteria: result.criteria.map((criterion) => criterionJson(criterion, lang)),
  };
}

function criterionJson(criterion: CriterionResult, lang: Language): object {
  const score = criterion.score;
  const note = criterion.note ?? score?.note ?? null;
  const empty = Object.fromEntries(STATISTICS.map((name) => [name, null])) as Record<Statistic, JsonNumber>;
  return {
    rank: criterion.rank,
    criterion: criterion.criterion,
    kind: criterion.kind,
    n: score?.n ?? null,
    groups: score?.groups ?? null,
    smallestGroup: score?.smallestGroup ?? null,
    ...(score ? statistics(score) : empty),
    pHolm: jsonNumber(criterion.pHolm),
    note: note === null ? null : noteText(note, lang),
  };
}

/** Builds the `rank-within` command's document: per data row a rank, `null` for a blank value, or `"#N/A"`. */
export function ranksJson(ranks: WithinRanks): { ranks: (number | null | "#N/A")[] } {
  return { ranks: Array.from(ranks.status, (status, row) => rankEntry(status, ranks.ranks[row])) };
}

export function rankEntry(status: number, rank: number): number | null | "#N/A" {
  if (status === RANK_STATUS.ranked) return rank;
  if (status === RANK_STATUS.blank) return null;
  return "#N/A";
}
