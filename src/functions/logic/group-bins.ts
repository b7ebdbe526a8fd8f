import { isBlankCell, quantileBins } from "../../engine";
import type { Language } from "../../i18n/catalog";
import { functionText } from "../../i18n/functions";
import { parseBins } from "./options";
import { CellError, OutputCell, OutputGrid } from "./output";
import { filledRowCount, readRange } from "./excel-cells";
import { keptShape, toGrid } from "./paired-ranges";

/**
 * GROUP_BINS: the quantile bin of each number ("Q1: 12.1–15"), in the shape of `values`, so a
 * number column can serve as a criterion. Blanks stay empty; text and errors get `#N/A`.
 */
export function groupBinsResult(values: unknown, bins: unknown, lang: Language): OutputGrid {
  const range = readRange(values, filledRowCount(values));
  const binCount = parseBins(bins, lang);

  let last = range.cells.length - 1;
  while (last >= 0 && isBlankCell(range.cells[last])) last--;
  const { rows, columns } = keptShape(range.rows, range.columns, last);
  const cells = range.cells.slice(0, rows * columns);

  const binning = quantileBins(cells, binCount);
  const notANumber = new CellError("#N/A", functionText("fn.rowNotANumber", {}, lang));
  const output: OutputCell[] = binning.labels.map((label, row) => label ?? (isBlankCell(cells[row]) ? "" : notANumber));
  return toGrid(output, rows, columns);
}
