/**
 * Reading a region in blocks that stay well under Office's payload limit, which is 5 MB per
 * request and per response in Excel on the web. Each block is bounded by a cell count and by an
 * estimate of its payload in bytes. A block that Office still rejects for its size is halved and retried.
 */
import type { CellValue } from "../../engine/types";
import type { Block, DataRegion } from "./port";
import { toCellValue } from "./cell-values";
import { isResourceError, WorkbookError } from "./workbook-error";

export interface BlockLimits {
  /** Cells per request. */
  readonly maxCells: number;
  /** Estimated response bytes per request (values and value types as JSON). */
  readonly maxBytes: number;
}

/** A quarter of the web's 5 MB, leaving room for the JSON envelope and for estimates that run low. */
export const DEFAULT_BLOCK_LIMITS: BlockLimits = { maxCells: 100_000, maxBytes: 1_250_000 };

/** Payload bytes per cell assumed before the first block is measured: a short value plus its type name. */
const INITIAL_BYTES_PER_CELL = 24;

/** Rows of the first block, which measures the payload per cell before larger blocks follow. */
const PROBE_ROWS = 256;

export class BlockReader {
  private bytesPerCell = INITIAL_BYTES_PER_CELL;
  private measured = false;

  constructor(
    private readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>,
    private readonly limits: BlockLimits = DEFAULT_BLOCK_LIMITS,
  ) {}

  /** Rows the next block may hold, from the cell bound and the measured bytes per cell. */
  blockRows(region: DataRegion, firstRow: number): number {
    const columns = Math.max(1, region.columnCount);
    const byCells = Math.floor(this.limits.maxCells / columns);
    const byBytes = Math.floor(this.limits.maxBytes / (this.bytesPerCell * columns));
    const probe = this.measured ? Number.POSITIVE_INFINITY : PROBE_ROWS;
    return Math.max(1, Math.min(region.rowCount - firstRow, byCells, byBytes, probe));
  }

  async read(region: DataRegion, firstRow: number): Promise<Block> {
    if (firstRow < 0 || firstRow >= region.rowCount) throw new RangeError(`row ${firstRow} is outside the region of ${region.rowCount} rows`);
    let rows = this.blockRows(region, firstRow);
    for (;;) {
      try {
        return { firstRow, rows: await this.readRows(region, firstRow, rows) };
      } catch (error) {
        if (!isResourceError(error)) throw error;
        if (rows === 1) throw new WorkbookError("readTooLarge", `row ${region.top + firstRow + 1}`);
        rows = Math.ceil(rows / 2);
        // Office measured the payload larger than estimated: raise the estimate so later blocks start smaller.
        this.bytesPerCell *= 2;
      }
    }
  }

  private async readRows(region: DataRegion, firstRow: number, rowCount: number): Promise<CellValue[][]> {
    return this.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem(region.sheetId)
        .getRangeByIndexes(region.top + firstRow, region.left, rowCount, region.columnCount);
      range.load("values,valueTypes");
      await context.sync();

      const values = range.values as unknown[][] | null;
      const types = range.valueTypes as string[][] | null;
      // A null or short result means Office could not read the cells, so it is never an empty sheet.
      if (!Array.isArray(values) || !Array.isArray(types) || values.length !== rowCount || types.length !== rowCount) {
        throw new WorkbookError("readFailed", `rows ${region.top + firstRow + 1}–${region.top + firstRow + rowCount}`);
      }
      this.measure(values, rowCount * region.columnCount);
      const dates = new Set(region.dateColumns);
      return values.map((row, r) => {
        if (!Array.isArray(row) || row.length !== region.columnCount) {
          throw new WorkbookError("readFailed", `row ${region.top + firstRow + r + 1}`);
        }
        return row.map((value, c) => toCellValue(value, types[r][c], dates.has(c)));
      });
    });
  }

  /** Updates the bytes-per-cell estimate from a block just read (values as JSON, plus ~8 bytes of type name). */
  private measure(values: unknown[][], cells: number): void {
    if (cells === 0) return;
    let bytes = 0;
    for (const row of values) for (const value of row) bytes += typeof value === "string" ? value.length * 3 + 3 : 12;
    this.bytesPerCell = Math.max(8, Math.ceil((bytes / cells + 10) * 1.25));
    this.measured = true;
  }
}
