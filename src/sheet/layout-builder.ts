import type { CellRange } from "./column-letter";
import type { LayoutStyle, LayoutValue } from "./layout-types";

/** A value with an optional number format; strings get the text format `@` unless told otherwise. */
export interface FormattedValue {
  readonly value: LayoutValue;
  readonly format?: string | null;
}

export type LayoutCell = LayoutValue | FormattedValue;

/** Collects rows of cells, their number formats and styles, top to bottom. */
export class LayoutBuilder {
  readonly values: LayoutValue[][] = [];
  readonly numberFormats: (string | null)[][] = [];
  readonly styles: { range: CellRange; style: LayoutStyle }[] = [];

  constructor(readonly width: number) {}

  /** Index of the next row to be added. */
  get nextRow(): number {
    return this.values.length;
  }

  /** Appends one row, padded with blanks to the layout's width, and returns its index. */
  addRow(cells: readonly LayoutCell[], style?: LayoutStyle): number {
    if (cells.length > this.width) throw new RangeError(`row of ${cells.length} cells is wider than ${this.width}`);
    const row = this.values.length;
    const values: LayoutValue[] = [];
    const formats: (string | null)[] = [];
    for (let c = 0; c < this.width; c++) {
      const cell = c < cells.length ? cells[c] : null;
      const { value, format } = isFormatted(cell) ? cell : { value: cell, format: undefined };
      values.push(value);
      formats.push(format !== undefined ? format : typeof value === "string" ? "@" : null);
    }
    this.values.push(values);
    this.numberFormats.push(formats);
    if (style) this.styles.push({ range: { top: row, left: 0, bottom: row, right: Math.max(0, cells.length - 1) }, style });
    return row;
  }

  addBlankRow(): void {
    this.addRow([]);
  }
}

function isFormatted(cell: LayoutCell): cell is FormattedValue {
  return typeof cell === "object" && cell !== null;
}
