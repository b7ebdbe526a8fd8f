/** Apply: live RANK_WITHIN and ZSCORE_WITHIN columns in the first empty columns right of the data. */
import type { FormulaColumnsRequest, FormulaPlacement } from "./port";
import { absoluteReference, Box } from "./a1";
import { columnLetter } from "../../sheet/column-letter";
import { WorkbookError } from "./workbook-error";

/** Columns examined before giving up on finding room. */
const MAX_SEARCH_COLUMNS = 200;

/**
 * Writes the header cells and the spilling formulas. The columns from the header row to the last
 * data row must be empty (spilled results count as values), so nothing is ever overwritten. After
 * a table, one empty column is left so that the table does not grow over the formulas.
 * `noteOwnWrite` hears of each box before it is written, so change events for it can be ignored.
 */
export async function writeFormulaColumns(
  context: Excel.RequestContext,
  request: FormulaColumnsRequest,
  noteOwnWrite: (sheetId: string, box: Box) => void,
): Promise<FormulaPlacement> {
  const { region } = request;
  const sheet = context.workbook.worksheets.getItem(region.sheetId);
  const headerTop = request.headerRow === null ? null : region.top + request.headerRow;
  const dataTop = region.top + (request.headerRow === null ? 0 : request.headerRow + 1);
  const dataBottom = region.top + region.rowCount - 1;
  if (dataBottom < dataTop) throw new WorkbookError("noData", region.sheetName);
  const top = headerTop ?? dataTop;
  const width = request.columns.length;

  const startColumn = region.left + region.columnCount + (region.tableName ? 1 : 0);
  let column = startColumn;
  for (;;) {
    if (column + width > 16_384 || column - startColumn > MAX_SEARCH_COLUMNS) {
      throw new WorkbookError("noRoomForFormulas", `${columnLetter(startColumn)}–${columnLetter(Math.min(column, 16_383))}`);
    }
    const used = sheet.getRangeByIndexes(top, column, dataBottom - top + 1, width).getUsedRangeOrNullObject(true);
    used.load("columnIndex,columnCount");
    await context.sync();
    if (used.isNullObject) break;
    column = used.columnIndex + used.columnCount;
  }

  const values = absoluteReference(region.sheetName, { top: dataTop, bottom: dataBottom, left: region.left + request.valueColumn, right: region.left + request.valueColumn });
  const groups = absoluteReference(region.sheetName, { top: dataTop, bottom: dataBottom, left: region.left + request.groupColumn, right: region.left + request.groupColumn });
  const formulas = request.columns.map((spec) => spec.formula.replace("{values}", values).replace("{groups}", groups));

  if (headerTop !== null) {
    const header = sheet.getRangeByIndexes(headerTop, column, 1, width);
    header.numberFormat = [request.columns.map(() => "@")];
    header.values = [request.columns.map((spec) => spec.header)];
    header.format.font.bold = true;
    noteOwnWrite(region.sheetId, { top: headerTop, bottom: headerTop, left: column, right: column + width - 1 });
  }
  const formulaCells = sheet.getRangeByIndexes(dataTop, column, 1, width);
  // A column formatted as text ("@") would store the formula as text, so the cells get General first.
  formulaCells.numberFormat = [formulas.map(() => "General")];
  formulaCells.formulas = [formulas];
  noteOwnWrite(region.sheetId, { top: dataTop, bottom: dataTop, left: column, right: column + width - 1 });
  await context.sync();

  const first = `${columnLetter(column)}${top + 1}`;
  const last = `${columnLetter(column + width - 1)}${top + 1}`;
  return { sheetName: region.sheetName, headerAddress: `${first}:${last}`, column };
}
