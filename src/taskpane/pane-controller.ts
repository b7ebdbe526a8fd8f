/**
 * The task pane's logic, free of the DOM and of Office.js: it finds the data, ranks the
 * criteria, writes and refreshes ranking sheets and applies formulas through a `WorkbookPort`,
 * and publishes a `PaneState` that the view renders.
 */
import { classifyColumn, EngineInputError, type ColumnKind, type ScanResult } from "../engine";
import { readTable, sheetNameFor, buildRankingLayout, columnLetter, type SheetColumn } from "../sheet";
import type { CellLayout } from "../sheet/layout-types";
import { noteText, type Language } from "../i18n/locale";
import { paneText, type PaneMessageId } from "../i18n/taskpane";
import type { DataRegion, WorkbookPort } from "../adapters/office/port";
import { WorkbookError } from "../adapters/office/workbook-error";
import { CancelledError, readRegion, throwIfCancelled } from "./read-region";
import { MissingColumnError, resolveColumn } from "./analysis";
import { InlineScanJob, type ScanJobFactory } from "./scan-job";
import { DEFAULT_OPTIONS, findRecord, readRecords, saveRecord, type RankingRecord, type RankOptions, type RecordedColumn } from "./ranking-record";
import { AutoRefresh, DEBOUNCE_MS } from "./auto-refresh";

/** Rows read to classify the columns before ranking. */
export const PREVIEW_ROWS = 1_000;

/** Above this many rows, each automatic refresh is costly, and the pane warns about it. */
export const AUTO_REFRESH_ROW_LIMIT = 100_000;

const SKIPPED_KINDS: ReadonlySet<ColumnKind> = new Set(["uniquePerRow", "constant", "mostlyBlank"]);

export interface ColumnChoice {
  name: string;
  /** 0-based column inside the data region. */
  index: number;
  kind: ColumnKind;
  /** At least half of the column's filled cells are numbers, so it can be the target. */
  numeric: boolean;
  checked: boolean;
}

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

type Listener = (state: PaneState) => void;

/** What `compute` returns: the scans and the columns to record. */
interface Computed {
  scan: ScanResult;
  pairs: ScanResult | null;
  headerRow: number | null;
  target: RecordedColumn;
  criteria: RecordedColumn[];
  ranked: RecordedColumn[];
}

export class PaneController {
  private current: PaneState;
  private readonly listeners = new Set<Listener>();
  private abort: AbortController | null = null;
  private readonly autoRefresh: AutoRefresh;

  constructor(
    private readonly port: WorkbookPort,
    language: Language,
    private readonly now: () => Date = () => new Date(),
    autoRefreshDelayMs = DEBOUNCE_MS,
    private readonly createScanJob: ScanJobFactory = () => new InlineScanJob(),
  ) {
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
    this.autoRefresh = new AutoRefresh(port, () => this.refresh(), autoRefreshDelayMs);
  }

