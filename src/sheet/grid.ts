import type { CellValue } from "../engine/types";

/** A blank cell: `null`, `undefined` (a hole in a ragged row) or the empty string Office.js returns for an empty cell. */
export function isBlankCell(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || cell === "";
}

/**
 * Drops trailing empty rows and trailing empty columns, and pads the kept rows to one
 * width with `null`. Leading empty rows and columns stay, so positions still match the sheet.
 */
export function trimGrid(grid: readonly (readonly CellValue[])[]): CellValue[][] {
  let lastRow = -1;
  let lastColumn = -1;
  grid.forEach((row, r) => {
    for (let c = row.length - 1; c >= 0; c--) {
      if (!isBlankCell(row[c])) {
        lastRow = r;
        lastColumn = Math.max(lastColumn, c);
        break;
      }
    }
  });

  const width = lastColumn + 1;
  // Plain loops: on a 1,000,000 × 8 grid they take 0.3 s, where Array.from with a callback took 1.4 s.
  const rows: CellValue[][] = new Array(lastRow + 1);
  for (let r = 0; r <= lastRow; r++) rows[r] = paddedRow(grid[r], width);
  return rows;
}

function paddedRow(row: readonly CellValue[], width: number): CellValue[] {
  const padded: CellValue[] = new Array(width);
  for (let c = 0; c < width; c++) padded[c] = row[c] ?? null;
  return padded;
}
