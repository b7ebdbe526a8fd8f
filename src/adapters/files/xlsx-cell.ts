import type { CellValue as ExcelCellValue } from "exceljs";
import type { CellValue } from "../../engine/types";

/**
 * Converts an exceljs cell value to the engine's cell: formulas give their cached result
 * (blank when the file has none), rich text and hyperlinks their plain text, errors
 * `{error: "#N/A"}` and so on. exceljs already reads date-formatted numbers as `Date`.
 */
export function engineCell(value: ExcelCellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return formulaResult(value.result);
  if ("hyperlink" in value) return hyperlinkText(value.text);
  return null;
}

type FormulaResult = number | string | boolean | Date | { error: string } | undefined | null;

function formulaResult(result: FormulaResult | unknown): CellValue {
  if (result === null || result === undefined) return null;
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean" || result instanceof Date) return result;
  if (typeof result === "object" && "error" in result && typeof (result as { error: unknown }).error === "string") {
    return { error: (result as { error: string }).error };
  }
  return null;
}

function hyperlinkText(text: unknown): CellValue {
  if (typeof text === "string") return text;
  // A hyperlink's text may itself be rich text.
  if (typeof text === "object" && text !== null && "richText" in text) {
    return (text as { richText: { text: string }[] }).richText.map((run) => run.text).join("");
  }
  return null;
}
