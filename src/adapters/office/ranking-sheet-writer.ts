/** Writing ranking layouts (the same `CellLayout` the command line writes) into a new worksheet. */
import type { CellLayout, LayoutStyle } from "../../sheet/layout-types";
import type { CellRange } from "../../sheet/column-letter";
import { rangeAddress } from "../../sheet/column-letter";
import { tableNameFor } from "../../sheet/sheet-name";
import type { WrittenSheet } from "./port";
import { describeOfficeError, WorkbookError } from "./workbook-error";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Request bytes per sync when writing cells; a fifth of Office's 5 MB limit. */
const WRITE_CHUNK_BYTES = 1_000_000;

/** Optional Excel features the host supports. */
export interface WriterFeatures {
  /** `ChartAxis.reversePlotOrder` (ExcelApi 1.8); without it the chart lists rank 1 at the bottom. */
  readonly reversePlotOrder: boolean;
}

/** Empty rows between two stacked layouts. */
export const LAYOUT_GAP_ROWS = 2;

const FONTS: Record<LayoutStyle, { bold: boolean; size?: number }> = {
  title: { bold: true, size: 14 },
  blockTitle: { bold: true, size: 12 },
  label: { bold: true },
  tableHeader: { bold: true },
};

/**
 * Adds the sheet and writes the layouts one below the other (the criteria ranking, then the
 * pairs when asked). The first layout's chart and data bars are drawn; every ranking becomes
 * an Excel table. When any step fails, deletes the sheet again and throws `writeFailed` with
 * Excel's message, so no half-written sheet stays behind.
 */
export async function writeRankingSheet(run: Run, name: string, layouts: readonly CellLayout[], features: WriterFeatures): Promise<WrittenSheet> {
  let written: WrittenSheet | null = null;
  try {
    return await run(async (context) => {
      const sheet = context.workbook.worksheets.add(name);
      sheet.load("id,name");
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      written = { sheetId: sheet.id, sheetName: sheet.name };
      await writeLayouts(context, sheet, layouts, tables.items.map((table) => table.name), features);
      sheet.activate();
      await context.sync();
      return written;
    });
  } catch (error) {
    if (written) await deleteSheetIfPresent(run, (written as WrittenSheet).sheetId);
    throw error instanceof WorkbookError ? error : new WorkbookError("writeFailed", describeOfficeError(error));
  }
}

/**
 * Rewrites an existing ranking sheet in place: removes its charts, tables, data bars, values and
 * formats, then writes the layouts as `writeRankingSheet` does. Formulas elsewhere that point at
 * the sheet keep working. Returns `null` when the sheet no longer exists. A failure part-way
 * leaves the sheet incomplete and throws `rewriteFailed`.
 */
export async function rewriteRankingSheet(run: Run, sheetId: string, layouts: readonly CellLayout[], features: WriterFeatures): Promise<WrittenSheet | null> {
  try {
    return await run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetId);
      sheet.load("id,name");
      await context.sync();
      if (sheet.isNullObject) return null;

      const charts = sheet.charts;
      charts.load("items/name");
      const ownTables = sheet.tables;
      ownTables.load("items/name");
      const allTables = context.workbook.tables;
      allTables.load("items/name");
      await context.sync();
      const ownNames = new Set(ownTables.items.map((table) => table.name));
      for (const chart of charts.items) chart.delete();
      for (const table of ownTables.items) table.convertToRange();
      const everything = sheet.getRange();
      everything.conditionalFormats.clearAll();
      everything.clear();
      await context.sync();

      const otherNames = allTables.items.map((table) => table.name).filter((name) => !ownNames.has(name));
      await writeLayouts(context, sheet, layouts, otherNames, features);
      await context.sync();
      return { sheetId: sheet.id, sheetName: sheet.name };
    });
  } catch (error) {
    throw error instanceof WorkbookError ? error : new WorkbookError("rewriteFailed", describeOfficeError(error));
  }
}

