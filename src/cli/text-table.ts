import { displayWidth } from "../sheet/layout-text";

export type TextCell = string | number | null;

/** Writes a statistic for a terminal: up to 4 decimals, scientific notation below 0.0001, ∞ for infinity. */
export function formatNumber(value: number | null): string {
  if (value === null || Number.isNaN(value)) return "";
  if (value === Number.POSITIVE_INFINITY) return "∞";
  if (value === Number.NEGATIVE_INFINITY) return "-∞";
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && magnitude < 1e-4) return value.toExponential(2);
  return value.toFixed(4);
}

/**
 * Lays out rows as aligned columns separated by two spaces: numbers right-aligned, text
 * left-aligned, Hangul counted as two columns wide. The last column is not padded. Numbers in
 * `plainColumns` (input values, not statistics) are written as given, in their shortest form (4.17, not 4.1700).
 */
export function textTable(header: readonly string[], rows: readonly (readonly TextCell[])[], plainColumns: ReadonlySet<number> = new Set()): string {
  const text = (cell: TextCell, c: number): string => {
    if (typeof cell !== "number") return cell ?? "";
    return plainColumns.has(c) ? String(cell) : formatNumber(cell);
  };
  const cells = rows.map((row) => row.map(text));
  const numeric = header.map((_, c) => rows.some((row) => typeof row[c] === "number") && rows.every((row) => typeof row[c] !== "string" || row[c] === "∞"));
  const widths = header.map((title, c) => Math.max(displayWidth(title), ...cells.map((row) => displayWidth(row[c] ?? ""))));

  const line = (row: readonly string[]): string =>
    row
      .map((text, c) => {
        const padding = " ".repeat(widths[c] - displayWidth(text));
        if (numeric[c]) return padding + text;
        return c === row.length - 1 ? text : text + padding;
      })
      .join("  ")
      .trimEnd();
  return [line(header), ...cells.map(line)].join("\n") + "\n";
}
