/**
 * Per-group sums of a numeric column split by integer group codes, from centered values.
 *
 * Every value is first shifted by a pivot (the first used value), which changes no
 * deviation but keeps the leading digits that all values share out of the sums.
 * Pass 1 takes counts and shifted sums; pass 2 takes the deviations from the group
 * means and from the overall mean. Nothing is computed as Σy² − (Σy)²/n, which
 * loses every digit on data such as 1000000000000.4, 1000000000000.3, …
 */
export interface GroupStatistics {
  /** Rows used. */
  n: number;
  /** Groups with at least one row used. */
  groupCount: number;
  /** Code of each group that has rows, in order of each group's first used row. */
  groupCodes: Int32Array;
  counts: Float64Array;
  means: Float64Array;
  mean: number;
  /** Σ_{i∈k} (y_i − m_k)² per group. */
  withinSquares: Float64Array;
  /** Σ_{i∈k} (y_i − m)² per group. */
  totalSquares: Float64Array;
  /** Σ_{i∈k} |y_i − m_k| per group. */
  withinAbsolute: Float64Array;
  /** Σ_{i∈k} |y_i − m| per group. */
  totalAbsolute: Float64Array;
  minimums: Float64Array;
  maximums: Float64Array;
  /** Total, within-group and between-group sums of squares. */
  SST: number;
  SSW: number;
  SSB: number;
}

/**
 * Computes the group statistics of `values` split by `codes`. A row is used when its code is
 * at least 0 and its value is not NaN. Cost: two passes over the rows, O(n + groups).
 */
export function computeGroupStatistics(values: Float64Array, codes: Int32Array, groupCount: number): GroupStatistics {
  const rowCount = values.length;
  const counts = new Float64Array(groupCount);
  const shiftedSums = new Float64Array(groupCount);
  const firstRows = new Float64Array(groupCount).fill(Number.POSITIVE_INFINITY);

  let pivot = Number.NaN;
  for (let row = 0; row < rowCount; row++) {
    const code = codes[row];
    const value = values[row];
    if (code < 0 || value !== value) continue;
    if (pivot !== pivot) pivot = value;
    if (counts[code] === 0) firstRows[code] = row;
    counts[code]++;
    shiftedSums[code] += value - pivot;
  }

  let n = 0;
  let shiftedTotal = 0;
  const shiftedMeans = new Float64Array(groupCount);
  for (let code = 0; code < groupCount; code++) {
    n += counts[code];
    shiftedTotal += shiftedSums[code];
    shiftedMeans[code] = counts[code] > 0 ? shiftedSums[code] / counts[code] : 0;
  }
  const shiftedMean = n > 0 ? shiftedTotal / n : 0;

  const withinSquares = new Float64Array(groupCount);
  const totalSquares = new Float64Array(groupCount);
  const withinAbsolute = new Float64Array(groupCount);
  const totalAbsolute = new Float64Array(groupCount);
  const minimums = new Float64Array(groupCount).fill(Number.POSITIVE_INFINITY);
  const maximums = new Float64Array(groupCount).fill(Number.NEGATIVE_INFINITY);

  for (let row = 0; row < rowCount; row++) {
    const code = codes[row];
    const value = values[row];
    if (code < 0 || value !== value) continue;
    const shifted = value - pivot;
    const fromGroup = shifted - shiftedMeans[code];
    const fromAll = shifted - shiftedMean;
    withinSquares[code] += fromGroup * fromGroup;
    totalSquares[code] += fromAll * fromAll;
    withinAbsolute[code] += Math.abs(fromGroup);
    totalAbsolute[code] += Math.abs(fromAll);
    if (value < minimums[code]) minimums[code] = value;
    if (value > maximums[code]) maximums[code] = value;
  }

  return compactGroups({
    n,
    pivot,
    counts,
    firstRows,
    shiftedMeans,
    shiftedMean,
    withinSquares,
    totalSquares,
    withinAbsolute,
    totalAbsolute,
    minimums,
    maximums,
  });
}

interface RawSums {
  n: number;
  pivot: number;
  counts: Float64Array;
  firstRows: Float64Array;
  shiftedMeans: Float64Array;
  shiftedMean: number;
  withinSquares: Float64Array;
  totalSquares: Float64Array;
  withinAbsolute: Float64Array;
  totalAbsolute: Float64Array;
  minimums: Float64Array;
  maximums: Float64Array;
}

/**
 * Drops groups without rows, orders the rest by their first used row, and adds up SST, SSW
 * and SSB from the shifted means.
 */
function compactGroups(raw: RawSums): GroupStatistics {
  const kept: number[] = [];
  for (let code = 0; code < raw.counts.length; code++) if (raw.counts[code] > 0) kept.push(code);
  kept.sort((a, b) => raw.firstRows[a] - raw.firstRows[b]);
  const groupCount = kept.length;
  const pick = (source: Float64Array) => Float64Array.from(kept, (code) => source[code]);

  let SST = 0;
  let SSW = 0;
  let SSB = 0;
  for (const code of kept) {
    SST += raw.totalSquares[code];
    SSW += raw.withinSquares[code];
    const offset = raw.shiftedMeans[code] - raw.shiftedMean;
    SSB += raw.counts[code] * offset * offset;
  }

  const pivot = raw.n > 0 ? raw.pivot : 0;
  return {
    n: raw.n,
    groupCount,
    groupCodes: Int32Array.from(kept),
    counts: pick(raw.counts),
    means: Float64Array.from(kept, (code) => pivot + raw.shiftedMeans[code]),
    mean: pivot + raw.shiftedMean,
    withinSquares: pick(raw.withinSquares),
    totalSquares: pick(raw.totalSquares),
    withinAbsolute: pick(raw.withinAbsolute),
    totalAbsolute: pick(raw.totalAbsolute),
    minimums: pick(raw.minimums),
    maximums: pick(raw.maximums),
    SST,
    SSW,
    SSB,
  };
}
