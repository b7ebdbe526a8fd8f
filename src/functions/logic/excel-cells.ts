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

/** Excel's `errorType` names of error cell values (Excel JavaScript API), by error code. */
const ERROR_TYPES: Readonly<Record<string, string>> = {
  div0: "#DIV/0!",
  notavailable: "#N/A",
  name: "#NAME?",
  null: "#NULL!",
  num: "#NUM!",
  ref: "#REF!",
  value: "#VALUE!",
  spill: "#SPILL!",
  calc: "#CALC!",
  busy: "#BUSY!",
  field: "#FIELD!",
  connect: "#CONNECT!",
  blocked: "#BLOCKED!",
  gettingdata: "#GETTING_DATA",
};

function fromCellObject(cell: Record<string, unknown>): CellValue {
  const type = typeof cell.type === "string" ? cell.type.toLowerCase() : "";
  if (typeof cell.code === "string" && cell.code.startsWith("#")) return { error: cell.code };
  if (typeof cell.error === "string") return { error: cell.error };
  if (type === "error") {
    if (typeof cell.basicValue === "string" && cell.basicValue.startsWith("#")) return { error: cell.basicValue };
    const named = typeof cell.errorType === "string" ? ERROR_TYPES[cell.errorType.toLowerCase()] : undefined;
    return { error: named ?? "#VALUE!" };
  }
  // An entity's basic value is #VALUE!, so its display text stands for it as a label.
  if ((type === "entity" || type === "linkedentity") && typeof cell.text === "string") return cell.text;
  if ("basicValue" in cell) return fromExcelCell(cell.basicValue);
  if (typeof cell.text === "string") return cell.text;
  return "[object]";
}

/**
 * The shape of a range argument, and its cells in row-major order. `cells` may stop before
 * `rows` rows when the caller asked for fewer (the rest are blank).
 */
export interface RangeCells {
  rows: number;
  columns: number;
  cells: CellValue[];
}

/** Returns a range argument as rows, treating a scalar (a value typed into the formula) as a 1 × 1 range. */
function asRows(range: unknown): unknown[][] {
  if (!Array.isArray(range)) return [[range]];
  if (range.every((row) => Array.isArray(row))) return range as unknown[][];
  return range.map((row) => (Array.isArray(row) ? row : [row]));
}

function isRawBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || cell === "";
}

function rowHasValue(row: unknown): boolean {
  if (!Array.isArray(row)) return !isRawBlank(row);
  for (let c = 0; c < row.length; c++) if (!isRawBlank(row[c])) return true;
  return false;
}

/**
 * Counts the rows up to the last one that has a non-blank cell in any of the ranges, so the
 * blank rows that a whole-column reference such as A:A brings are never converted.
 */
export function filledRowCount(...ranges: unknown[]): number {
  let count = 0;
  for (const range of ranges) {
    if (!Array.isArray(range)) {
      count = Math.max(count, isRawBlank(range) ? 0 : 1);
      continue;
    }
    for (let r = range.length - 1; r >= count; r--) {
      const row: unknown = range[r];
      if (rowHasValue(row)) {
        count = r + 1;
        break;
      }
    }
  }
  return count;
}

/**
 * Flattens a range argument row by row, converting at most `rowLimit` rows; ragged rows are
 * padded with blanks.
 */
export function readRange(range: unknown, rowLimit = Number.POSITIVE_INFINITY): RangeCells {
  const grid = asRows(range);
  const rows = grid.length;
  const kept = Math.min(rows, rowLimit);
  // Excel passes rectangular ranges, so the rows left unconverted do not change the width.
  let columns = rows > 0 ? grid[0].length : 0;
  for (let r = 1; r < kept; r++) if (grid[r].length > columns) columns = grid[r].length;

  const cells: CellValue[] = new Array(kept * columns);
  for (let r = 0; r < kept; r++) {
    const row = grid[r];
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      cells[r * columns + c] = typeof cell === "number" && Number.isFinite(cell) ? cell : fromExcelCell(cell);
    }
  }
  return { rows, columns, cells };
}

/** Error codes Excel accepts as a custom function's result; `#NAME?` and `#REF!` are input-only. */
const RETURNABLE: ReadonlySet<string> = new Set(["#DIV/0!", "#N/A", "#NULL!", "#NUM!", "#VALUE!"]);

/** Tells whether a custom function can return this error code as it is. */
export function isReturnableError(error: ErrorValue): boolean {
  return RETURNABLE.has(error.error);
}
