/**
 * What a ranking sheet remembers in the workbook's settings (saved with the file): its source,
 * the target and criteria, and the options, so Refresh and Apply work after the file is reopened.
 */
import type { ColumnKind, Distance, RankingKey } from "../engine/types";
import type { DataRegion, WorkbookPort } from "../adapters/office/port";

export interface RankOptions {
  distance: Distance;
  key: RankingKey;
  bins: number;
  keepBlanks: boolean;
  pairs: boolean;
}

export const DEFAULT_OPTIONS: RankOptions = { distance: "euclidean", key: "honestNormalizedLoss", bins: 4, keepBlanks: false, pairs: false };

/** A criterion column as it was scored: its name, 0-based column inside the source, and kind. */
export interface RecordedColumn {
  name: string;
  index: number;
  kind: ColumnKind;
}

export interface RankingRecord {
  version: 1;
  sheetId: string;
  sheetName: string;
  source: DataRegion;
  /** Header row offset inside the source, or `null` when the data has no header row. */
  headerRow: number | null;
  target: RecordedColumn;
  criteria: RecordedColumn[];
  /** Ranked criteria, best first, for Apply. */
  ranked: RecordedColumn[];
  options: RankOptions;
  autoRefresh: boolean;
}

/** Setting key of the list of ranking records. */
export const RECORDS_KEY = "tripletCriteria.rankings";

/** Records kept; the oldest are dropped beyond this so the settings stay small. */
const MAX_RECORDS = 50;

export async function readRecords(port: WorkbookPort): Promise<RankingRecord[]> {
  const stored = await port.readSetting(RECORDS_KEY);
  if (!Array.isArray(stored)) return [];
  return stored.filter((record): record is RankingRecord => typeof record === "object" && record !== null && record.version === 1);
}

/**
 * Stores a record, replacing any for the same sheet: the same id, the same name (sheet names are
 * unique, so a record under that name is stale) or `replacedSheetId`.
 */
export async function saveRecord(port: WorkbookPort, record: RankingRecord, replacedSheetId?: string): Promise<void> {
  const name = record.sheetName.toLocaleLowerCase();
  const records = (await readRecords(port)).filter(
    (other) => other.sheetId !== record.sheetId && other.sheetId !== replacedSheetId && other.sheetName.toLocaleLowerCase() !== name,
  );
  records.push(record);
  await port.writeSetting(RECORDS_KEY, records.slice(-MAX_RECORDS));
}

/**
 * Finds the record of a sheet by id, else by name, because a sheet's id can change when the file
 * is reopened. The result carries the sheet's current id and name.
 */
export function findRecord(records: readonly RankingRecord[], sheet: { sheetId: string; sheetName: string }): RankingRecord | null {
  const found =
    records.find((record) => record.sheetId === sheet.sheetId) ??
    records.find((record) => record.sheetName.toLocaleLowerCase() === sheet.sheetName.toLocaleLowerCase());
  return found ? { ...found, sheetId: sheet.sheetId, sheetName: sheet.sheetName } : null;
}
