import { zScoresWithinGroups } from "../../engine";
import type { Language } from "../../i18n/catalog";
import { parseFlag } from "./options";
import type { OutputGrid } from "./output";
import { pairRanges, toGrid } from "./paired-ranges";
import { rowCells } from "./row-results";

/**
 * ZSCORE_WITHIN: each value's z-score within its own group, in the shape of `values`; with
 * `shrink` TRUE the group means and spreads are empirical-Bayes estimates pulled toward the
 * whole population (see `zScoresWithinGroups`). `#DIV/0!` where the group's spread is 0 or unknown.
 */
export function zScoreWithinResult(values: unknown, groups: unknown, shrink: unknown, lang: Language): OutputGrid {
  const paired = pairRanges(values, groups, lang);
  const shrinkFlag = parseFlag(shrink, "shrink", lang);
  const { scores, status } = zScoresWithinGroups(paired.values, paired.labels, { shrink: shrinkFlag });
  return toGrid(rowCells(scores, status, paired.values, lang), paired.rows, paired.columns);
}
