import type { TextEncoding } from "../adapters/files/decode-text";
import { criterionLoss, type CriterionLossResult } from "../engine";
import type { Distance } from "../engine/types";
import { CLI_HELP } from "../i18n/cli";
import { format, formatFrom, Language } from "../i18n/locale";
import type { CliIo } from "./cli-io";
import { lossJson } from "./json-output";
import { loadTable, requireColumn, requireNumericTarget } from "./load-table";
import { skippedRowsLine } from "./skipped-rows";
import { textTable, type TextCell } from "./text-table";

export interface LossOptions {
  readonly target: string;
  readonly by: string;
  readonly sheet?: string;
  readonly distance: Distance;
  readonly json: boolean;
  readonly encoding?: TextEncoding;
}

/** `triplet-criteria loss`: the triplet loss and ANOVA measures of one criterion. */
export async function runLoss(file: string, options: LossOptions, io: CliIo, lang: Language): Promise<number> {
  const { table } = await loadTable(file, options, io, lang);
  const target = requireColumn(table, options.target);
  const by = requireColumn(table, options.by);
  requireNumericTarget(target);

  const result = criterionLoss(target.cells, by.cells, { distance: options.distance });
  const { blankValue, notANumber, errorValue, blankLabel, errorLabel } = result.skipped;
  const skipped = skippedRowsLine({ targetBlank: blankValue, targetNotANumber: notANumber, targetError: errorValue, labelBlank: blankLabel, labelError: errorLabel }, lang);
  if (skipped !== null) io.stderr.write(`${skipped}\n`);
  const document = lossJson(result, lang) as { reasons: Record<string, string> };
  if (options.json) io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  else io.stdout.write(lossText(result, document.reasons, lang));
  return 0;
}

function lossText(result: CriterionLossResult, reasons: Record<string, string>, lang: Language): string {
  const losses = result.losses[result.distance];
  const measures: [string, number | null, string][] = [
    ["sheet.n", result.n, "n"],
    ["sheet.groups", result.groups, "groups"],
    ["sheet.smallestGroup", result.smallestGroup, "smallestGroup"],
    ["sheet.loss", losses.loss, "loss"],
    ["sheet.normalizedLoss", losses.normalizedLoss, "normalizedLoss"],
    ["sheet.honestLoss", losses.honestLoss, "honestLoss"],
    ["sheet.honestNormalizedLoss", losses.honestNormalizedLoss, "honestNormalizedLoss"],
    ["sheet.eta2", result.eta2, "eta2"],
    ["sheet.epsilon2", result.epsilon2, "epsilon2"],
    ["sheet.omega2", result.omega2, "omega2"],
    ["sheet.F", result.F, "F"],
    ["sheet.p", result.p, "p"],
  ];
  const rows: TextCell[][] = measures.map(([id, value, key]) => [format(id as Parameters<typeof format>[0], {}, lang), value, reasons[key] ?? null]);
  const header = [formatFrom(CLI_HELP, "help.measure", {}, lang), formatFrom(CLI_HELP, "help.value", {}, lang), format("sheet.note", {}, lang)];
  return textTable(header, rows);
}
