/**
 * The task pane's state and its one writer: every change goes through `PaneStore.update`, which
 * passes the new state to each subscribed listener (the view).
 */
import type { Language } from "../i18n/locale";
import { paneText, type PaneMessageId } from "../i18n/taskpane";
import type { DataRegion, WorkbookPort } from "../adapters/office/port";
import type { ColumnChoice } from "./column-choice";
import { DEFAULT_OPTIONS, type RankingRecord, type RankOptions } from "./ranking-record";
import type { ScanJobFactory } from "./scan-job";

export interface Progress {
  phase: "reading" | "scoring" | "pairs" | "writing";
  done: number;
  total: number;
  text: string;
}

export interface PaneMessage {
  kind: "info" | "success" | "error";
  text: string;
}

export interface PaneState {
  language: Language;
  loading: boolean;
  region: DataRegion | null;
  /** Rows that the column kinds were judged from, when fewer than the data's rows. */
  previewRows: number | null;
  headerRow: number | null;
  columns: ColumnChoice[];
  target: string | null;
  options: RankOptions;
  progress: Progress | null;
  message: PaneMessage | null;
  ranking: RankingRecord | null;
  applyCriterion: string | null;
}

export type Listener = (state: PaneState) => void;

/** The services shared by the pane's steps: the workbook, the state, the clock for the sheet's date and the scan jobs. */
export interface PaneContext {
  port: WorkbookPort;
  store: PaneStore;
  now: () => Date;
  createScanJob: ScanJobFactory;
}

export class PaneStore {
  private current: PaneState;
  private readonly listeners = new Set<Listener>();

  constructor(language: Language) {
    this.current = {
      language,
      loading: false,
      region: null,
      previewRows: null,
      headerRow: null,
      columns: [],
      target: null,
      options: { ...DEFAULT_OPTIONS },
      progress: null,
      message: null,
      ranking: null,
      applyCriterion: null,
    };
  }

  get state(): PaneState {
    return this.current;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  update(change: Partial<PaneState>): void {
    this.current = { ...this.current, ...change };
    for (const listener of this.listeners) listener(this.current);
  }

  /** Looks up a pane message in the pane's language. */
  text(id: PaneMessageId, params: Record<string, string | number> = {}): string {
    return paneText(id, params, this.current.language);
  }

  progress(phase: Progress["phase"], done: number, total: number, text: string): void {
    this.update({ progress: { phase, done, total, text } });
  }
}
