import { classifyColumn } from "./column-kind";
import { rankCriteria } from "./criterion-order";
import { prepareTarget, summarizeScan, type ColumnInput, type CriterionResult, type ScanOptions, type ScanResult } from "./criterion-scan";
import { scoreCriterion } from "./criterion-score";
import { encodeGroups, type GroupCoding } from "./group-key";
import { quantileBins } from "./quantile-bins";
import type { CellValue } from "./types";

/** Joins the two labels of a pair criterion, as in "40s × F". */
export const PAIR_SEPARATOR = " × ";

/**
 * Codes a candidate column as the scan uses it: numeric and date columns with many values
 * by their quantile bins, everything else by its labels (see `scoreCandidate`).
 */
export function criterionCoding(cells: readonly (CellValue | undefined)[], options: ScanOptions = {}): GroupCoding {
  const classification = classifyColumn(cells, options);
  if (classification.kind !== "numericBinned" && !classification.binnedDates) return encodeGroups(cells, { keepBlanks: options.keepBlanks });
  const binning = quantileBins(cells, options.bins ?? 4, classification.binnedDates ? { formatValue: isoDate } : {});
  return { codes: binning.codes, groupCount: binning.binCount, firstLabels: binning.binLabels, leftOut: { blankLabel: 0, errorLabel: 0 } };
}

/**
 * Combines two codings into one whose groups are the pairs of groups that occur, numbered in
 * order of first appearance. A row without a group in either column has none in the pair.
 */
export function combineCodings(first: GroupCoding, second: GroupCoding): GroupCoding {
  const rows = first.codes.length;
  const codes = new Int32Array(rows);
  const pairIndex = new Map<number, number>();
  const firstLabels: CellValue[] = [];
  for (let row = 0; row < rows; row++) {
    const a = first.codes[row];
    const b = second.codes[row];
    if (a < 0 || b < 0) {
      codes[row] = -1;
      continue;
    }
    const key = a * second.groupCount + b;
    let code = pairIndex.get(key);
    if (code === undefined) {
      code = firstLabels.length;
      pairIndex.set(key, code);
      firstLabels.push(labelText(first.firstLabels[a]) + PAIR_SEPARATOR + labelText(second.firstLabels[b]));
    }
    codes[row] = code;
  }
  return { codes, groupCount: firstLabels.length, firstLabels, leftOut: { blankLabel: 0, errorLabel: 0 } };
}

/**
 * Scores every pair of the given candidate columns as one combined criterion ("age band × gender")
 * and ranks the pairs by honest normalized loss, which does not reward the finer split that a pair
 * always is. Returns a scan result whose criteria are named "A × B".
 */
export function scanCriterionPairs(target: ColumnInput, candidates: readonly ColumnInput[], options: ScanOptions = {}): ScanResult {
  const distance = options.distance ?? "euclidean";
  const prepared = prepareTarget(target);
  const codings = candidates.map((candidate) => criterionCoding(candidate.cells, options));
  const results: CriterionResult[] = [];
  const total = (candidates.length * (candidates.length - 1)) / 2;
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      results.push(scorePair(prepared.column.values, `${candidates[i].name}${PAIR_SEPARATOR}${candidates[j].name}`, combineCodings(codings[i], codings[j]), distance, prepared.note));
      options.onProgress?.(results.length, total);
    }
  }
  const summary = summarizeScan(prepared, results, { ...options, key: "honestNormalizedLoss" });
  return { ...summary, criteria: rankCriteria(summary.criteria, distance, "honestNormalizedLoss") };
}

function scorePair(values: Float64Array, name: string, coding: GroupCoding, distance: ScanOptions["distance"], targetNote: CriterionResult["note"]): CriterionResult {
  const result: CriterionResult = { rank: null, criterion: name, kind: "categorical", binCount: null, score: null, pHolm: null, note: null, rowsLeftOut: { blankLabel: 0, errorLabel: 0 } };
  if (targetNote) return { ...result, note: targetNote };
  for (let row = 0; row < values.length; row++) if (coding.codes[row] < 0 && !Number.isNaN(values[row])) result.rowsLeftOut.blankLabel++;
  const score = scoreCriterion(values, coding, distance);
  return { ...result, score, note: score.note };
}

function labelText(label: CellValue): string {
  if (label === null) return "";
  if (label instanceof Date) return isoDate(label.getTime() / 86_400_000 + 25_569);
  if (typeof label === "object") return label.error;
  return String(label);
}

function isoDate(serial: number): string {
  return new Date(Math.round((serial - 25_569) * 86_400_000)).toISOString().slice(0, 10);
}
