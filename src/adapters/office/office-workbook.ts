/** The Office.js implementation of `WorkbookPort`. */
import type { Block, DataRegion, FormulaColumnsRequest, FormulaPlacement, SourceChange, WorkbookPort, WrittenSheet } from "./port";
import type { CellLayout } from "../../sheet/layout-types";
import { Box, containsBox, intersects, parseAddress } from "./a1";
import { BlockLimits, BlockReader, DEFAULT_BLOCK_LIMITS } from "./read-block";
import { findDataAroundSelection, locateAgain } from "./find-data";
import { deleteSheetIfPresent, rewriteRankingSheet, writeRankingSheet } from "./ranking-sheet-writer";
import { writeFormulaColumns } from "./formula-columns";
import { describeOfficeError, WorkbookError } from "./workbook-error";

/** The part of the `Excel` namespace the adapter uses; tests pass a fake with the same shape. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** Checks whether the running Office host supports an ExcelApi requirement set; false outside Office. */
function officeSupportsExcelApi(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly reader: BlockReader;
  /** Boxes the add-in wrote on watched sheets whose change events are still to come. */
  private readonly ownWrites: { sheetId: string; box: Box }[] = [];

  constructor(
    private readonly excel: ExcelHost,
    limits: BlockLimits = DEFAULT_BLOCK_LIMITS,
    private readonly supportsExcelApi: (version: string) => boolean = officeSupportsExcelApi,
  ) {
    this.reader = new BlockReader((batch) => this.excel.run(batch), limits);
  }

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.excel.run(batch);
  }

  findData(): Promise<DataRegion> {
    return this.run((context) => findDataAroundSelection(context));
  }

  locate(region: DataRegion): Promise<DataRegion> {
    return this.run((context) => locateAgain(context, region));
  }

  readBlock(region: DataRegion, firstRow: number): Promise<Block> {
    return this.reader.read(region, firstRow);
  }

  sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  writeRankingSheet(name: string, layouts: readonly CellLayout[]): Promise<WrittenSheet> {
    return writeRankingSheet((batch) => this.run(batch), name, layouts, { reversePlotOrder: this.supportsExcelApi("1.8") });
  }

  deleteSheet(sheetId: string): Promise<void> {
    return deleteSheetIfPresent((batch) => this.run(batch), sheetId);
  }

  rewriteRankingSheet(sheetId: string, layouts: readonly CellLayout[]): Promise<WrittenSheet | null> {
    return rewriteRankingSheet((batch) => this.run(batch), sheetId, layouts, { reversePlotOrder: this.supportsExcelApi("1.8") });
  }

  activeSheet(): Promise<WrittenSheet> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("id,name");
      await context.sync();
      return { sheetId: sheet.id, sheetName: sheet.name };
    });
  }

  readSetting(key: string): Promise<unknown> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(key);
      setting.load("value");
      await context.sync();
      return setting.isNullObject ? null : setting.value;
    });
  }

  writeSetting(key: string, value: unknown): Promise<void> {
    return this.run(async (context) => {
      context.workbook.settings.add(key, value as string);
      await context.sync();
    });
  }

  async watchSource(region: DataRegion, handler: (change: SourceChange) => void): Promise<() => Promise<void>> {
    const registration = await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(region.sheetId);
      const result = sheet.onChanged.add(async (event) => {
        const box = parseAddress(event.address);
        if (!box || !this.isSourceChange(region, event.worksheetId, box)) return;
        handler({ address: event.address });
      });
      await context.sync();
      return result;
    });
    return this.removerOf(registration);
  }

  async watchActiveSheet(handler: (sheet: WrittenSheet) => void): Promise<() => Promise<void>> {
    const registration = await this.run(async (context) => {
      const result = context.workbook.worksheets.onActivated.add(async (event) => {
        const sheet = await this.run(async (inner) => {
          const activated = inner.workbook.worksheets.getItem(event.worksheetId);
          activated.load("id,name");
          await inner.sync();
          return { sheetId: activated.id, sheetName: activated.name };
        });
        handler(sheet);
      });
      await context.sync();
      return result;
    });
    return this.removerOf(registration);
  }

  /** Returns a function that removes an event handler, through the request context that added it. */
  private removerOf(registration: OfficeExtension.EventHandlerResult<unknown>): () => Promise<void> {
    return async () => {
      await this.excel.run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      });
    };
  }

  /** Decides whether a change is the user's edit of the source: it touches the source's columns (or rows below) and the add-in did not write it. */
  private isSourceChange(region: DataRegion, sheetId: string, box: Box): boolean {
    const own = this.ownWrites.findIndex((write) => write.sheetId === sheetId && containsBox(write.box, box));
    if (own >= 0) {
      this.ownWrites.splice(own, 1);
      return false;
    }
    const watched = { top: region.top, left: region.left, bottom: 1_048_575, right: region.left + region.columnCount - 1 };
    return intersects(watched, box);
  }

  writeFormulaColumns(request: FormulaColumnsRequest): Promise<FormulaPlacement> {
    return this.run((context) =>
      writeFormulaColumns(context, request, (sheetId, box) => {
        this.ownWrites.push({ sheetId, box });
      }),
    ).catch((error: unknown) => {
      throw error instanceof WorkbookError ? error : new WorkbookError("writeFailed", describeOfficeError(error));
    });
  }
}
