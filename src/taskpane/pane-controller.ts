/**
 * The task pane's logic, free of the DOM and of Office.js: it finds the data, ranks the
 * criteria, writes and refreshes ranking sheets and applies formulas through a `WorkbookPort`,
 * and publishes a `PaneState` that the view renders. Its steps are in separate files: the state
 * in pane-state.ts, the scan in compute-ranking.ts, the sheet and its record in ranking-sheet.ts,
 * Apply in apply-formulas.ts and the messages in pane-messages.ts.
 */
import { readTable } from "../sheet";
import { noteText, type Language } from "../i18n/locale";
import type { PaneMessageId } from "../i18n/taskpane";
import type { WorkbookPort } from "../adapters/office/port";
import { readRegion } from "./read-region";
import { InlineScanJob, type ScanJobFactory } from "./scan-job";
import { findRecord, readRecords, saveRecord, type RankingRecord, type RankOptions } from "./ranking-record";
import { AutoRefresh, DEBOUNCE_MS } from "./auto-refresh";
import { describeColumn, SKIPPED_KINDS } from "./column-choice";
import { PaneStore, type Listener, type PaneContext, type PaneMessage, type PaneState } from "./pane-state";
import { computeRanking } from "./compute-ranking";
import { newSheetName, rewriteRankingSheet, writeRankingSheet } from "./ranking-sheet";
import { applyFormulas } from "./apply-formulas";
import { doneMessage, messageFor } from "./pane-messages";

export type { ColumnChoice } from "./column-choice";
export type { PaneMessage, PaneState, Progress } from "./pane-state";

/** Rows read to classify the columns before ranking. */
export const PREVIEW_ROWS = 1_000;

/** Above this many rows, each automatic refresh is costly, and the pane warns about it. */
export const AUTO_REFRESH_ROW_LIMIT = 100_000;

export class PaneController {
  private readonly store: PaneStore;
  private readonly context: PaneContext;
  private abort: AbortController | null = null;
  private readonly autoRefresh: AutoRefresh;

  constructor(
    private readonly port: WorkbookPort,
    language: Language,
    now: () => Date = () => new Date(),
    autoRefreshDelayMs = DEBOUNCE_MS,
    createScanJob: ScanJobFactory = () => new InlineScanJob(),
  ) {
    this.store = new PaneStore(language);
    this.context = { port, store: this.store, now, createScanJob };
    this.autoRefresh = new AutoRefresh(port, () => this.refresh(), autoRefreshDelayMs);
  }

  get state(): PaneState {
    return this.store.state;
  }

  subscribe(listener: Listener): () => void {
    return this.store.subscribe(listener);
  }

  private get current(): PaneState {
    return this.store.state;
  }

  private update(change: Partial<PaneState>): void {
    this.store.update(change);
  }

  private text(id: PaneMessageId, params: Record<string, string | number> = {}): string {
    return this.store.text(id, params);
  }

  /** Finds the data around the selection and classifies its columns from the first rows. */
  async loadData(): Promise<void> {
    this.update({ loading: true, message: { kind: "info", text: this.text("pane.loading") } });
    try {
      const region = await this.port.findData();
      const grid = await readRegion(this.port, region, { maxRows: PREVIEW_ROWS + 1 });
      const table = readTable(grid, { firstColumn: region.left });
      const columns = table.columns.map((column) => describeColumn(column));
      const activeName = columns.find((column) => column.index === region.activeColumn && column.numeric)?.name;
      const target = activeName ?? columns.find((column) => column.numeric)?.name ?? null;
      this.update({
        loading: false,
        region,
        headerRow: table.headerRow,
        previewRows: region.rowCount > grid.length ? table.rowCount : null,
        columns: columns.map((column) => ({ ...column, checked: column.checked && column.name !== target })),
        target,
        message: target === null ? { kind: "error", text: this.text("pane.error.noTarget") } : null,
      });
      await this.showRankingOfActiveSheet();
    } catch (error) {
      this.update({ loading: false, region: null, columns: [], target: null, message: this.messageFor(error) });
    }
  }

  /** Makes a column the target; the previous target becomes a criterion again unless its kind is skipped. */
  setTarget(name: string): void {
    const previous = this.current.target;
    const columns = this.current.columns.map((column) => {
      if (column.name === name) return { ...column, checked: false };
      if (column.name === previous) return { ...column, checked: !SKIPPED_KINDS.has(column.kind) };
      return column;
    });
    this.update({ target: name, columns });
  }

  setChecked(name: string, checked: boolean): void {
    this.update({ columns: this.current.columns.map((column) => (column.name === name ? { ...column, checked } : column)) });
  }

  setOptions(change: Partial<RankOptions>): void {
    this.update({ options: { ...this.current.options, ...change } });
  }

  setApplyCriterion(name: string): void {
    this.update({ applyCriterion: name });
  }

  cancel(): void {
    this.abort?.abort();
  }

  get busy(): boolean {
    return this.current.progress !== null;
  }

