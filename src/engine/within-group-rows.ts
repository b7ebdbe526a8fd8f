import { isBlankCell, numericValue } from "./cells";
import { EngineInputError } from "./engine-input-error";
import { encodeGroups } from "./group-key";
import type { CellValue } from "./types";

/** Outcome of each row of a within-group computation (ranks, percentile ranks, z-scores). */
export const RANK_STATUS = {
  /** The row has a result. */
  ranked: 0,
  /** The value is blank: there is nothing to rank, so the cell stays empty. */
  blank: 1,
  /** The value is text, a logical or an error, or the label is blank or an error: `#N/A`. */
  unrankable: 2,
} as const;

/** Rows prepared for a within-group computation. */
export interface WithinGroupRows {
  /** Each row's value, NaN where it is not a number. */
  numbers: Float64Array;
  /** Each row's `RANK_STATUS`. */
  status: Uint8Array;
  /** Each row's group code, -1 where the row has no result. */
  codes: Int32Array;
  groupCount: number;
}

/**
 * Throws `EngineInputError` unless the value and label ranges have the same number of rows.
 */
export function checkSameLength(values: ArrayLike<unknown>, labels: ArrayLike<unknown>): void {
  if (values.length !== labels.length) {
    throw new EngineInputError("sizeMismatch", { values: values.length, groups: labels.length }, `values has ${values.length} rows but groups has ${labels.length}; give ranges of the same size.`);
  }
}

/**
 * Codes the labels and decides each row's status. A blank value is blank whatever its label. A
 * value that is not a number, or a number with a blank or error label, cannot be ranked.
 */
export function prepareWithinGroupRows(values: readonly (CellValue | undefined)[], labels: readonly (CellValue | undefined)[]): WithinGroupRows {
  checkSameLength(values, labels);
  const rowCount = values.length;
  const coding = encodeGroups(labels);
  const codes = coding.codes;
  const numbers = new Float64Array(rowCount);
  const status = new Uint8Array(rowCount);

  for (let row = 0; row < rowCount; row++) {
    const value = numericValue(values[row]);
    numbers[row] = value;
    if (Number.isNaN(value)) {
      status[row] = isBlankCell(values[row]) ? RANK_STATUS.blank : RANK_STATUS.unrankable;
    } else if (codes[row] < 0) {
      status[row] = RANK_STATUS.unrankable;
    }
    if (status[row] !== RANK_STATUS.ranked) codes[row] = -1;
  }
  return { numbers, status, codes, groupCount: coding.groupCount };
}

/** The ranked values copied group after group, each group sorted ascending, with each group's start. */
export interface SortedGroups {
  values: Float64Array;
  /** `values[starts[k] .. starts[k + 1])` is group k; `starts` has groupCount + 1 entries. */
  starts: Int32Array;
}

/** Sorts each group's values once (a counting pass, then a typed-array sort per group). */
export function sortValuesByGroup(rows: WithinGroupRows): SortedGroups {
  const starts = new Int32Array(rows.groupCount + 1);
  for (const code of rows.codes) if (code >= 0) starts[code + 1]++;
  for (let code = 1; code < starts.length; code++) starts[code] += starts[code - 1];

  const values = new Float64Array(starts[starts.length - 1]);
  const next = starts.slice(0, -1);
  for (let row = 0; row < rows.codes.length; row++) {
    const code = rows.codes[row];
    if (code >= 0) values[next[code]++] = rows.numbers[row];
  }
  for (let code = 0; code + 1 < starts.length; code++) values.subarray(starts[code], starts[code + 1]).sort();
  return { values, starts };
}

/** First index in [start, end) of the sorted `values` whose value is not below `target`. */
export function lowerBound(values: Float64Array, start: number, end: number, target: number): number {
  let low = start;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** First index in [start, end) of the sorted `values` whose value is above `target`. */
export function upperBound(values: Float64Array, start: number, end: number, target: number): number {
  let low = start;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] <= target) low = middle + 1;
    else high = middle;
  }
  return low;
}
