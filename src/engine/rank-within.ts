import { isBlankCell, numericValue } from "./cells";
import { EngineInputError } from "./engine-input-error";
import { encodeGroups } from "./group-key";
import type { CellValue, RankOrder, TieMethod } from "./types";

/** Outcome of each row of `rankWithinGroups`. */
export const RANK_STATUS = {
  /** The row has a rank. */
  ranked: 0,
  /** The value is blank: there is nothing to rank, so the cell stays empty. */
  blank: 1,
  /** The value is text, a logical or an error, or the label is blank or an error: `#N/A`. */
  unrankable: 2,
} as const;

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
  if (values.length !== labels.length) {
    throw new EngineInputError("sizeMismatch", { values: values.length, groups: labels.length }, `values has ${values.length} rows but groups has ${labels.length}; give ranges of the same size.`);
  }
  if (order !== 0 && order !== 1) {
    throw new EngineInputError("invalidOrder", { order: String(order) }, `Unknown order ${String(order)}; use 0 for descending or 1 for ascending.`);
  }
  if (ties !== "min" && ties !== "average") {
    throw new EngineInputError("invalidTies", { ties: String(ties) }, `Unknown tie rule "${String(ties)}"; use min (RANK.EQ) or average (RANK.AVG).`);
  }

  const rowCount = values.length;
  const coding = encodeGroups(labels);
  const numbers = new Float64Array(rowCount);
  const status = new Uint8Array(rowCount);
  const groupSizes = new Int32Array(coding.groupCount + 1);

  for (let row = 0; row < rowCount; row++) {
    const cell = values[row];
    const value = numericValue(cell);
    numbers[row] = value;
    if (Number.isNaN(value)) {
      status[row] = isBlankCell(cell) ? RANK_STATUS.blank : RANK_STATUS.unrankable;
    } else if (coding.codes[row] < 0) {
      status[row] = RANK_STATUS.unrankable;
    } else {
      groupSizes[coding.codes[row] + 1]++;
    }
  }

  const sorted = sortByGroup(numbers, coding.codes, status, groupSizes);
  const ranks = new Float64Array(rowCount).fill(Number.NaN);
  for (let row = 0; row < rowCount; row++) {
    if (status[row] !== RANK_STATUS.ranked) continue;
    const code = coding.codes[row];
    const start = sorted.starts[code];
    const end = sorted.starts[code + 1];
    const below = lowerBound(sorted.values, start, end, numbers[row]) - start;
    const atOrBelow = upperBound(sorted.values, start, end, numbers[row]) - start;
    const beyond = order === 0 ? end - start - atOrBelow : below;
    const tied = atOrBelow - below;
    ranks[row] = ties === "min" ? beyond + 1 : beyond + (tied + 1) / 2;
  }
  return { ranks, status };
}

/** Copies ranked values into one array, group after group, each group sorted ascending. */
function sortByGroup(numbers: Float64Array, codes: Int32Array, status: Uint8Array, groupSizes: Int32Array) {
  const starts = new Int32Array(groupSizes.length);
  for (let code = 1; code < groupSizes.length; code++) starts[code] = starts[code - 1] + groupSizes[code];
  const values = new Float64Array(starts[starts.length - 1]);
  const next = starts.slice(0, -1);
  for (let row = 0; row < numbers.length; row++) {
    if (status[row] === RANK_STATUS.ranked) values[next[codes[row]]++] = numbers[row];
  }
  for (let code = 0; code + 1 < starts.length; code++) values.subarray(starts[code], starts[code + 1]).sort();
  return { values, starts };
}

/** First index in [start, end) whose value is not below `target`. */
function lowerBound(values: Float64Array, start: number, end: number, target: number): number {
  let low = start;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** First index in [start, end) whose value is above `target`. */
function upperBound(values: Float64Array, start: number, end: number, target: number): number {
  let low = start;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] <= target) low = middle + 1;
    else high = middle;
  }
  return low;
}

