/**
 * Computing a ranking from a source region: reads every row into a scan job, scans the criteria
 * (and their pairs when asked) and names the columns that the ranking's record keeps.
 */
import type { ColumnKind, ScanResult } from "../engine";
import type { DataRegion } from "../adapters/office/port";
import { WorkbookError } from "../adapters/office/workbook-error";
import { readRegion, throwIfCancelled } from "./read-region";
import { MissingColumnError, type AnalysisResult } from "./analysis";
import type { RankOptions, RecordedColumn } from "./ranking-record";
import type { PaneContext } from "./pane-state";

/** The result of `computeRanking`: the scans and the columns to record. */
export interface ComputedRanking {
  scan: ScanResult;
  pairs: ScanResult | null;
  headerRow: number | null;
  target: RecordedColumn;
  criteria: RecordedColumn[];
  ranked: RecordedColumn[];
}

/** Reads all rows of the source into a scan job and scans the criteria (and their pairs when asked). */
export async function computeRanking(
  context: PaneContext,
  source: DataRegion,
  target: RecordedColumn,
  criteria: readonly RecordedColumn[],
  options: RankOptions,
  signal: AbortSignal,
): Promise<ComputedRanking> {
  const { port, store } = context;
  const job = context.createScanJob();
  const cancelJob = () => job.cancel();
  signal.addEventListener("abort", cancelJob);
  try {
    await readRegion(port, source, {
      signal,
      onRows: (rows) => job.addRows(rows),
      onProgress: (done, total) => store.progress("reading", done, total, store.text("pane.reading", { done, total })),
    });
    const request = { firstColumn: source.left, target, criteria: [...criteria], options };
    const result = await job.run(request, (phase, done, total) =>
      store.progress(phase, done, total, store.text(phase === "scoring" ? "pane.scoring" : "pane.scoringPairs", { done, total })),
    );
    throwIfCancelled(signal);
    return recordColumns(result, target, criteria);
  } catch (error) {
    if (error instanceof MissingColumnError) throw new WorkbookError("sourceMissing", `${source.sheetName}, column ${error.column}`);
    throw error;
  } finally {
    signal.removeEventListener("abort", cancelJob);
    job.dispose();
  }
}

/** Names the target, criteria and ranked criteria at the columns where the scan found them. */
function recordColumns(result: AnalysisResult, target: RecordedColumn, criteria: readonly RecordedColumn[]): ComputedRanking {
  const recorded = (index: number, kind: ColumnKind) => ({ name: result.names[index], index, kind });
  const indexOf = new Map(result.criteriaIndexes.map((index) => [result.names[index], index]));
  const ranked = result.scan.criteria.filter((each) => each.rank !== null).map((each) => recorded(indexOf.get(each.criterion)!, each.kind));
  return {
    scan: result.scan,
    pairs: result.pairs,
    headerRow: result.headerRow,
    target: recorded(result.targetIndex, target.kind),
    criteria: criteria.map((criterion, position) => recorded(result.criteriaIndexes[position], criterion.kind)),
    ranked,
  };
}
