/**
 * The only code of the custom functions that touches Office globals: it picks the user's
 * language and turns the logic's results and argument errors into `CustomFunctions.Error`s.
 */
import { resolveLanguage } from "../i18n/locale";
import type { Language } from "../i18n/catalog";
import { functionText } from "../i18n/functions";
import { ArgumentError, CellError, type OutputCell, type OutputGrid } from "./logic/output";

/** Excel's display language when Office provides it, else English. */
export function displayLanguage(): Language {
  try {
    return typeof Office !== "undefined" ? resolveLanguage(Office.context?.displayLanguage) : "en";
  } catch {
    return "en";
  }
}

function toCustomError(cell: CellError, cache: Map<CellError, CustomFunctions.Error>): CustomFunctions.Error {
  let converted = cache.get(cell);
  if (!converted) {
    const code = cell.code as unknown as CustomFunctions.ErrorCode;
    converted = cell.message === undefined ? new CustomFunctions.Error(code) : new CustomFunctions.Error(code, cell.message);
    cache.set(cell, converted);
  }
  return converted;
}

/**
 * Runs one function's logic and settles synchronously: a number or grid is returned, a single
 * error cell and any exception are thrown as `CustomFunctions.Error`, so no cell stays #BUSY!.
 * Error cells shared by many rows become one shared `CustomFunctions.Error`.
 */
export function settle<T extends OutputCell | OutputGrid>(compute: (lang: Language) => T): T extends OutputGrid ? unknown[][] : unknown {
  const lang = displayLanguage();
  const cache = new Map<CellError, CustomFunctions.Error>();
  let result: OutputCell | OutputGrid;
  try {
    result = compute(lang);
  } catch (error) {
    if (error instanceof ArgumentError) throw new CustomFunctions.Error("#VALUE!" as unknown as CustomFunctions.ErrorCode, error.message);
    const detail = error instanceof Error ? error.message : String(error);
    throw new CustomFunctions.Error("#VALUE!" as unknown as CustomFunctions.ErrorCode, functionText("fn.internal", { detail }, lang));
  }
  if (result instanceof CellError) throw toCustomError(result, cache);
  if (!Array.isArray(result)) return result as never;
  return result.map((row) => row.map((cell) => (cell instanceof CellError ? toCustomError(cell, cache) : cell))) as never;
}
