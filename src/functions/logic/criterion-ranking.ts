import { isBlankCell, isErrorValue, scanCriteria, type CellValue, type ColumnInput, type CriterionResult, type ScanResult } from "../../engine";
import type { Language } from "../../i18n/catalog";
import { format, kindText, noteText } from "../../i18n/locale";
import { functionText } from "../../i18n/functions";
import { filledRowCount, readRange, RangeCells } from "./excel-cells";
import { parseBins, parseDistance } from "./options";
import { ArgumentError, inputErrorCell, measureCell, OutputCell, OutputGrid } from "./output";
import { describeShape } from "./paired-ranges";
import { criteriaNames } from "./criteria-names";

/**
 * CRITERION_RANKING: scores every column of `criteria` as a way to group `values` and returns the
 * ranking table with a header row, best criterion first (by the honest normalized loss). When
 * `values` is a row, each row of `criteria` is one criterion. `headers` is TRUE when the first
 * row contains the names, or a range with one name per criterion; otherwise criteria are named by
 * their column letters (from `criteriaAddress`) or "Column 1", "Column 2" ….
 */
export function criterionRankingResult(
  values: unknown,
  criteria: unknown,
  headers: unknown,
  distance: unknown,
  bins: unknown,
  criteriaAddress: string | undefined,
  lang: Language,
): OutputGrid | OutputCell {
  const shape = readRange(values, 0);
  const byRows = shape.rows === 1 && shape.columns > 1;
  if (shape.rows > 1 && shape.columns > 1) {
    throw new ArgumentError(functionText("fn.valuesNotVector", { values: describeShape(shape, lang) }, lang));
  }
  // A column of values with whole-column criteria converts only the rows up to the last one used.
  const rowLimit = byRows ? Number.POSITIVE_INFINITY : filledRowCount(values, criteria);
  const valueRange = readRange(values, rowLimit);
  const criteriaRange = readRange(criteria, rowLimit);
  const valueCount = byRows ? valueRange.columns : valueRange.rows;
  const criteriaLength = byRows ? criteriaRange.columns : criteriaRange.rows;
  if (valueCount !== criteriaLength) {
    throw new ArgumentError(functionText("fn.criteriaMismatch", { values: valueCount, criteria: criteriaLength }, lang));
  }
  const target = valueRange.cells;
  const columns = splitCriteria(criteriaRange, byRows);
  const chosenDistance = parseDistance(distance, lang);
  const binCount = parseBins(bins, lang);

  const names = criteriaNames(headers, columns, criteriaAddress, byRows, lang);
  const firstRow = names.firstRowIsHeader ? 1 : 0;
  const rowEnd = lastUsedRow(target, columns) + 1;
  const firstError = findFirstError(target, columns, firstRow, rowEnd);
  if (firstError) return inputErrorCell(firstError, lang);

  const candidates: ColumnInput[] = columns.map((cells, index) => ({ name: names.names[index], cells: cells.slice(firstRow, rowEnd) }));
  const scan = scanCriteria({ name: "values", cells: target.slice(firstRow, rowEnd) }, candidates, { distance: chosenDistance, bins: binCount });
  return rankingTable(scan, lang);
}

/** Columns of the criteria range (or its rows, when `byRows`), each as a list of cells. */
function splitCriteria(range: RangeCells, byRows: boolean): CellValue[][] {
  const count = byRows ? range.rows : range.columns;
  const length = byRows ? range.columns : range.cells.length / Math.max(range.columns, 1);
  return Array.from({ length: count }, (_, index) =>
    Array.from({ length }, (_, position) => (byRows ? range.cells[index * range.columns + position] : range.cells[position * range.columns + index])),
  );
}

/** Returns the last row where the target or any criterion is not blank, or -1 when all are blank. */
function lastUsedRow(target: readonly CellValue[], columns: readonly CellValue[][]): number {
  for (let row = target.length - 1; row >= 0; row--) {
    if (!isBlankCell(target[row])) return row;
    for (const column of columns) if (!isBlankCell(column[row])) return row;
  }
  return -1;
}

/** First error in row order, reading the target and then each criterion left to right. */
function findFirstError(target: readonly CellValue[], columns: readonly CellValue[][], start: number, end: number) {
  for (let row = start; row < end; row++) {
    const cell = target[row];
    if (isErrorValue(cell)) return cell;
    for (const column of columns) {
      const label = column[row];
      if (isErrorValue(label)) return label;
    }
  }
  return null;
}

function rankingTable(scan: ScanResult, lang: Language): OutputGrid {
  const header: OutputCell[] = [
    format("sheet.rank", {}, lang),
    format("sheet.criterion", {}, lang),
    format("sheet.kind", {}, lang),
    format("sheet.groups", {}, lang),
    format("sheet.n", {}, lang),
    format("sheet.honestNormalizedLoss", {}, lang),
    format("sheet.loss", {}, lang),
    format("sheet.normalizedLoss", {}, lang),
    format("sheet.eta2", {}, lang),
    format("sheet.omega2", {}, lang),
    format("sheet.F", {}, lang),
    format("sheet.p", {}, lang),
    format("sheet.pHolm", {}, lang),
    format("sheet.note", {}, lang),
  ];
  const rows = scan.criteria.map((result) => rankingRow(result, scan, lang));
  return [header, ...rows];
}

function rankingRow(result: CriterionResult, scan: ScanResult, lang: Language): OutputCell[] {
  const note = result.note ? noteText(result.note, lang) : "";
  const score = result.score;
  if (!score) return [result.rank ?? "", result.criterion, kindText(result.kind, lang), "", "", "", "", "", "", "", "", "", "", note];
  const losses = score.losses[scan.distance];
  return [
    result.rank ?? "",
    result.criterion,
    kindText(result.kind, lang),
    score.groups,
    score.n,
    measureCell(losses.honestNormalizedLoss),
    measureCell(losses.loss),
    measureCell(losses.normalizedLoss),
    measureCell(score.eta2),
    measureCell(score.omega2),
    measureCell(score.F),
    measureCell(score.p),
    holmCell(result.pHolm, score.p),
    note,
  ];
}

/** Holm-adjusted p: the number, `#DIV/0!` when p itself is undefined, else empty (not adjusted). */
function holmCell(pHolm: number | null, p: number | null): OutputCell {
  if (pHolm !== null) return pHolm;
  if (p === null) return measureCell(null);
  return "";
}
