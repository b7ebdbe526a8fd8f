import type { CellValue, ErrorValue } from "../../engine/types";

/** Error codes that a custom function may return to a cell. */
export type OutputErrorCode = "#DIV/0!" | "#N/A" | "#NAME?" | "#NULL!" | "#NUM!" | "#REF!" | "#VALUE!";

/**
 * Converts one cell of a range, as Excel passes it to a custom function, to an engine cell.
 *
 * Excel passes a blank cell as `null` (current Excel) or `""`, and with `allowErrorForDataTypeAny`
 * an error cell as a `CustomFunctions.Error` (an object with `code` such as "#N/A"). When the
 * metadata allows data types, a cell may also arrive as a cell-value object such as
 * `{ type: "Error", basicValue: "#N/A" }` or `{ type: "FormattedNumber", basicValue: 5 }`; the
 * basic value is used. NOTE: older Excel builds pass a blank cell as 0, which no code can tell
 * from a real 0.
 */
export function fromExcelCell(cell: unknown): CellValue {
  if (cell === null || cell === undefined || cell === "") return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : { error: "#NUM!" };
  if (typeof cell === "string" || typeof cell === "boolean") return cell;
  if (cell instanceof Date) return cell;
  if (typeof cell === "object") return fromCellObject(cell as Record<string, unknown>);
  return String(cell);
}

function fromCellObject(cell: Record<string, unknown>): CellValue {
  const type = typeof cell.type === "string" ? cell.type.toLowerCase() : "";
  if (typeof cell.code === "string" && cell.code.startsWith("#")) return { error: cell.code };
  if (typeof cell.error === "string") return { error: cell.error };
  if (type === "error") {
    const code = typeof cell.basicValue === "string" ? cell.basicValue : "#VALUE!";
    return { error: code };
  }
  if ("basicValue" in cell) return fromExcelCell(cell.basicValue);
  if (typeof cell.text === "string") return cell.text;
  return "[object]";
}

/** The shape of a range argument, and its cells in row-major order. */
export interface RangeCells {
  rows: number;
  columns: number;
  cells: CellValue[];
}

/**
 * Flattens a range argument row by row. A scalar (a single value typed into the formula) counts
 * as a 1 × 1 range; ragged rows are padded with blanks.
 */
export function readRange(range: unknown): RangeCells {
  const grid: unknown[][] = Array.isArray(range) ? range.map((row) => (Array.isArray(row) ? row : [row])) : [[range]];
  const rows = grid.length;
  let columns = 0;
  for (const row of grid) if (row.length > columns) columns = row.length;

  const cells: CellValue[] = new Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    for (let c = 0; c < columns; c++) cells[r * columns + c] = fromExcelCell(row[c]);
  }
  return { rows, columns, cells };
}

/** Error codes Excel accepts as a custom function's result; `#NAME?` and `#REF!` are input-only. */
const RETURNABLE: ReadonlySet<string> = new Set(["#DIV/0!", "#N/A", "#NULL!", "#NUM!", "#VALUE!"]);

/** Tells whether a custom function can return this error code as it is. */
export function isReturnableError(error: ErrorValue): boolean {
  return RETURNABLE.has(error.error);
}
