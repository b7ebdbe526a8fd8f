import type { CriterionResult, ScanResult } from "../engine";
import type { RankingKey } from "../engine/types";
import { distanceText, format, keyText, Language, noteText } from "../i18n/locale";
import { LayoutBuilder, LayoutCell } from "./layout-builder";
import { formatTimestamp, kindLabel, labelValue } from "./layout-text";

/** Number formats of the ranking sheet. */
export const FORMATS = {
  count: "0",
  loss: "#,##0.0000",
  ratio: "0.0000",
  effect: "0.000",
  F: "#,##0.00",
  // Very small p-values would read as 0.0000, so they switch to scientific notation.
  p: "[<0.0001]0.00E+00;0.0000",
  mean: "#,##0.00",
} as const;

/** Columns of the ranking table, in order: message id of the header and the cell of a criterion. */
export const RANKING_COLUMNS = [
  "sheet.rank",
  "sheet.criterion",
  "sheet.kind",
  "sheet.groups",
  "sheet.n",
  "sheet.smallestGroup",
  "sheet.loss",
  "sheet.normalizedLoss",
  "sheet.honestLoss",
  "sheet.honestNormalizedLoss",
  "sheet.eta2",
  "sheet.epsilon2",
  "sheet.omega2",
  "sheet.F",
  "sheet.p",
  "sheet.pHolm",
  "sheet.note",
] as const;

/** Column of the ranking table that contains each ranking key. */
export const KEY_COLUMN: Record<RankingKey, number> = {
  loss: RANKING_COLUMNS.indexOf("sheet.loss"),
  honestNormalizedLoss: RANKING_COLUMNS.indexOf("sheet.honestNormalizedLoss"),
  omega2: RANKING_COLUMNS.indexOf("sheet.omega2"),
  p: RANKING_COLUMNS.indexOf("sheet.p"),
};

export const CRITERION_COLUMN = RANKING_COLUMNS.indexOf("sheet.criterion");

export interface RankingContext {
  /** The file or workbook the data came from. */
  readonly source: string;
  /** The data sheet's name, when there is one. */
  readonly sheet?: string;
  readonly language: Language;
  /** When the ranking was made. */
  readonly date: Date;
}

/** Adds the title and the settings: source, target, rows used and skipped, distance, key, bins, date. */
export function addHeaderBlock(builder: LayoutBuilder, result: ScanResult, context: RankingContext): void {
  const lang = context.language;
  const skipped = result.targetSkipped;
  const skippedCount = skipped.blank + skipped.notANumber + skipped.error;
  const source = context.sheet === undefined ? context.source : format("sheet.sourceWithSheet", { source: context.source, sheet: context.sheet }, lang);
  const label = (id: Parameters<typeof format>[0]): LayoutCell => format(id, {}, lang);

  builder.addRow([format("sheet.title", { target: result.target }, lang)], "title");
  const first = builder.nextRow;
  builder.addRow([label("sheet.source"), source]);
  builder.addRow([label("sheet.target"), result.target]);
  builder.addRow([label("sheet.rowsUsed"), { value: result.rowsUsed, format: FORMATS.count }, format("sheet.rowsUsedDetail", { rows: result.rows }, lang)]);
  builder.addRow([label("sheet.rowsSkipped"), { value: skippedCount, format: FORMATS.count }, skippedDetail(skipped, lang)]);
  builder.addRow([label("sheet.distance"), distanceText(result.distance, lang)]);
  builder.addRow([label("sheet.key"), keyText(result.key, lang)]);
  builder.addRow([label("sheet.bins"), { value: result.bins, format: FORMATS.count }]);
  builder.addRow([label("sheet.date"), formatTimestamp(context.date)]);
  if (result.note !== null) builder.addRow([label("sheet.scanNote"), noteText(result.note, lang)]);
  builder.styles.push({ range: { top: first, left: 0, bottom: builder.nextRow - 1, right: 0 }, style: "label" });
}

