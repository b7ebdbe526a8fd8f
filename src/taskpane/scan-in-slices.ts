/**
 * Running a criterion scan one candidate (or one pair) at a time, yielding to the event loop
 * between them. On the pane's thread this keeps the progress painting and Cancel working, and in
 * the worker it lets progress messages go out between candidates.
 */
import {
  prepareTarget,
  rankCriteria,
  scanCriterionPairs,
  scoreCandidate,
  summarizeScan,
  type ColumnInput,
  type CriterionResult,
  type ScanOptions,
  type ScanResult,
} from "../engine";
import { throwIfCancelled, yieldToEventLoop } from "./read-region";

export interface SliceOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** Computes the same result as `scanCriteria(target, candidates, options)`, in slices. */
export async function scanInSlices(target: ColumnInput, candidates: readonly ColumnInput[], options: ScanOptions, slices: SliceOptions = {}): Promise<ScanResult> {
  const prepared = prepareTarget(target);
  const results: CriterionResult[] = [];
  for (const candidate of candidates) {
    await yieldToEventLoop();
    throwIfCancelled(slices.signal);
    results.push(scoreCandidate(prepared, candidate, options));
    slices.onProgress?.(results.length, candidates.length);
  }
  return summarizeScan(prepared, results, options);
}

/** Most criteria whose pairs are scored: the top ones give at most 10 pairs. */
export const MAX_PAIR_CRITERIA = 5;

/**
 * Scores the pairs of the best-ranked criteria of a scan, one pair per slice, and ranks them
 * by honest normalized loss. Returns `null` when fewer than two criteria were ranked.
 */
export async function scanPairsInSlices(
  target: ColumnInput,
  columns: readonly ColumnInput[],
  scan: ScanResult,
  options: ScanOptions,
  slices: SliceOptions = {},
): Promise<ScanResult | null> {
  const best = scan.criteria.filter((criterion) => criterion.rank !== null).slice(0, MAX_PAIR_CRITERIA);
  if (best.length < 2) return null;
  const chosen = best.map((criterion) => columns.find((column) => column.name === criterion.criterion)!);
  const total = (chosen.length * (chosen.length - 1)) / 2;
  const results: CriterionResult[] = [];
  let summary: ScanResult | null = null;
  for (let i = 0; i < chosen.length; i++) {
    for (let j = i + 1; j < chosen.length; j++) {
      await yieldToEventLoop();
      throwIfCancelled(slices.signal);
      summary = scanCriterionPairs(target, [chosen[i], chosen[j]], options);
      results.push(summary.criteria[0]);
      slices.onProgress?.(results.length, total);
    }
  }
  const distance = options.distance ?? "euclidean";
  return { ...summary!, criteria: rankCriteria(results, distance, "honestNormalizedLoss") };
}
