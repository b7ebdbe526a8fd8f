import { numericValue, RANK_STATUS, ZSCORE_STATUS } from "../../engine";
import type { CellValue } from "../../engine/types";
import type { Language } from "../../i18n/catalog";
import { functionText } from "../../i18n/functions";
import { CellError, OutputCell, UNDEFINED } from "./output";

/** Row status of `zScoresWithinGroups` beyond RANK_STATUS: the group's spread is 0 or undefined. */
export const UNDEFINED_STATUS = ZSCORE_STATUS.undefinedScore;

/**
 * Turns per-row numbers and statuses into result cells: the number, `""` for a blank value,
 * `#N/A` (with the reason) for a row that cannot be ranked, `#DIV/0!` for an undefined score.
 * The two `#N/A` cells are shared by every row, so a column of a million rows allocates two.
 */
export function rowCells(numbers: Float64Array, status: Uint8Array, values: readonly CellValue[], lang: Language): OutputCell[] {
  const notANumber = new CellError("#N/A", functionText("fn.rowNotANumber", {}, lang));
  const noGroup = new CellError("#N/A", functionText("fn.rowNoGroup", {}, lang));
  const cells: OutputCell[] = new Array(numbers.length);
  for (let row = 0; row < numbers.length; row++) {
    const rowStatus = status[row];
    if (rowStatus === RANK_STATUS.ranked) cells[row] = numbers[row];
    else if (rowStatus === RANK_STATUS.blank) cells[row] = "";
    else if (rowStatus === UNDEFINED_STATUS) cells[row] = UNDEFINED;
    else cells[row] = Number.isNaN(numericValue(values[row])) ? notANumber : noGroup;
  }
  return cells;
}