  get state(): PaneState {
    return this.current;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  private update(change: Partial<PaneState>): void {
    this.current = { ...this.current, ...change };
    for (const listener of this.listeners) listener(this.current);
  }

  private text(id: PaneMessageId, params: Record<string, string | number> = {}): string {
    return paneText(id, params, this.current.language);
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
      const computed = await this.compute(source, targetColumn, criteria, options, signal);
      // A target with no spread (or a single number) leaves nothing to rank: say why and write
      // no sheet, as the command line does.
      const targetNote = computed.scan.note;
      if (targetNote !== null) {
        return this.update({ message: { kind: "error", text: this.text("pane.error.nothingToScore", { target: computed.scan.target, reason: noteText(targetNote, this.current.language) }) } });
      }
      const name = sheetNameFor(computed.scan.target, await this.port.sheetNames(), this.current.language);
      const record = await this.writeSheet(name, computed, { source, options, autoRefresh: false });
      this.update({ ranking: record, applyCriterion: record.ranked[0]?.name ?? null, message: this.doneMessage(record, computed.scan) });
    });
  }

  /** Recomputes the ranking shown in the pane (or of the active sheet) in place. */
  async refresh(): Promise<void> {
    if (this.busy) return;
    const ranking = this.current.ranking ?? (await this.rankingOfActiveSheet());
    if (!ranking) return;
    await this.runTask(async (signal) => {
      const source = await this.port.locate(ranking.source);
      const computed = await this.compute(source, ranking.target, ranking.criteria, ranking.options, signal);
      const base = { source, options: ranking.options, autoRefresh: ranking.autoRefresh };
      this.progress("writing", 0, 1, this.text("pane.writing", { sheet: ranking.sheetName }));
      const rewritten = await this.port.rewriteRankingSheet(ranking.sheetId, this.layoutsFor(computed, source));
      let record: RankingRecord;
      if (rewritten) {
        record = this.recordFor(rewritten, computed, base);
        await saveRecord(this.port, record);
      } else {
        // The user deleted the ranking sheet: write a new one.
        const name = sheetNameFor(computed.scan.target, await this.port.sheetNames(), this.current.language);
        record = await this.writeSheet(name, computed, base);
        await saveRecord(this.port, record, ranking.sheetId);
      }
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
      const source = await this.port.locate(ranking.source);
      // The user may have inserted or moved columns since the ranking: find both by their headers.
      const firstRows = await this.port.readBlock(source, 0);
      const columnNames = readTable(firstRows.rows, { firstColumn: source.left, hasHeader: ranking.headerRow !== null }).columns.map((column) => column.name);
      const valueColumn = resolveColumn(columnNames, ranking.target);
      const groupColumn = resolveColumn(columnNames, criterion);
      const groups = criterion.kind === "numericBinned" ? `TRIPLET.GROUP_BINS({groups},${ranking.options.bins})` : "{groups}";
      const names = { target: ranking.target.name, criterion: criterion.name };
      const placement = await this.port.writeFormulaColumns({
        region: source,
        headerRow: ranking.headerRow,
        valueColumn,
        groupColumn,
        columns: [
          { header: this.text("pane.rankHeader", names), formula: `=TRIPLET.RANK_WITHIN({values},${groups})` },
          { header: this.text("pane.zHeader", names), formula: `=TRIPLET.ZSCORE_WITHIN({values},${groups})` },
        ],
      });
      const text = this.text("pane.applied", { ...names, address: placement.headerAddress, sheet: placement.sheetName });
      this.update({ message: { kind: "success", text } });
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

  private progress(phase: Progress["phase"], done: number, total: number, text: string): void {
    this.update({ progress: { phase, done, total, text } });
  }

  /** Reads all rows of the source into a scan job and scans the criteria (and their pairs when asked). */
  private async compute(source: DataRegion, target: RecordedColumn, criteria: readonly RecordedColumn[], options: RankOptions, signal: AbortSignal): Promise<Computed> {
    const job = this.createScanJob();
    const cancelJob = () => job.cancel();
    signal.addEventListener("abort", cancelJob);
    try {
      await readRegion(this.port, source, {
        signal,
        onRows: (rows) => job.addRows(rows),
        onProgress: (done, total) => this.progress("reading", done, total, this.text("pane.reading", { done, total })),
      });
      const request = { firstColumn: source.left, target, criteria: [...criteria], options };
      const result = await job.run(request, (phase, done, total) =>
        this.progress(phase, done, total, this.text(phase === "scoring" ? "pane.scoring" : "pane.scoringPairs", { done, total })),
      );
      throwIfCancelled(signal);

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
    } catch (error) {
      if (error instanceof MissingColumnError) throw new WorkbookError("sourceMissing", `${source.sheetName}, column ${error.column}`);
      throw error;
    } finally {
      signal.removeEventListener("abort", cancelJob);
      job.dispose();
    }
  }

  /** Writes the layouts into a new sheet and stores its record; removes the sheet if the record cannot be stored. */
  private async writeSheet(
    name: string,
    computed: Computed,
    base: { source: DataRegion; options: RankOptions; autoRefresh: boolean },
  ): Promise<RankingRecord> {
    this.progress("writing", 0, 1, this.text("pane.writing", { sheet: name }));
    const written = await this.port.writeRankingSheet(name, this.layoutsFor(computed, base.source));
    const record = this.recordFor(written, computed, base);
    try {
      await saveRecord(this.port, record);
    } catch (error) {
      await this.port.deleteSheet(written.sheetId);
      throw error;
    }
    return record;
  }

  /** The ranking layout, and the pairs' layout below it when pairs were scored: the same layout the command line writes. */
  private layoutsFor(computed: Computed, source: DataRegion): CellLayout[] {
    const context = { source: sourceLabel(source), sheet: source.sheetName, language: this.current.language, date: this.now() };
    const layouts = [buildRankingLayout(computed.scan, context)];
    if (computed.pairs) layouts.push(buildRankingLayout(computed.pairs, context, "TripletPairs"));
    return layouts;
  }

  private recordFor(written: { sheetId: string; sheetName: string }, computed: Computed, base: { source: DataRegion; options: RankOptions; autoRefresh: boolean }): RankingRecord {
    return {
      version: 1,
      sheetId: written.sheetId,
      sheetName: written.sheetName,
      source: base.source,
      headerRow: computed.headerRow,
      target: computed.target,
      criteria: computed.criteria,
      ranked: computed.ranked,
      options: base.options,
      autoRefresh: base.autoRefresh,
    };
  }

  private doneMessage(record: RankingRecord, scan: ScanResult): PaneMessage {
    const best = scan.criteria.find((criterion) => criterion.rank === 1);
    if (!best) return { kind: "info", text: this.text("pane.doneNone", { sheet: record.sheetName }) };
    return { kind: "success", text: this.text("pane.done", { sheet: record.sheetName, best: best.criterion }) };
  }

  /** Turns any failure into a message stating what happened and what to do next. */
  messageFor(error: unknown): PaneMessage {
    if (error instanceof CancelledError) return { kind: "info", text: this.text("pane.cancelled") };
    if (error instanceof WorkbookError) return { kind: "error", text: this.text(`pane.error.${error.reason}`, { detail: error.detail }) };
    if (error instanceof MissingColumnError) return { kind: "error", text: this.text("pane.error.sourceMissing", { detail: error.column }) };
    const detail = error instanceof EngineInputError || error instanceof Error ? error.message : String(error);
    return { kind: "error", text: this.text("pane.error.unexpected", { detail }) };
  }
}

function describeColumn(column: SheetColumn): ColumnChoice {
  const classification = classifyColumn(column.cells);
  let numbers = 0;
  let filled = 0;
  for (const cell of column.cells) {
    if (cell === null) continue;
    filled++;
    if (typeof cell === "number") numbers++;
  }
  return {
    name: column.name,
    index: column.index,
    kind: classification.kind,
    numeric: numbers > 0 && numbers * 2 >= filled && classification.kind !== "date",
    checked: !SKIPPED_KINDS.has(classification.kind),
  };
}

/** "Table People" or "A1:F345", for the ranking sheet's Source line. */
function sourceLabel(region: DataRegion): string {
  if (region.tableName) return region.tableName;
  const first = `${columnLetter(region.left)}${region.top + 1}`;
  const last = `${columnLetter(region.left + region.columnCount - 1)}${region.top + region.rowCount}`;
  return `${first}:${last}`;
}
