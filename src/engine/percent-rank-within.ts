import type { WithinRanks } from "./rank-within";
import type { CellValue } from "./types";
import { lowerBound, prepareWithinGroupRows, RANK_STATUS, sortValuesByGroup } from "./within-group-rows";

/** Options of `percentRankWithinGroups`. */
export interface PercentRankOptions {
  /** Digits kept after the decimal point, truncated as PERCENTRANK.INC does; 3 by default. */
  significance?: number;
}

/**
 * Computes each value's percentile rank within its own group with Excel's PERCENTRANK.INC
 * definition: (number of the group's values below it) / (n_k − 1), truncated (not rounded) to
 * `significance` digits after the decimal point. Tied values share the rank of their first
 * position, so {1, 2, 2, 3} gives 0, 0.333, 0.333, 1. A group of one value gives 1, as
 * PERCENTRANK.INC does for an array of one value. Row statuses follow `rankWithinGroups`.
 */
export function percentRankWithinGroups(
  values: readonly (CellValue | undefined)[],
  labels: readonly (CellValue | undefined)[],
  options: PercentRankOptions = {},
): WithinRanks {
  const significance = options.significance ?? 3;
  const rows = prepareWithinGroupRows(values, labels);
  const { values: sorted, starts } = sortValuesByGroup(rows);
  const { numbers, status } = rows;
  const rowCount = values.length;

  const scale = 10 ** significance;
  const ranks = new Float64Array(rowCount).fill(Number.NaN);
  for (let row = 0; row < rowCount; row++) {
    if (status[row] !== RANK_STATUS.ranked) continue;
    const code = rows.codes[row];
    const start = starts[code];
    const size = starts[code + 1] - start;
    if (size === 1) {
      ranks[row] = 1;
      continue;
    }
    const below = lowerBound(sorted, start, start + size, numbers[row]) - start;
    // below·10^s and size − 1 are exact integers, so the floor of their quotient is exact.
    ranks[row] = Math.floor((below * scale) / (size - 1)) / scale;
  }
  return { ranks, status };
}
