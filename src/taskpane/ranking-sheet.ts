/**
 * Writing a computed ranking into the workbook: the ranking sheet, in the same layout the command
 * line writes, and the sheet's record in the workbook's settings.
 */
import { sheetNameFor, buildRankingLayout, columnLetter } from "../sheet";
import type { CellLayout } from "../sheet/layout-types";
import type { DataRegion } from "../adapters/office/port";
import { saveRecord, type RankingRecord, type RankOptions } from "./ranking-record";
import type { ComputedRanking } from "./compute-ranking";
import type { PaneContext } from "./pane-state";

/** The parts of a ranking record that do not come from the scan. */
export interface RecordBase {
  source: DataRegion;
  options: RankOptions;
  autoRefresh: boolean;
}

/** Picks a name for the target's ranking sheet that no sheet of the workbook uses yet. */
export async function newSheetName(context: PaneContext, computed: ComputedRanking): Promise<string> {
  return sheetNameFor(computed.scan.target, await context.port.sheetNames(), context.store.state.language);
}

/** Writes the layouts into a new sheet and stores its record; removes the sheet if the record cannot be stored. */
export async function writeRankingSheet(context: PaneContext, name: string, computed: ComputedRanking, base: RecordBase): Promise<RankingRecord> {
  const { port, store } = context;
  store.progress("writing", 0, 1, store.text("pane.writing", { sheet: name }));
  const written = await port.writeRankingSheet(name, layoutsFor(context, computed, base.source));
  const record = recordFor(written, computed, base);
  try {
    await saveRecord(port, record);
  } catch (error) {
    await port.deleteSheet(written.sheetId);
    throw error;
  }
  return record;
}

/** Rewrites the ranking's sheet in place and updates its record, or writes a new sheet when the user deleted it. */
export async function rewriteRankingSheet(context: PaneContext, ranking: RankingRecord, computed: ComputedRanking, base: RecordBase): Promise<RankingRecord> {
  const { port, store } = context;
  store.progress("writing", 0, 1, store.text("pane.writing", { sheet: ranking.sheetName }));
  const rewritten = await port.rewriteRankingSheet(ranking.sheetId, layoutsFor(context, computed, base.source));
  let record: RankingRecord;
  if (rewritten) {
    record = recordFor(rewritten, computed, base);
    await saveRecord(port, record);
  } else {
    // The user deleted the ranking sheet: write a new one.
    const name = await newSheetName(context, computed);
    record = await writeRankingSheet(context, name, computed, base);
    await saveRecord(port, record, ranking.sheetId);
  }
  return record;
}

/** The ranking layout, and the pairs' layout below it when pairs were scored: the same layout the command line writes. */
function layoutsFor(context: PaneContext, computed: ComputedRanking, source: DataRegion): CellLayout[] {
  const pageContext = { source: sourceLabel(source), sheet: source.sheetName, language: context.store.state.language, date: context.now() };
  const layouts = [buildRankingLayout(computed.scan, pageContext)];
  if (computed.pairs) layouts.push(buildRankingLayout(computed.pairs, pageContext, "TripletPairs"));
  return layouts;
}

function recordFor(written: { sheetId: string; sheetName: string }, computed: ComputedRanking, base: RecordBase): RankingRecord {
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

/** "Table People" or "A1:F345", for the ranking sheet's Source line. */
function sourceLabel(region: DataRegion): string {
  if (region.tableName) return region.tableName;
  const first = `${columnLetter(region.left)}${region.top + 1}`;
  const last = `${columnLetter(region.left + region.columnCount - 1)}${region.top + region.rowCount}`;
  return `${first}:${last}`;
}
