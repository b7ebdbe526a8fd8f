import type ExcelJS from "exceljs";
import { rangeAddress, type CellRange } from "../../sheet/column-letter";
import type { CellLayout, LayoutStyle } from "../../sheet/layout-types";

const FONTS: Record<LayoutStyle, Partial<ExcelJS.Font>> = {
  title: { bold: true, size: 14 },
  blockTitle: { bold: true, size: 12 },
  label: { bold: true },
  tableHeader: { bold: true },
};

/** Bar colour of the data bars, Excel's default blue. */
const DATA_BAR_COLOR = "FF638EC6";

/**
 * Writes a ranking layout into an empty worksheet: values (strings stay text, never
 * formulas), number formats, an Excel table over the ranking, data bars on the ranking
 * key, fonts and column widths. exceljs cannot create charts, so `layout.chart` is not drawn.
 */
export function applyLayout(worksheet: ExcelJS.Worksheet, layout: CellLayout): void {
  addRankingTable(worksheet, layout);

  const { table } = layout;
  layout.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = worksheet.getCell(r + 1, c + 1);
      const inTable = r >= table.range.top && r <= table.range.bottom && c >= table.range.left && c <= table.range.right;
      if (!inTable && value !== null) cell.value = value;
      const format = layout.numberFormats[r][c];
      if (format !== null) cell.numFmt = format;
    });
  });

  for (const { range, style } of layout.styles) {
    forEachCell(range, (r, c) => {
      worksheet.getCell(r + 1, c + 1).font = FONTS[style];
    });
  }
  layout.columnWidths.forEach((width, c) => {
    worksheet.getColumn(c + 1).width = width;
  });

  if (layout.dataBars) {
    worksheet.addConditionalFormatting({
      ref: rangeAddress(layout.dataBars),
      // Losses are negative, so bars grow left from the axis and the best criterion gets the longest one.
      // Negative bars get the same blue, because Excel would otherwise paint the best criteria red.
      rules: [
        {
          type: "dataBar",
          priority: 1,
          gradient: false,
          cfvo: [{ type: "min" }, { type: "max" }],
          color: { argb: DATA_BAR_COLOR },
          negativeFillColor: { argb: DATA_BAR_COLOR },
          negativeBorderColor: { argb: DATA_BAR_COLOR },
        } as ExcelJS.DataBarRuleType,
      ],
    });
  }
}

/** Adds the ranking as an Excel table; exceljs writes the table's header and rows itself. */
function addRankingTable(worksheet: ExcelJS.Worksheet, layout: CellLayout): void {
  const { range, name } = layout.table;
  const header = layout.values[range.top].slice(range.left, range.right + 1);
  const rows = layout.values.slice(range.top + 1, range.bottom + 1).map((row) => row.slice(range.left, range.right + 1));
  worksheet.addTable({
    name,
    displayName: name,
    ref: rangeAddress({ top: range.top, left: range.left, bottom: range.top, right: range.left }),
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: header.map((title) => ({ name: String(title), filterButton: true })),
    rows: rows.map((row) => [...row]),
  });
}

function forEachCell(range: CellRange, visit: (row: number, column: number) => void): void {
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) visit(r, c);
}