  /** Reads every row, scores the ticked criteria and writes a new ranking sheet. */
  async rank(): Promise<void> {
    const { region, target, columns, options } = this.current;
    if (this.busy || !region) return;
    const targetColumn = columns.find((column) => column.name === target);
    if (!targetColumn) return this.update({ message: { kind: "error", text: this.text("pane.error.noTarget") } });
    const criteria = columns.filter((column) => column.checked && column.name !== target);
    if (criteria.length === 0) return this.update({ message: { kind: "error", text: this.text("pane.error.noCriteria") } });

    await this.runTask(async (signal) => {
      const source = await this.port.locate(region);
      const computed = await computeRanking(this.context, source, targetColumn, criteria, options, signal);
      // A target with no spread (or a single number) leaves nothing to rank, so the pane writes
      // no sheet and gives the reason, as the command line does.
      const targetNote = computed.scan.note;
      if (targetNote !== null) {
        return this.update({ message: { kind: "error", text: this.text("pane.error.nothingToScore", { target: computed.scan.target, reason: noteText(targetNote, this.current.language) }) } });
      }
      const name = await newSheetName(this.context, computed);
      const record = await writeRankingSheet(this.context, name, computed, { source, options, autoRefresh: false });
      this.update({ ranking: record, applyCriterion: record.ranked[0]?.name ?? null, message: doneMessage(this.store, record, computed.scan) });
    });
  }

  /** Recomputes the ranking shown in the pane (or of the active sheet) in place. */
  async refresh(): Promise<void> {
    if (this.busy) return;
    const ranking = this.current.ranking ?? (await this.rankingOfActiveSheet());
    if (!ranking) return;
    await this.runTask(async (signal) => {
      const source = await this.port.locate(ranking.source);
      const computed = await computeRanking(this.context, source, ranking.target, ranking.criteria, ranking.options, signal);
      const base = { source, options: ranking.options, autoRefresh: ranking.autoRefresh };
      const record = await rewriteRankingSheet(this.context, ranking, computed, base);
      this.update({ ranking: record, message: { kind: "success", text: this.text("pane.refreshed", { sheet: record.sheetName }) } });
      if (record.autoRefresh) await this.autoRefresh.watch(record.source);
    });
  }

  /** Turns the automatic refresh of the current ranking on or off and remembers the choice. */
  async setAutoRefresh(on: boolean): Promise<void> {
    const ranking = this.current.ranking;
    if (!ranking) return;
    const updated = { ...ranking, autoRefresh: on };
    this.update({ ranking: updated });
    try {
      await saveRecord(this.port, updated);
      if (on) await this.autoRefresh.watch(updated.source);
      else await this.autoRefresh.stop();
    } catch (error) {
      this.update({ message: this.messageFor(error) });
    }
  }

  /** Adds live RANK_WITHIN and ZSCORE_WITHIN columns for the chosen criterion beside the data. */
  async apply(): Promise<void> {
    const ranking = this.current.ranking;
    const criterion = ranking?.ranked.find((column) => column.name === this.current.applyCriterion);
    if (this.busy || !ranking || !criterion) return;
    await this.runTask(async () => {
      const message = await applyFormulas(this.context, ranking, criterion);
      this.update({ message });
    });
  }

  /** Shows the ranking of each ranking sheet the user activates; other sheets leave the pane as it is. */
  async followActiveSheet(): Promise<void> {
    await this.port.watchActiveSheet((sheet) => {
      void this.showRankingOf(sheet).catch((error: unknown) => this.update({ message: this.messageFor(error) }));
    });
  }

  private async showRankingOf(sheet: { sheetId: string; sheetName: string }): Promise<void> {
    if (this.busy || this.current.ranking?.sheetId === sheet.sheetId) return;
    const ranking = findRecord(await readRecords(this.port), sheet);
    if (!ranking) return;
    this.update({ ranking, applyCriterion: ranking.ranked[0]?.name ?? null });
    if (ranking.autoRefresh) await this.autoRefresh.watch(ranking.source);
    else await this.autoRefresh.stop();
  }

  /** Shows the ranking of the active sheet, when it is a ranking sheet. */
  async showRankingOfActiveSheet(): Promise<void> {
    const ranking = await this.rankingOfActiveSheet();
    if (!ranking) return;
    this.update({ ranking, applyCriterion: ranking.ranked[0]?.name ?? null });
    if (ranking.autoRefresh) await this.autoRefresh.watch(ranking.source);
  }

  private async rankingOfActiveSheet(): Promise<RankingRecord | null> {
    const [records, active] = await Promise.all([readRecords(this.port), this.port.activeSheet()]);
    return findRecord(records, active);
  }

  /** Runs a long task with a fresh cancel signal; turns failures and cancellation into a message. */
  private async runTask(task: (signal: AbortSignal) => Promise<void>): Promise<void> {
    this.abort = new AbortController();
    this.update({ message: null, progress: { phase: "reading", done: 0, total: 0, text: "" } });
    try {
      await task(this.abort.signal);
    } catch (error) {
      this.update({ message: this.messageFor(error) });
    } finally {
      this.abort = null;
      this.update({ progress: null });
    }
  }

  /** Turns any failure into a message stating what happened and what to do next. */
  messageFor(error: unknown): PaneMessage {
    return messageFor(this.store, error);
  }
}
