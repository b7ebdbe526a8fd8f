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
  /** Target and criteria as 0-based columns of the grid. */
  targetIndex: number;
  criteriaIndexes: number[];
  options: RankOptions;
}

export interface AnalysisResult {
  scan: ScanResult;
  pairs: ScanResult | null;
  /** Header row of the grid, or `null` when its first row is data. */
  headerRow: number | null;
  /** Name of each grid column, by index. */
  names: string[];
}

export type AnalysisProgress = (phase: "scoring" | "pairs", done: number, total: number) => void;

/** Thrown when a recorded column no longer exists in the data. */
export class MissingColumnError extends Error {
  constructor(readonly column: number) {
    super(`column ${column + 1} is missing`);
    this.name = "MissingColumnError";
  }
}

export async function analyze(grid: readonly (readonly CellValue[])[], request: AnalysisRequest, onProgress: AnalysisProgress, signal?: AbortSignal): Promise<AnalysisResult> {
  const table = readTable(grid, { firstColumn: request.firstColumn });
  const input = (index: number) => {
    const column = table.columns[index];
    if (!column) throw new MissingColumnError(index);
    return { name: column.name, cells: column.cells };
  };
  const target = input(request.targetIndex);
  const candidates = request.criteriaIndexes.map(input);
  const { distance, key, bins, keepBlanks } = request.options;
  const scanOptions = { distance, key, bins, keepBlanks };

  const scan = await scanInSlices(target, candidates, scanOptions, { signal, onProgress: (done, total) => onProgress("scoring", done, total) });
  const pairs = request.options.pairs
    ? await scanPairsInSlices(target, candidates, scan, scanOptions, { signal, onProgress: (done, total) => onProgress("pairs", done, total) })
    : null;
  return { scan, pairs, headerRow: table.headerRow, names: table.columns.map((column) => column.name) };
}
