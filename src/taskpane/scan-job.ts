/**
 * One Rank criteria computation, fed the rows as they are read. `WorkerScanJob` runs it in the
 * scan worker, because on a million rows readTable and classifying an ID column each take about
 * a second, which would freeze the pane. `InlineScanJob` runs it on the pane's thread in slices.
 */
import type { CellValue } from "../engine/types";
import { analyze, MissingColumnError, type AnalysisProgress, type AnalysisRequest, type AnalysisResult } from "./analysis";
import { CancelledError } from "./read-region";

export type WorkerRequest = { type: "rows"; rows: CellValue[][] } | { type: "run"; request: AnalysisRequest };

export type WorkerReply =
  | { type: "progress"; phase: "scoring" | "pairs"; done: number; total: number }
  | { type: "result"; result: AnalysisResult }
  | { type: "error"; message: string; missingColumn: string | null };

export interface ScanJob {
  addRows(rows: CellValue[][]): void;
  run(request: AnalysisRequest, onProgress: AnalysisProgress): Promise<AnalysisResult>;
  /** Stops the computation; a pending `run` rejects with `CancelledError`. */
  cancel(): void;
  /** Frees the rows (and the worker). */
  dispose(): void;
}

export type ScanJobFactory = () => ScanJob;

export class InlineScanJob implements ScanJob {
  private grid: CellValue[][] = [];
  private readonly abort = new AbortController();

  addRows(rows: CellValue[][]): void {
    for (const row of rows) this.grid.push(row);
  }

  run(request: AnalysisRequest, onProgress: AnalysisProgress): Promise<AnalysisResult> {
    return analyze(this.grid, request, onProgress, this.abort.signal);
  }

  cancel(): void {
    this.abort.abort();
  }

  dispose(): void {
    this.grid = [];
  }
}

export class WorkerScanJob implements ScanJob {
  private readonly worker: Worker;
  private reject: ((error: unknown) => void) | null = null;

  constructor(url: string | URL) {
    this.worker = new Worker(url);
  }

  addRows(rows: CellValue[][]): void {
    this.worker.postMessage({ type: "rows", rows } satisfies WorkerRequest);
  }

  run(request: AnalysisRequest, onProgress: AnalysisProgress): Promise<AnalysisResult> {
    return new Promise((resolve, reject) => {
      this.reject = reject;
      this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.type === "progress") onProgress(reply.phase, reply.done, reply.total);
        else if (reply.type === "result") resolve(reply.result);
        else reject(reply.missingColumn !== null ? new MissingColumnError(reply.missingColumn) : new Error(reply.message));
      };
      this.worker.onerror = (event) => reject(new Error(event.message || "the scan worker failed to start"));
      this.worker.postMessage({ type: "run", request } satisfies WorkerRequest);
    });
  }

  cancel(): void {
    this.worker.terminate();
    this.reject?.(new CancelledError());
  }

  dispose(): void {
    this.worker.terminate();
  }
}
