import { numericValue } from "./cells";
import { EngineInputError } from "./engine-input-error";
import { minimumInRange, selectInPlace } from "./quickselect";
import type { CellValue } from "./types";

/** Quantile bins of a numeric column. */
export interface QuantileBinning {
  /** Per row: the bin's label ("Q2: 8–16"), or `null` where the cell is not a number. Built on each read. */
  readonly labels: (string | null)[];
  /** Per row: the bin index from 0, or -1 where the cell is not a number. */
  codes: Int32Array;
  /** Bin edges e_0 < e_1 < … < e_B (R's type-7 quantiles, duplicates merged). */
  edges: number[];
  /** Number of bins; fewer than requested when quantiles coincide. */
  binCount: number;
  /** Label of each bin, by index. */
  binLabels: string[];
}

/** Options of `quantileBins`. */
export interface QuantileBinOptions {
  /** Formats a bin's smallest and largest member; dates pass a date formatter. */
  formatValue?: (value: number) => string;
}

/**
 * Cuts a numeric column into `bins` groups of about equal size at its quantiles (R's type 7, the
 * definition of Excel's PERCENTILE.INC). Bins are (e_{j−1}, e_j], the first one closed, so each
 * value falls in exactly one. Labels name each bin by the smallest and largest value it contains:
 * quartiles of 0…60 with edges 0, 7, 16, 27, 60 give "Q1: 0–7", "Q2: 8–16", "Q3: 17–27", "Q4: 28–60".
 */
export function quantileBins(cells: ArrayLike<CellValue | undefined>, bins = 4, options: QuantileBinOptions = {}): QuantileBinning {
  if (!Number.isInteger(bins) || bins < 2 || bins > 100) {
    throw new EngineInputError("invalidBins", { bins: String(bins) }, `Invalid number of bins ${String(bins)}; use a whole number from 2 to 100.`);
  }
  // The numbers are gathered into one buffer that selection then reorders, and the second pass
  // reads the cells again instead of keeping a row-aligned copy: one large allocation fewer.
  const buffer = new Float64Array(cells.length);
  let numberCount = 0;
  for (let row = 0; row < cells.length; row++) {
    const value = numericValue(cells[row]);
    if (!Number.isNaN(value)) buffer[numberCount++] = value;
  }
  const edges = quantileEdges(buffer.subarray(0, numberCount), bins);
  const binCount = Math.max(edges.length - 1, numberCount > 0 ? 1 : 0);

  const codes = new Int32Array(cells.length);
  const smallest = new Float64Array(binCount).fill(Number.POSITIVE_INFINITY);
  const largest = new Float64Array(binCount).fill(Number.NEGATIVE_INFINITY);
  for (let row = 0; row < cells.length; row++) {
    const value = numericValue(cells[row]);
    if (Number.isNaN(value)) {
      codes[row] = -1;
      continue;
    }
    const bin = binIndex(edges, value);
    codes[row] = bin;
    if (value < smallest[bin]) smallest[bin] = value;
    if (value > largest[bin]) largest[bin] = value;
  }

  const format = options.formatValue ?? formatBinValue;
  const binLabels = Array.from({ length: binCount }, (_, bin) => {
    const low = format(smallest[bin]);
    const high = format(largest[bin]);
    return `Q${bin + 1}: ${low === high ? low : `${low}–${high}`}`;
  });
  return {
    get labels() {
      return Array.from(codes, (code) => (code < 0 ? null : binLabels[code]));
    },
    codes,
    edges,
    binCount,
    binLabels,
  };
}

/**
 * R type-7 quantiles at 0, 1/B, …, 1 of `numbers`, with repeated edges removed. The array is
 * reordered: each needed order statistic is selected in turn from the part not yet settled,
 * which costs O(n·B) instead of a full sort's O(n log n).
 */
function quantileEdges(numbers: Float64Array, bins: number): number[] {
  const count = numbers.length;
  if (count === 0) return [];
  const edges: number[] = [];
  let settled = 0;
  for (let j = 0; j <= bins; j++) {
    const position = ((count - 1) * j) / bins;
    const below = Math.floor(position);
    const fraction = position - below;
    selectInPlace(numbers, below, settled, count - 1);
    settled = below;
    const lower = numbers[below];
    const upper = fraction > 0 && below + 1 < count ? minimumInRange(numbers, below + 1, count - 1) : lower;
    const edge = lower + fraction * (upper - lower);
    if (edges.length === 0 || edge > edges[edges.length - 1]) edges.push(edge);
  }
  return edges;
}

/** Returns the index j of the bin (e_j, e_{j+1}] that contains `value`. The first bin also contains e_0. */
function binIndex(edges: number[], value: number): number {
  let low = 1;
  let high = edges.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (value <= edges[middle]) high = middle;
    else low = middle + 1;
  }
  return Math.max(low - 1, 0);
}

/** Formats a bin boundary with up to six significant digits and no trailing zeros. */
export function formatBinValue(value: number): string {
  return String(Number(value.toPrecision(6)));
}
