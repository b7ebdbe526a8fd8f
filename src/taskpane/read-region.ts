/** Reading a data region block by block, with progress and cancellation between blocks. */
import type { CellValue } from "../engine/types";
import type { DataRegion, WorkbookPort } from "../adapters/office/port";

/** Thrown when the user cancels; callers catch it and report that nothing was written. */
export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

export function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new CancelledError();
}

export interface ReadOptions {
  signal?: AbortSignal;
  /** Called after each block with rows read so far and the rows to read. */
  onProgress?: (done: number, total: number) => void;
  /** Stops after at least this many rows (a preview); the whole region by default. */
  maxRows?: number;
  /** Receives each block instead of the returned grid, so no copy of the rows is kept here. */
  onRows?: (rows: CellValue[][]) => void;
}

/** Reads the region's rows from the top, header included, as a grid of cells. */
export async function readRegion(port: WorkbookPort, region: DataRegion, options: ReadOptions = {}): Promise<CellValue[][]> {
  const total = Math.min(region.rowCount, options.maxRows ?? region.rowCount);
  const rows: CellValue[][] = [];
  let read = 0;
  while (read < total) {
    throwIfCancelled(options.signal);
    const block = await port.readBlock(region, read);
    if (block.rows.length === 0) throw new Error(`Excel returned an empty block at row ${region.top + read + 1}`);
    const kept = block.rows.length > total - read ? block.rows.slice(0, total - read) : block.rows;
    read += kept.length;
    if (options.onRows) options.onRows(kept);
    else for (const row of kept) rows.push(row);
    options.onProgress?.(read, total);
  }
  throwIfCancelled(options.signal);
  return rows;
}

/** Lets the browser paint and handle input between slices of work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