/** Writes the layouts one below the other; `tableNames` are the workbook's other tables, to keep names unique. */
async function writeLayouts(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layouts: readonly CellLayout[],
  tableNames: string[],
  features: WriterFeatures,
): Promise<void> {
  let top = 0;
  for (const [index, layout] of layouts.entries()) {
    await writeCells(context, sheet, layout, top);
    applyStyles(sheet, layout, top);
    const table = sheet.tables.add(rangeAddress(shift(layout.table.range, top)), true);
    const tableName = tableNameFor(layout.table.name, tableNames);
    tableNames.push(tableName);
    table.name = tableName;
    table.style = "TableStyleMedium2";
    if (index === 0) drawDataBarsAndChart(sheet, layout, features);
    await context.sync();
    top += layout.values.length + LAYOUT_GAP_ROWS;
  }
  setColumnWidths(sheet, layouts);
}

export async function deleteSheetIfPresent(run: Run, sheetId: string): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetId);
    sheet.load("id");
    await context.sync();
    if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  });
}

/** Writes number formats, then values, in chunks of rows that keep each request under the byte bound. */
async function writeCells(context: Excel.RequestContext, sheet: Excel.Worksheet, layout: CellLayout, top: number): Promise<void> {
  const width = Math.max(1, layout.values[0]?.length ?? 1);
  let first = 0;
  while (first < layout.values.length) {
    const values: (string | number | boolean)[][] = [];
    const formats: string[][] = [];
    let bytes = 0;
    let row = first;
    for (; row < layout.values.length && (row === first || bytes < WRITE_CHUNK_BYTES); row++) {
      const valueRow = layout.values[row].map((value) => (value === null ? "" : value));
      const formatRow = layout.numberFormats[row].map((format, column) => format ?? (typeof layout.values[row][column] === "string" ? "@" : "General"));
      bytes += JSON.stringify(valueRow).length + JSON.stringify(formatRow).length;
      values.push(valueRow);
      formats.push(formatRow);
    }
    const range = sheet.getRangeByIndexes(top + first, 0, values.length, width);
    // The "@" format must be in place before the values, or Excel parses "=…" as a formula and "007" as 7.
    range.numberFormat = formats;
    range.values = values;
    await context.sync();
    first = row;
  }
}

function shift(range: CellRange, rows: number): CellRange {
  return { top: range.top + rows, left: range.left, bottom: range.bottom + rows, right: range.right };
}

function rangeOf(sheet: Excel.Worksheet, box: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1);
}

function applyStyles(sheet: Excel.Worksheet, layout: CellLayout, top: number): void {
  for (const { range, style } of layout.styles) {
    const font = rangeOf(sheet, shift(range, top)).format.font;
    font.bold = FONTS[style].bold;
    if (FONTS[style].size) font.size = FONTS[style].size;
  }
}

function drawDataBarsAndChart(sheet: Excel.Worksheet, layout: CellLayout, features: WriterFeatures): void {
  if (layout.dataBars) rangeOf(sheet, layout.dataBars).conditionalFormats.add("DataBar");
  if (!layout.chart) return;
  const chart = sheet.charts.add("BarClustered", rangeOf(sheet, layout.chart.values), "Columns");
  chart.series.getItemAt(0).setXAxisValues(rangeOf(sheet, layout.chart.categories));
  chart.title.text = layout.chart.title;
  chart.legend.visible = false;
  // Bar charts plot the first category at the bottom; reversing puts rank 1 on top, as in the table.
  if (features.reversePlotOrder) chart.axes.categoryAxis.reversePlotOrder = true;
  const width = layout.values[0]?.length ?? 1;
  chart.setPosition(sheet.getRangeByIndexes(0, width + 1, 1, 1));
}

/**
 * Sets each column to the widest layout's width. Office.js takes points; a character of the
 * default 11-point Calibri is about 7 pixels plus 5 pixels of padding, at 0.75 points per pixel.
 * NOTE: an estimate of Excel's own conversion, which depends on the workbook's default font.
 */
function setColumnWidths(sheet: Excel.Worksheet, layouts: readonly CellLayout[]): void {
  const widths: number[] = [];
  for (const layout of layouts) layout.columnWidths.forEach((width, c) => (widths[c] = Math.max(widths[c] ?? 0, width)));
  widths.forEach((characters, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round((characters * 7 + 5) * 0.75);
  });
}
