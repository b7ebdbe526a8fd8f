import { holmAdjust } from "./holm";
import type { CriterionResult } from "./criterion-scan";
import type { Distance, NoteId, RankingKey } from "./types";

/** Notes that keep a scored criterion out of the ranking, listed below it in this order. */
const UNRANKED_ORDER: readonly (NoteId | null)[] = ["oneRowPerGroup", null, "noVariation", "noRows", "uniquePerRow", "constant", "mostlyBlank", "oneGroup"];

/** Value of the ranking key, or `null` when undefined; smaller is better. */
function keyValue(result: CriterionResult, distance: Distance, key: RankingKey): number | null {
  const score = result.score;
  if (!score) return null;
  switch (key) {
    case "honestNormalizedLoss":
      return score.losses[distance].honestNormalizedLoss;
    case "loss":
      return score.losses[distance].loss;
    case "omega2":
      return score.omega2 === null ? null : -score.omega2;
    case "p":
      return score.p;
  }
}

function isRankable(result: CriterionResult, distance: Distance, key: RankingKey): boolean {
  if (!result.score || keyValue(result, distance, key) === null) return false;
  return result.note === null || result.note === "perfectSeparation";
}

/**
 * Orders criteria for a ranking: rankable ones by the key (losses and p ascending, ω² descending),
 * ties broken by larger ω², then by input order; then the others, grouped by their note, with
 * one-group columns last. Undefined values never enter a comparison, so no NaN reaches the sort.
 * Assigns ranks 1…R and Holm-adjusted p-values across the ranked criteria.
 */
export function rankCriteria(results: readonly CriterionResult[], distance: Distance, key: RankingKey): CriterionResult[] {
  const indexed = results.map((result, index) => ({ result, index }));
  const ranked = indexed.filter((entry) => isRankable(entry.result, distance, key));
  ranked.sort((a, b) => {
    const difference = (keyValue(a.result, distance, key) as number) - (keyValue(b.result, distance, key) as number);
    if (difference !== 0) return difference;
    const omegaA = a.result.score?.omega2 ?? Number.NEGATIVE_INFINITY;
    const omegaB = b.result.score?.omega2 ?? Number.NEGATIVE_INFINITY;
    if (omegaA !== omegaB) return omegaB - omegaA;
    return a.index - b.index;
  });

  const rest = indexed.filter((entry) => !isRankable(entry.result, distance, key));
  const tier = (note: NoteId | null) => {
    const position = UNRANKED_ORDER.indexOf(note);
    return position < 0 ? UNRANKED_ORDER.length : position;
  };
  rest.sort((a, b) => tier(a.result.note) - tier(b.result.note) || a.index - b.index);

  const adjusted = holmAdjust(ranked.map((entry) => entry.result.score?.p ?? null));
  const rankedResults = ranked.map((entry, position) => ({ ...entry.result, rank: position + 1, pHolm: adjusted[position] }));
  const restResults = rest.map((entry) => ({ ...entry.result, rank: null, pHolm: null }));
  return [...rankedResults, ...restResults];
}
