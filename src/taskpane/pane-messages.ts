/** The pane's closing messages: what a finished ranking found, and what a failure means for the user. */
import { EngineInputError, type ScanResult } from "../engine";
import { WorkbookError } from "../adapters/office/workbook-error";
import { CancelledError } from "./read-region";
import { MissingColumnError } from "./analysis";
import type { RankingRecord } from "./ranking-record";
import type { PaneMessage, PaneStore } from "./pane-state";

export function doneMessage(store: PaneStore, record: RankingRecord, scan: ScanResult): PaneMessage {
  const best = scan.criteria.find((criterion) => criterion.rank === 1);
  if (!best) return { kind: "info", text: store.text("pane.doneNone", { sheet: record.sheetName }) };
  return { kind: "success", text: store.text("pane.done", { sheet: record.sheetName, best: best.criterion }) };
}

/** Turns any failure into a message stating what happened and what to do next. */
export function messageFor(store: PaneStore, error: unknown): PaneMessage {
  if (error instanceof CancelledError) return { kind: "info", text: store.text("pane.cancelled") };
  if (error instanceof WorkbookError) return { kind: "error", text: store.text(`pane.error.${error.reason}`, { detail: error.detail }) };
  if (error instanceof MissingColumnError) return { kind: "error", text: store.text("pane.error.sourceMissing", { detail: error.column }) };
  const detail = error instanceof EngineInputError || error instanceof Error ? error.message : String(error);
  return { kind: "error", text: store.text("pane.error.unexpected", { detail }) };
}
