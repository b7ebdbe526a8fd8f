import { isBlankCell, numericValue } from "./cells";
import { EngineInputError } from "./engine-input-error";
import { encodeGroups } from "./group-key";
import { RANK_STATUS, type WithinRanks } from "./rank-within";
import type { CellValue } from "./types";

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
  if (values.length !== labels.length) {
    throw new EngineInputError("sizeMismatch", { values: values.length, groups: labels.length }, `values has ${values.length} rows but groups has ${labels.length}; give ranges of the same size.`);
  }

  const rowCount = values.length;
  const coding = encodeGroups(labels);
  const numbers = new Float64Array(rowCount);
  const status = new Uint8Array(rowCount);
  const starts = new Int32Array(coding.groupCount + 1);
  for (let row = 0; row < rowCount; row++) {
    const value = numericValue(values[row]);
    numbers[row] = value;
    if (Number.isNaN(value)) status[row] = isBlankCell(values[row]) ? RANK_STATUS.blank : RANK_STATUS.unrankable;
    else if (coding.codes[row] < 0) status[row] = RANK_STATUS.unrankable;
    else starts[coding.codes[row] + 1]++;
  }

  for (let code = 1; code < starts.length; code++) starts[code] += starts[code - 1];
  const sorted = new Float64Array(starts[starts.length - 1]);
  const next = starts.slice(0, -1);
  for (let row = 0; row < rowCount; row++) {
    if (status[row] === RANK_STATUS.ranked) sorted[next[coding.codes[row]]++] = numbers[row];
  }
  for (let code = 0; code + 1 < starts.length; code++) sorted.subarray(starts[code], starts[code + 1]).sort();

  const scale = 10 ** significance;
  const ranks = new Float64Array(rowCount).fill(Number.NaN);
  for (let row = 0; row < rowCount; row++) {
    if (status[row] !== RANK_STATUS.ranked) continue;
    const code = coding.codes[row];
    const start = starts[code];
    const size = starts[code + 1] - start;
    if (size === 1) {
      ranks[row] = 1;
      continue;
    }
    const below = countBelow(sorted, start, start + size, numbers[row]);
    // below·10^s and size − 1 are exact integers, so the floor of their quotient is exact.
    ranks[row] = Math.floor((below * scale) / (size - 1)) / scale;
  }
  return { ranks, status };
}

/** Number of values in the sorted slice [start, end) that are below `target`. */
function countBelow(sorted: Float64Array, start: number, end: number, target: number): number {
  let low = start;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < target) low = middle + 1;
    else high = middle;
  }
  return low - start;
}
