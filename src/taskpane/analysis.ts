/**
 * The computing half of Rank criteria: a grid of cells (header included) to named columns,
 * then the scan of the chosen criteria and, when asked, of their pairs. Runs in the scan worker,
 * or inline where no worker is available.
 */
import type { CellValue, ScanResult } from "../engine";
import { readTable } from "../sheet/columns";
import type { RankOptions } from "./ranking-record";
import { scanInSlices, scanPairsInSlices } from "./scan-in-slices";

export interface AnalysisRequest {
  /** 0-based sheet column of the grid's first column, for column names like "Column C". */
  firstColumn: number;
  /** Target and criteria by name and by the 0-based grid column where they were last seen. */
  target: ColumnRef;
  criteria: ColumnRef[];
  options: RankOptions;
}

export interface ColumnRef {
  name: string;
  index: number;
}

export interface AnalysisResult {
  scan: ScanResult;
  pairs: ScanResult | null;
  /** Header row of the grid, or `null` when its first row is data. */
  headerRow: number | null;
  /** Name of each grid column, by index. */
  names: string[];
  /** Where the target and the criteria were found, which differs from the request after columns moved. */
  targetIndex: number;
  criteriaIndexes: number[];
}

export type AnalysisProgress = (phase: "scoring" | "pairs", done: number, total: number) => void;

/** Thrown when a recorded column no longer exists in the data. */
export class MissingColumnError extends Error {
  constructor(readonly column: string) {
    super(`column ${column} is missing`);
    this.name = "MissingColumnError";
  }
}

/**
 * Finds a recorded column: at its old position when the name there still matches, else wherever
 * a column of that name now is (the user inserted or moved columns).
 */
export function resolveColumn(names: readonly string[], wanted: ColumnRef): number {
  if (names[wanted.index] === wanted.name) return wanted.index;
  const moved = names.indexOf(wanted.name);
  if (moved < 0) throw new MissingColumnError(wanted.name);
  return moved;
}

export async function analyze(grid: readonly (readonly CellValue[])[], request: AnalysisRequest, onProgress: AnalysisProgress, signal?: AbortSignal): Promise<AnalysisResult> {
  const table = readTable(grid, { firstColumn: request.firstColumn });
  const names = table.columns.map((column) => column.name);
  const targetIndex = resolveColumn(names, request.target);
  const criteriaIndexes = request.criteria.map((criterion) => resolveColumn(names, criterion));
  const input = (index: number) => ({ name: names[index], cells: table.columns[index].cells });
  const target = input(targetIndex);
  const candidates = criteriaIndexes.map(input);
  const { distance, key, bins, keepBlanks } = request.options;
  const scanOptions = { distance, key, bins, keepBlanks };

  const scan = await scanInSlices(target, candidates, scanOptions, { signal, onProgress: (done, total) => onProgress("scoring", done, total) });
  const pairs = request.options.pairs
    ? await scanPairsInSlices(target, candidates, scan, scanOptions, { signal, onProgress: (done, total) => onProgress("pairs", done, total) })
    : null;
  return { scan, pairs, headerRow: table.headerRow, names, targetIndex, criteriaIndexes };
}
