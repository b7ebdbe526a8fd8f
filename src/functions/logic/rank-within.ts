import { rankWithinGroups } from "../../engine";
import type { Language } from "../../i18n/catalog";
import { parseOrder, parseTies } from "./options";
import type { OutputGrid } from "./output";
import { pairRanges, toGrid } from "./paired-ranges";
import { rowCells } from "./row-results";

/**
 * RANK_WITHIN: each value's rank among the values of its own group, in the shape of `values`.
 * Order and ties follow RANK.EQ (order 0: largest is 1; ties share the best rank) or RANK.AVG.
 */
export function rankWithinResult(values: unknown, groups: unknown, order: unknown, ties: unknown, lang: Language): OutputGrid {
  const paired = pairRanges(values, groups, lang);
  const options = { order: parseOrder(order, lang), ties: parseTies(ties, lang) };
  const { ranks, status } = rankWithinGroups(paired.values, paired.labels, options);
  return toGrid(rowCells(ranks, status, paired.values, lang), paired.rows, paired.columns);
}