/** Lists the reasons rows were skipped, leaving out reasons with no rows; `null` when none was skipped. */
function skippedDetail(skipped: ScanResult["targetSkipped"], lang: Language): string | null {
  const parts: string[] = [];
  if (skipped.blank > 0) parts.push(format("sheet.skippedBlank", { count: skipped.blank }, lang));
  if (skipped.notANumber > 0) parts.push(format("sheet.skippedNotANumber", { count: skipped.notANumber }, lang));
  if (skipped.error > 0) parts.push(format("sheet.skippedError", { count: skipped.error }, lang));
  return parts.length > 0 ? parts.join(", ") : null;
}

/** Cells of one criterion's row in the ranking table. */
export function rankingRow(criterion: CriterionResult, lang: Language): LayoutCell[] {
  const score = criterion.score;
  if (score === null) throw new RangeError(`criterion ${criterion.criterion} has no score`);
  const losses = score.losses[score.distance];
  const F: LayoutCell = score.F === Number.POSITIVE_INFINITY ? format("sheet.infinity", {}, lang) : { value: score.F, format: FORMATS.F };

  return [
    { value: criterion.rank, format: FORMATS.count },
    criterion.criterion,
    kindLabel(criterion.kind, criterion.binCount, lang),
    { value: score.groups, format: FORMATS.count },
    { value: score.n, format: FORMATS.count },
    { value: score.smallestGroup, format: FORMATS.count },
    { value: losses.loss, format: FORMATS.loss },
    { value: losses.normalizedLoss, format: FORMATS.ratio },
    { value: losses.honestLoss, format: FORMATS.loss },
    { value: losses.honestNormalizedLoss, format: FORMATS.ratio },
    { value: score.eta2, format: FORMATS.effect },
    { value: score.epsilon2, format: FORMATS.effect },
    { value: score.omega2, format: FORMATS.effect },
    F,
    { value: score.p, format: FORMATS.p },
    { value: criterion.pHolm, format: FORMATS.p },
    criterionNote(criterion, lang),
  ];
}

/**
 * Writes the note of a criterion: why a measure is undefined or notable, and how many rows
 * its blank or error labels left out. Returns `null` when there is no note.
 */
export function criterionNote(criterion: CriterionResult, lang: Language): string | null {
  const parts: string[] = [];
  const note = criterion.note ?? criterion.score?.note ?? null;
  if (note !== null) parts.push(noteText(note, lang));
  const { blankLabel, errorLabel } = criterion.rowsLeftOut;
  const leftOut: string[] = [];
  if (blankLabel > 0) leftOut.push(format("sheet.leftOutBlank", { count: blankLabel }, lang));
  if (errorLabel > 0) leftOut.push(format("sheet.leftOutError", { count: errorLabel }, lang));
  if (leftOut.length > 0) parts.push(format("sheet.rowsLeftOut", { parts: leftOut.join(", ") }, lang));
  return parts.length > 0 ? parts.join("; ") : null;
}

/** Adds the block of columns that were not scored, with the reason for each. */
export function addSkippedBlock(builder: LayoutBuilder, skipped: readonly CriterionResult[], lang: Language): void {
  builder.addRow([format("sheet.skippedTitle", {}, lang)], "blockTitle");
  builder.addRow([format("sheet.column", {}, lang), format("sheet.kind", {}, lang), format("sheet.reason", {}, lang)], "tableHeader");
  for (const criterion of skipped) {
    builder.addRow([criterion.criterion, kindLabel(criterion.kind, criterion.binCount, lang), criterionNote(criterion, lang)]);
  }
}

/** Adds n, mean, SD, min and max of each group of the top criterion. */
export function addGroupsBlock(builder: LayoutBuilder, winner: CriterionResult, lang: Language): void {
  const summaries = winner.score?.groupSummaries ?? [];
  builder.addRow([format("sheet.groupsTitle", { criterion: winner.criterion }, lang)], "blockTitle");
  const headers = ["sheet.group", "sheet.n", "sheet.mean", "sheet.sd", "sheet.min", "sheet.max"] as const;
  builder.addRow(headers.map((id) => format(id, {}, lang)), "tableHeader");
  for (const group of summaries) {
    builder.addRow([
      labelValue(group.label, lang),
      { value: group.n, format: FORMATS.count },
      { value: group.mean, format: FORMATS.mean },
      { value: group.sd, format: FORMATS.mean },
      { value: group.min, format: FORMATS.mean },
      { value: group.max, format: FORMATS.mean },
    ]);
  }
}
