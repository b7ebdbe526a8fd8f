import { percentRankWithinGroups } from "../../engine";
import type { Language } from "../../i18n/catalog";
import { parseSignificance } from "./options";
import type { OutputGrid } from "./output";
import { pairRanges, toGrid } from "./paired-ranges";
import { rowCells } from "./row-results";

/**
 * PERCENTRANK_WITHIN: each value's PERCENTRANK.INC within its own group, (values below) / (n_k − 1),
 * truncated to `significance` digits (3 by default), in the shape of `values`.
 */
export function percentRankWithinResult(values: unknown, groups: unknown, significance: unknown, lang: Language): OutputGrid {
  const paired = pairRanges(values, groups, lang);
  const digits = parseSignificance(significance, lang);
  const { ranks, status } = percentRankWithinGroups(paired.values, paired.labels, { significance: digits });
  return toGrid(rowCells(ranks, status, paired.values, lang), paired.rows, paired.columns);
}
