import type { ErrorValue } from "../../engine/types";
import type { Language } from "../../i18n/catalog";
import { functionText } from "../../i18n/functions";
import { isReturnableError, OutputErrorCode } from "./excel-cells";

/**
 * An error cell of a result. Only `#VALUE!` and `#N/A` show their message in Excel, so the other
 * codes carry none.
 */
export class CellError {
  constructor(
    readonly code: OutputErrorCode,
    readonly message?: string,
  ) {}
}

/** One cell of a result: a number, text (`""` for an empty cell), a logical or an error. */
export type OutputCell = number | string | boolean | CellError;

/** A spilled result, row by row. */
export type OutputGrid = OutputCell[][];

/**
 * A problem with an argument (sizes that differ, an unknown option). The wrapper turns it into
 * `#VALUE!` with this message, which is already in the user's language.
 */
export class ArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArgumentError";
  }
}

/** `#DIV/0!` for an undefined measure, as STDEV.S returns for one value. */
export const UNDEFINED = new CellError("#DIV/0!");

/** `#NUM!` for an infinite F (perfect separation), as F.DIST.RT would return. */
export const INFINITE = new CellError("#NUM!");

/**
 * The cell a formula returns when its input contains an error, as AVERAGE does: the same error when
 * Excel lets a function return it, else `#VALUE!` (for `#REF!`, `#NAME?`, `#SPILL!` …) naming it.
 */
export function inputErrorCell(error: ErrorValue, lang: Language): CellError {
  if (!isReturnableError(error)) {
    return new CellError("#VALUE!", functionText("fn.inputErrorOther", { code: error.error }, lang));
  }
  const code = error.error as OutputErrorCode;
  const message = code === "#N/A" || code === "#VALUE!" ? functionText("fn.inputError", { code }, lang) : undefined;
  return new CellError(code, message);
}

/** A measure as a cell: the number, `#NUM!` when infinite, `#DIV/0!` when undefined. */
export function measureCell(value: number | null): OutputCell {
  if (value === null || Number.isNaN(value)) return UNDEFINED;
  if (!Number.isFinite(value)) return INFINITE;
  return value;
}
