/** Locating the data around the selection: its Excel table, else its current region, else the used range. */
import type { DataOrigin, DataRegion } from "./port";
import { isDateFormat } from "./cell-values";
import { WorkbookError } from "./workbook-error";

interface Rect {
  top: number;
  left: number;
  rowCount: number;
  columnCount: number;
}

const rectProps = "rowIndex,columnIndex,rowCount,columnCount";

function contains(rect: Rect, cell: { row: number; column: number }): boolean {
  return cell.row >= rect.top && cell.row < rect.top + rect.rowCount && cell.column >= rect.left && cell.column < rect.left + rect.columnCount;
}

function rectOf(range: Excel.Range): Rect {
  return { top: range.rowIndex, left: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
}

/** Finds the data around the active cell of the selection. */
export async function findDataAroundSelection(context: Excel.RequestContext): Promise<DataRegion> {
  const active = context.workbook.getActiveCell();
  active.load(rectProps);
  const sheet = active.worksheet;
  sheet.load("name,id");
  // Range.getTables needs ExcelApi 1.9; the sheet's table collection (1.1) works on every host.
  const tables = sheet.tables;
  tables.load("items/name");
  const region = active.getSurroundingRegion();
  region.load(rectProps);
  active.load("values");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(rectProps);
  await context.sync();

  const activeCell = { row: active.rowIndex, column: active.columnIndex };
  let origin: DataOrigin;
  let rect: Rect;
  let tableName: string | null = null;
  const tableRanges = tables.items.map((table) => table.getRange().load(rectProps));
  if (tableRanges.length > 0) await context.sync();
  const containing = tableRanges.findIndex((range) => contains(rectOf(range), activeCell));
  if (containing >= 0) {
    origin = "table";
    rect = rectOf(tableRanges[containing]);
    tableName = tables.items[containing].name;
  } else if (region.rowCount > 1 || region.columnCount > 1 || active.values[0][0] !== "") {
    origin = "region";
    rect = rectOf(region);
  } else if (!used.isNullObject) {
    origin = "usedRange";
    rect = rectOf(used);
  } else {
    throw new WorkbookError("noData", sheet.name);
  }
  return describeRegion(context, { sheetName: sheet.name, sheetId: sheet.id, tableName, origin, rect, activeCell });
}

/** Finds a source again for Refresh: the same table, or the same kind of region anchored at its first cell. */
export async function locateAgain(context: Excel.RequestContext, previous: DataRegion): Promise<DataRegion> {
  if (previous.tableName) {
    const table = context.workbook.tables.getItemOrNullObject(previous.tableName);
    table.load("name");
    const sheet = table.worksheet;
    await context.sync();
    if (table.isNullObject) throw new WorkbookError("sourceMissing", previous.tableName);
    const range = table.getRange();
    range.load(rectProps);
    sheet.load("name,id");
    await context.sync();
    return describeRegion(context, { sheetName: sheet.name, sheetId: sheet.id, tableName: table.name, origin: "table", rect: rectOf(range), activeCell: null });
  }

  const sheet = context.workbook.worksheets.getItemOrNullObject(previous.sheetId);
  sheet.load("name,id");
  await context.sync();
  if (sheet.isNullObject) throw new WorkbookError("sourceMissing", previous.sheetName);
  const anchor = sheet.getRangeByIndexes(previous.top, previous.left, 1, 1);
  const range = previous.origin === "usedRange" ? sheet.getUsedRangeOrNullObject(true) : anchor.getSurroundingRegion();
  range.load(rectProps);
  await context.sync();
  if (range.isNullObject) throw new WorkbookError("sourceMissing", previous.sheetName);
  return describeRegion(context, { sheetName: sheet.name, sheetId: sheet.id, tableName: null, origin: previous.origin, rect: rectOf(range), activeCell: null });
}

interface Located {
  sheetName: string;
  sheetId: string;
  tableName: string | null;
  origin: DataOrigin;
  rect: Rect;
  activeCell: { row: number; column: number } | null;
}

/** Adds the date columns (from the number format of the second row) and the active column. */
async function describeRegion(context: Excel.RequestContext, found: Located): Promise<DataRegion> {
  const { rect } = found;
  const sample = context.workbook.worksheets
    .getItem(found.sheetId)
    .getRangeByIndexes(rect.top + Math.min(1, rect.rowCount - 1), rect.left, 1, rect.columnCount);
  sample.load("numberFormat,valueTypes");
  await context.sync();

  const dateColumns: number[] = [];
  sample.numberFormat[0].forEach((format, column) => {
    const type = sample.valueTypes[0][column];
    if (isDateFormat(String(format)) && (type === "Double" || type === "Empty")) dateColumns.push(column);
  });
  const active = found.activeCell;
  const activeInside = active !== null && active.column >= rect.left && active.column < rect.left + rect.columnCount;
  return {
    sheetName: found.sheetName,
    sheetId: found.sheetId,
    tableName: found.tableName,
    origin: found.origin,
    top: rect.top,
    left: rect.left,
    rowCount: rect.rowCount,
    columnCount: rect.columnCount,
    activeColumn: activeInside ? active.column - rect.left : null,
    dateColumns,
  };
}
