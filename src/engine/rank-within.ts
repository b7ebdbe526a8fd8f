import { EngineInputError } from "./engine-input-error";
import type { CellValue, RankOrder, TieMethod } from "./types";
import { lowerBound, prepareWithinGroupRows, RANK_STATUS, sortValuesByGroup, upperBound } from "./within-group-rows";

export { RANK_STATUS };

/** Ranks per row (NaN where there is none) and each row's status. */
export interface WithinRanks {
  ranks: Float64Array;
  status: Uint8Array;
}

/** Options of `rankWithinGroups`. */
export interface RankOptions {
  /** 0 (default) ranks the largest value 1, as RANK.EQ(…, 0); 1 ranks the smallest value 1. */
  order?: RankOrder;
  /** "min" (default) gives ties the best rank they share, as RANK.EQ; "average" their mean rank, as RANK.AVG. */
  ties?: TieMethod;
}

/**
 * Ranks each value among the values of its own group, with Excel's RANK.EQ or RANK.AVG convention.
 *
 * Each group's values are sorted once; a row's rank then comes from two binary searches that
 * count the group's values below and equal to it. Cost: O(n log n).
 *
 * @example rankWithinGroups([5, 9, 7, 1], ["a", "a", "b", "b"]).ranks // [2, 1, 1, 2]
 */
export function rankWithinGroups(values: readonly (CellValue | undefined)[], labels: readonly (CellValue | undefined)[], options: RankOptions = {}): WithinRanks {
  const order = options.order ?? 0;
  const ties = options.ties ?? "min";
  if (order !== 0 && order !== 1) {
    throw new EngineInputError("invalidOrder", { order: String(order) }, `Unknown order ${String(order)}; use 0 for descending or 1 for ascending.`);
  }
  if (ties !== "min" && ties !== "average") {
    throw new EngineInputError("invalidTies", { ties: String(ties) }, `Unknown tie rule "${String(ties)}"; use min (RANK.EQ) or average (RANK.AVG).`);
  }

  const rows = prepareWithinGroupRows(values, labels);
  const sorted = sortValuesByGroup(rows);
  const ranks = new Float64Array(values.length).fill(Number.NaN);
  for (let row = 0; row < values.length; row++) {
    const code = rows.codes[row];
    if (code < 0) continue;
    const start = sorted.starts[code];
    const end = sorted.starts[code + 1];
    const below = lowerBound(sorted.values, start, end, rows.numbers[row]) - start;
    const atOrBelow = upperBound(sorted.values, start, end, rows.numbers[row]) - start;
    const beyond = order === 0 ? end - start - atOrBelow : below;
    const tied = atOrBelow - below;
    ranks[row] = ties === "min" ? beyond + 1 : beyond + (tied + 1) / 2;
  }
  return { ranks, status: rows.status };
}
