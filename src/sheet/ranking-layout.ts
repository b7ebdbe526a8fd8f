import type { ScanResult } from "../engine";
import { format, keyText } from "../i18n/locale";
import type { CellRange } from "./column-letter";
import { LayoutBuilder } from "./layout-builder";
import { displayWidth } from "./layout-text";
import type { CellLayout, LayoutValue } from "./layout-types";
import {
  addGroupsBlock,
  addHeaderBlock,
  addSkippedBlock,
  CRITERION_COLUMN,
  KEY_COLUMN,
  RankingContext,
  RANKING_COLUMNS,
  rankingRow,
} from "./ranking-blocks";

export type { RankingContext } from "./ranking-blocks";

/** Name of the ranking table before it is made unique in a workbook (see `tableNameFor`). */
export const RANKING_TABLE_NAME = "TripletRanking";

const MIN_COLUMN_WIDTH = 6;
const MAX_COLUMN_WIDTH = 50;

/**
 * Lays out the ranking sheet of a scan. From the top: the header block with the settings, the
 * ranking table (an Excel table with data bars and a bar chart of the ranking key), one line on
 * how to read the losses, the columns
 * that were not scored with their reasons, and a per-group summary of the top criterion.
 * The layout contains values only, never formulas, and does not depend on Office or exceljs.
 */
export function buildRankingLayout(result: ScanResult, context: RankingContext, tableName = RANKING_TABLE_NAME): CellLayout {
  const lang = context.language;
  const builder = new LayoutBuilder(RANKING_COLUMNS.length);

  addHeaderBlock(builder, result, context);
  const header: CellRange = { top: 0, left: 0, bottom: builder.nextRow - 1, right: 2 };
  builder.addBlankRow();

  const scored = result.criteria.filter((criterion) => criterion.score !== null);
  const skipped = result.criteria.filter((criterion) => criterion.score === null);
  const tableTop = builder.addRow(RANKING_COLUMNS.map((id) => format(id, {}, lang)), "tableHeader");
  for (const criterion of scored) builder.addRow(rankingRow(criterion, lang));
  // An Excel table needs at least one data row.
  if (scored.length === 0) builder.addRow([null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, format("sheet.noScored", {}, lang)]);
  const table: CellRange = { top: tableTop, left: 0, bottom: builder.nextRow - 1, right: RANKING_COLUMNS.length - 1 };
  const guideRow = builder.addRow([format("sheet.howToRead", {}, lang)]);

  const ranked = scored.filter((criterion) => criterion.rank !== null).length;
  const keyColumn = KEY_COLUMN[result.key];
  const rankedRows = (column: number): CellRange => ({ top: tableTop + 1, left: column, bottom: tableTop + ranked, right: column });
  const dataBars = ranked > 0 ? rankedRows(keyColumn) : null;
  const chart = ranked > 0
    ? { title: format("sheet.chartTitle", { key: keyText(result.key, lang) }, lang), categories: rankedRows(CRITERION_COLUMN), values: rankedRows(keyColumn) }
    : null;

  let skippedBlock: CellRange | null = null;
  if (skipped.length > 0) {
    builder.addBlankRow();
    const top = builder.nextRow;
    addSkippedBlock(builder, skipped, lang);
    skippedBlock = { top, left: 0, bottom: builder.nextRow - 1, right: 2 };
  }

  let groupsBlock: CellRange | null = null;
  const winner = scored.find((criterion) => criterion.rank === 1);
  if (winner) {
    builder.addBlankRow();
    const top = builder.nextRow;
    addGroupsBlock(builder, winner, lang);
    groupsBlock = { top, left: 0, bottom: builder.nextRow - 1, right: 5 };
  }

  return {
    values: builder.values,
    numberFormats: builder.numberFormats,
    styles: builder.styles,
    // The guide line spills into the empty cells beside it, like a title, so it does not widen column A.
    columnWidths: columnWidths(builder.values, new Set([...titleRows(builder), guideRow]), header),
    table: { name: tableName, range: table },
    dataBars,
    chart,
    blocks: { header, ranking: table, guide: guideRow, skipped: skippedBlock, groups: groupsBlock },
  };
}

function titleRows(builder: LayoutBuilder): Set<number> {
  const titles = builder.styles.filter((entry) => entry.style === "title" || entry.style === "blockTitle");
  return new Set(titles.map((entry) => entry.range.top));
}

/**
 * Sizes each column to its widest cell. Title rows and the header block's values are left out
 * because their text may spill into the empty cells beside them. The header block's labels in
 * column A count. Numbers count as 12 characters.
 */
function columnWidths(values: readonly (readonly LayoutValue[])[], titleRows: ReadonlySet<number>, header: CellRange): number[] {
  const widths = new Array<number>(values[0]?.length ?? 0).fill(MIN_COLUMN_WIDTH);
  values.forEach((row, r) => {
    if (titleRows.has(r)) return;
    const inHeader = r >= header.top && r <= header.bottom;
    row.forEach((value, c) => {
      if (value === null || (inHeader && c > 0)) return;
      const text = typeof value === "number" ? "0".repeat(12) : String(value);
      widths[c] = Math.max(widths[c], Math.min(MAX_COLUMN_WIDTH, displayWidth(text) + 2));
    });
  });
  return widths;
}
