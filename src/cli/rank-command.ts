import * as path from "node:path";
import type { TextEncoding } from "../adapters/files/decode-text";
import { UserError } from "../adapters/files/user-error";
import { checkOutputPath } from "../adapters/files/write-output";
import { writeRankedWorkbook } from "../adapters/files/write-ranked";
import { scanCriteria, type ScanResult } from "../engine";
import type { Distance } from "../engine/types";
import { format, Language } from "../i18n/locale";
import { kindLabel } from "../sheet/layout-text";
import { criterionNote } from "../sheet/ranking-blocks";
import type { SheetColumn, SheetTable } from "../sheet/columns";
import type { CliIo } from "./cli-io";
import { rankJson } from "./json-output";
import { loadTable, requireColumn, requireNumericTarget } from "./load-table";
import { startProgress } from "./progress";
import { skippedRowsLine } from "./skipped-rows";
import { textTable, type TextCell } from "./text-table";

export interface RankOptions {
  readonly target: string;
  readonly sheet?: string;
  readonly criteria?: readonly string[];
  readonly distance: Distance;
  readonly bins: number;
  readonly out?: string;
  readonly force: boolean;
  readonly json: boolean;
  readonly encoding?: TextEncoding;
}

/** `triplet-criteria rank`: scores the criteria, writes the ranked copy, then prints the ranking. */
export async function runRank(file: string, options: RankOptions, io: CliIo, lang: Language): Promise<number> {
  const output = options.out ?? defaultOutput(file);
  await checkOutputPath(output, file, options.force);

  const { input, table } = await loadTable(file, options, io, lang);
  const target = requireColumn(table, options.target);
  requireNumericTarget(target);
  const candidates = chooseCandidates(table, target, options.criteria);

  const progress = startProgress(io.stderr, format("cli.scanning", { total: candidates.length }, lang), candidates.length);
  let result: ScanResult;
  try {
    result = scanCriteria(target, candidates, { distance: options.distance, bins: options.bins, onProgress: (done, total) => progress.update(done, total) });
  } finally {
    progress.stop();
  }
  reportSkippedRows(result, io, lang);
  rejectUnrankableTarget(result, target);

  const sheet = await writeRankedWorkbook(input, result, { output, force: options.force, language: lang, date: io.now() });
  io.stderr.write(`${format("cli.wrote", { file: output, sheet }, lang)}\n`);

  if (options.json) io.stdout.write(`${JSON.stringify(rankJson(result, lang), null, 2)}\n`);
  else io.stdout.write(rankingText(result, lang));
  return 0;
}

/** `<folder>/<base>-ranked.xlsx` beside the input. */
export function defaultOutput(file: string): string {
  const parsed = path.parse(file);
  return path.join(parsed.dir, `${parsed.name}-ranked.xlsx`);
}

function chooseCandidates(table: SheetTable, target: SheetColumn, names: readonly string[] | undefined): SheetColumn[] {
  if (names === undefined || names.length === 0) {
    const others = table.columns.filter((column) => column !== target);
    if (others.length === 0) throw new UserError("cli.noCriteria");
    return others;
  }
  const chosen = names.map((name) => requireColumn(table, name));
  if (chosen.includes(target)) throw new UserError("cli.targetAsCriterion", { column: target.name });
  return chosen.filter((column, i) => chosen.indexOf(column) === i);
}

function reportSkippedRows(result: ScanResult, io: CliIo, lang: Language): void {
  const { blank, notANumber, error } = result.targetSkipped;
  const line = skippedRowsLine({ targetBlank: blank, targetNotANumber: notANumber, targetError: error }, lang);
  if (line !== null) io.stderr.write(`${line}\n`);
}

/**
 * Rejects a target that no criterion can be scored against: all its numbers are equal, or only
 * one row has a number. A sheet with nothing ranked is of no use, so nothing is written.
 */
function rejectUnrankableTarget(result: ScanResult, target: SheetColumn): void {
  if (result.note === "oneRow") throw new UserError("cli.targetOneRow", { column: target.name });
  if (result.note === "noVariation") {
    const value = target.cells.find((cell) => typeof cell === "number" || cell instanceof Date);
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    throw new UserError("cli.targetNoVariation", { column: target.name, value: text });
  }
}

/** The ranking as aligned text: the main statistics of every criterion, ranked ones first. */
export function rankingText(result: ScanResult, lang: Language): string {
  const ids = ["sheet.rank", "sheet.criterion", "sheet.kind", "sheet.n", "sheet.groups", "sheet.honestNormalizedLoss", "sheet.normalizedLoss", "sheet.eta2", "sheet.omega2", "sheet.F", "sheet.p", "sheet.pHolm", "sheet.note"] as const;
  const header = ids.map((id) => format(id, {}, lang));
  const rows: TextCell[][] = result.criteria.map((criterion) => {
    const score = criterion.score;
    const losses = score?.losses[score.distance];
    return [
      criterion.rank,
      criterion.criterion,
      kindLabel(criterion.kind, criterion.binCount, lang),
      score?.n ?? null,
      score?.groups ?? null,
      losses?.honestNormalizedLoss ?? null,
      losses?.normalizedLoss ?? null,
      score?.eta2 ?? null,
      score?.omega2 ?? null,
      score?.F ?? null,
      score?.p ?? null,
      criterion.pHolm,
      criterionNote(criterion, lang),
    ];
  });
  return textTable(header, rows);
}
