// The sheet layer's public surface: cell grids to named columns, and a scan to a ranking sheet layout.
export { columnLetter, rangeAddress, type CellRange } from "./column-letter";
export { isBlankCell, trimGrid } from "./grid";
export { readTable, findColumn, uniqueColumnNames, type SheetColumn, type SheetTable, type ReadTableOptions } from "./columns";
export { sheetNameFor, tableNameFor, cleanSheetName, truncateUtf16, MAX_SHEET_NAME_LENGTH } from "./sheet-name";
export { buildRankingLayout, RANKING_TABLE_NAME, type RankingContext } from "./ranking-layout";
export { RANKING_COLUMNS, KEY_COLUMN, CRITERION_COLUMN, FORMATS, criterionNote } from "./ranking-blocks";
export { formatTimestamp, kindLabel, labelValue, displayWidth } from "./layout-text";
export type { CellLayout, LayoutValue, LayoutStyle } from "./layout-types";
