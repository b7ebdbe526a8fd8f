/** Converts a 0-based column index to its Excel letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`invalid column index: ${index}`);
  let letters = "";
  let rest = index + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** A rectangle of cells with 0-based, inclusive bounds. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Writes a range in A1 notation (`B3:D10`, or `B3` for one cell), relative to cell A1 of the sheet. */
export function rangeAddress(range: CellRange): string {
  const first = `${columnLetter(range.left)}${range.top + 1}`;
  const last = `${columnLetter(range.right)}${range.bottom + 1}`;
  return first === last ? first : `${first}:${last}`;
}
