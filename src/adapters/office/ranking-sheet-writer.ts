/** Writing a ranking sheet's cells, formats, data bars and chart into a new worksheet. */
import type { LayoutRange, RankingSheetContent, WrittenSheet } from "./port";
import { toCellWrite } from "./cell-values";
import { describeOfficeError, WorkbookError } from "./workbook-error";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Request bytes per sync when writing; a fifth of Office's 5 MB limit. */
const WRITE_CHUNK_BYTES = 1_000_000;

/**
 * Adds the sheet and writes the content. When any step fails, deletes the sheet again and
 * throws `writeFailed` with Excel's message, so no half-written sheet stays behind.
 */
export async function writeRankingSheet(run: Run, name: string, content: RankingSheetContent): Promise<WrittenSheet> {
  let written: WrittenSheet | null = null;
  try {
    return await run(async (context) => {
      const sheet = context.workbook.worksheets.add(name);
      sheet.load("id,name");
      await context.sync();
      written = { sheetId: sheet.id, sheetName: sheet.name };

      await writeCells(context, sheet, content);
      decorate(sheet, content);
      sheet.activate();
      await context.sync();
      return written;
    });
  } catch (error) {
    if (written) await deleteSheetIfPresent(run, (written as WrittenSheet).sheetId);
    throw error instanceof WorkbookError ? error : new WorkbookError("writeFailed", describeOfficeError(error));
  }
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
async function writeCells(context: Excel.RequestContext, sheet: Excel.Worksheet, content: RankingSheetContent): Promise<void> {
  const width = Math.max(1, ...content.cells.map((row) => row.length));
  let first = 0;
  while (first < content.cells.length) {
    const values: (string | number | boolean)[][] = [];
    const formats: string[][] = [];
    let bytes = 0;
    let row = first;
    for (; row < content.cells.length && (row === first || bytes < WRITE_CHUNK_BYTES); row++) {
      const valueRow: (string | number | boolean)[] = [];
      const formatRow: string[] = [];
      for (let column = 0; column < width; column++) {
        const write = toCellWrite(content.cells[row][column] ?? null);
        valueRow.push(write.value);
        formatRow.push(write.numberFormat ?? columnFormat(content, row, column));
      }
      bytes += JSON.stringify(valueRow).length + JSON.stringify(formatRow).length;
      values.push(valueRow);
      formats.push(formatRow);
    }
    const range = sheet.getRangeByIndexes(first, 0, values.length, width);
    // The "@" format must be in place before the values, or Excel parses "=…" as a formula and "007" as 7.
    range.numberFormat = formats;
    range.values = values;
    await context.sync();
    first = row;
  }
}

function columnFormat(content: RankingSheetContent, row: number, column: number): string {
  const format = content.numberFormats.find((f) => f.column === column && row >= f.firstRow && row <= f.lastRow);
  return format?.numberFormat ?? "General";
}

function rangeOf(sheet: Excel.Worksheet, box: LayoutRange): Excel.Range {
  return sheet.getRangeByIndexes(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1);
}

function decorate(sheet: Excel.Worksheet, content: RankingSheetContent): void {
  const width = Math.max(1, ...content.cells.map((row) => row.length));
  for (const row of content.boldRows) sheet.getRangeByIndexes(row, 0, 1, width).format.font.bold = true;
  sheet.getRangeByIndexes(0, 0, Math.max(1, content.cells.length), width).format.autofitColumns();

  if (content.dataBars) rangeOf(sheet, content.dataBars).conditionalFormats.add("DataBar");

  if (content.chart) {
    const chart = sheet.charts.add("BarClustered", rangeOf(sheet, content.chart.values), "Columns");
    chart.series.getItemAt(0).setXAxisValues(rangeOf(sheet, content.chart.labels));
    chart.title.text = content.chart.title;
    chart.legend.visible = false;
    // Bar charts plot the first category at the bottom; reversing puts rank 1 on top, as in the table.
    chart.axes.categoryAxis.reversePlotOrder = true;
    const anchor = sheet.getRangeByIndexes(0, width + 1, 1, 1);
    chart.setPosition(anchor);
  }
}
