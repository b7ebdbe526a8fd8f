import { toValueColumn, type ValueColumn } from "./cells";
import { classifyAndEncode, type ClassifyOptions } from "./column-kind";
import { scoreCriterion } from "./criterion-score";
import type { GroupCoding } from "./group-key";
import { quantileBins } from "./quantile-bins";
import { rankCriteria } from "./criterion-order";
import type { CellValue, ColumnKind, CriterionScore, Distance, NoteId, RankingKey } from "./types";

/** A named column of cells. */
export interface ColumnInput {
  name: string;
  cells: readonly (CellValue | undefined)[];
}

/** Options of a criterion scan. */
export interface ScanOptions extends ClassifyOptions {
  distance?: Distance;
  key?: RankingKey;
  /** Quantile bins for numeric columns with many distinct values (default 4). */
  bins?: number;
  /** Keep blank labels as one group of their own. */
  keepBlanks?: boolean;
  /** Called after each candidate column with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
}

/** One candidate column's outcome. */
export interface CriterionResult {
  /** 1 for the best criterion; `null` for a column that could not be ranked. */
  rank: number | null;
  criterion: string;
  kind: ColumnKind;
  /** Number of quantile bins when the column was binned. */
  binCount: number | null;
  score: CriterionScore | null;
  /** Holm-adjusted p-value across the ranked criteria. */
  pHolm: number | null;
  note: NoteId | null;
  /** Rows with a numeric target that this criterion left out. */
  rowsLeftOut: { blankLabel: number; errorLabel: number };
}

/** The ranking of every candidate column as a criterion for the target. */
export interface ScanResult {
  target: string;
  /** Data rows in the target column. */
  rows: number;
  /** Rows whose target is a number. */
  rowsUsed: number;
  targetSkipped: { blank: number; notANumber: number; error: number };
  distance: Distance;
  key: RankingKey;
  bins: number;
  /** Ranked criteria first, best first, then the ones that could not be ranked, with their note. */
  criteria: CriterionResult[];
  /** Set when no criterion can be scored at all ("noRows" or "noVariation"). */
  note: NoteId | null;
}

const SKIPPED_KINDS: ReadonlySet<ColumnKind> = new Set(["uniquePerRow", "constant", "mostlyBlank"]);

/** The target column prepared once for scoring many candidates. */
export interface PreparedTarget {
  name: string;
  column: ValueColumn;
  note: NoteId | null;
}

/** Converts the target cells to numbers and decides whether any criterion can be scored. */
export function prepareTarget(target: ColumnInput): PreparedTarget {
  const column = toValueColumn(target.cells);
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  let numbers = 0;
  for (const value of column.values) {
    if (Number.isNaN(value)) continue;
    numbers++;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  // One number is also min == max, but the problem is the single row, not equal values.
  let note: NoteId | null = null;
  if (numbers === 0) note = "noRows";
  else if (numbers === 1) note = "oneRow";
  else if (low === high) note = "noVariation";
  return { name: target.name, column, note };
}

/** Classifies one candidate column and scores it against the prepared target. */
export function scoreCandidate(target: PreparedTarget, candidate: ColumnInput, options: ScanOptions = {}): CriterionResult {
  const distance = options.distance ?? "euclidean";
  const { classification, coding: categories } = classifyAndEncode(candidate.cells, options);
  const result: CriterionResult = {
    rank: null,
    criterion: candidate.name,
    kind: classification.kind,
    binCount: null,
    score: null,
    pHolm: null,
    note: null,
    rowsLeftOut: { blankLabel: 0, errorLabel: 0 },
  };
  // With one target row every candidate looks constant; the single row is the reason to report.
  if (target.note === "oneRow") return { ...result, note: target.note };
  if (SKIPPED_KINDS.has(classification.kind)) return { ...result, note: classification.kind as NoteId };
  if (target.note) return { ...result, note: target.note };

  const binned = classification.kind === "numericBinned" || classification.binnedDates;
  const coding = categories ?? binnedCoding(candidate.cells, options.bins ?? 4, classification.kind === "date");
  const values = target.column.values;
  for (let row = 0; row < values.length; row++) {
    if (coding.codes[row] >= 0 || Number.isNaN(values[row])) continue;
    const cell = candidate.cells[row];
    if (cell === null || cell === undefined || cell === "") result.rowsLeftOut.blankLabel++;
    else result.rowsLeftOut.errorLabel++;
  }

  const score = scoreCriterion(values, coding, distance);
  return { ...result, binCount: binned ? coding.groupCount : null, score, note: score.note };
}

/** Scores every candidate column as a criterion for the target and ranks them. */
export function scanCriteria(target: ColumnInput, candidates: readonly ColumnInput[], options: ScanOptions = {}): ScanResult {
  const prepared = prepareTarget(target);
  const results: CriterionResult[] = [];
  candidates.forEach((candidate, index) => {
    results.push(scoreCandidate(prepared, candidate, options));
    options.onProgress?.(index + 1, candidates.length);
  });
  return summarizeScan(prepared, results, options);
}

/** Ranks scored candidates (see `rankCriteria`) and wraps them with the target's counts. */
export function summarizeScan(target: PreparedTarget, results: CriterionResult[], options: ScanOptions = {}): ScanResult {
  const distance = options.distance ?? "euclidean";
  const key = options.key ?? "honestNormalizedLoss";
  const skipped = target.column.skipped;
  return {
    target: target.name,
    rows: target.column.values.length,
    rowsUsed: target.column.values.length - skipped.blank - skipped.notANumber - skipped.error,
    targetSkipped: { ...skipped },
    distance,
    key,
    bins: options.bins ?? 4,
    criteria: rankCriteria(results, distance, key),
    note: target.note,
  };
}

function binnedCoding(cells: readonly (CellValue | undefined)[], bins: number, dates: boolean): GroupCoding {
  const binning = quantileBins(cells, bins, dates ? { formatValue: formatSerialDate } : {});
  let blankLabel = 0;
  let errorLabel = 0;
  for (let row = 0; row < cells.length; row++) {
    if (binning.codes[row] >= 0) continue;
    const cell = cells[row];
    if (cell === null || cell === undefined || cell === "") blankLabel++;
    else errorLabel++;
  }
  return { codes: binning.codes, groupCount: binning.binCount, firstLabels: binning.binLabels, leftOut: { blankLabel, errorLabel } };
}

/** Formats an Excel serial number as an ISO date (yyyy-mm-dd). */
function formatSerialDate(serial: number): string {
  return new Date(Math.round((serial - 25_569) * 86_400_000)).toISOString().slice(0, 10);
}
