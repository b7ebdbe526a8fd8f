import type { TextEncoding } from "../adapters/files/decode-text";
import { rankWithinGroups } from "../engine";
import type { RankOrder, TieMethod } from "../engine/types";
import { CLI_HELP } from "../i18n/cli";
import { format, formatFrom, Language } from "../i18n/locale";
import { labelValue } from "../sheet/layout-text";
import type { CliIo } from "./cli-io";
import { rankEntry, ranksJson } from "./json-output";
import { loadTable, requireColumn, requireNumericTarget } from "./load-table";
import { textTable, type TextCell } from "./text-table";

export interface RankWithinOptions {
  readonly target: string;
  readonly by: string;
  readonly sheet?: string;
  readonly order: RankOrder;
  readonly ties: TieMethod;
  readonly json: boolean;
  readonly encoding?: TextEncoding;
}

/** `triplet-criteria rank-within`: each row's rank within its group, one entry per data row. */
export async function runRankWithin(file: string, options: RankWithinOptions, io: CliIo, lang: Language): Promise<number> {
  const { table } = await loadTable(file, options, io, lang);
  const target = requireColumn(table, options.target);
  const by = requireColumn(table, options.by);
  requireNumericTarget(target);

  const ranks = rankWithinGroups(target.cells, by.cells, { order: options.order, ties: options.ties });
  if (options.json) {
    io.stdout.write(`${JSON.stringify(ranksJson(ranks))}\n`);
    return 0;
  }

  // Sheet row numbers: the first data row is right below the header (CSV line numbers match).
  const firstRow = table.firstDataRow + 1;
  const header = [formatFrom(CLI_HELP, "help.row", {}, lang), target.name, by.name, format("sheet.rank", {}, lang)];
  const rows: TextCell[][] = Array.from(ranks.status, (status, row) => [
    firstRow + row,
    cellText(target.cells[row], lang),
    cellText(by.cells[row], lang),
    rankEntry(status, ranks.ranks[row]),
  ]);
  // Values, groups and ranks (2.5 under RANK.AVG) are printed in their shortest form, not as 4-decimal statistics.
  io.stdout.write(textTable(header, rows, new Set([1, 2, 3])));
  return 0;
}

function cellText(cell: Parameters<typeof labelValue>[0], lang: Language): TextCell {
  if (cell === null) return null;
  const value = labelValue(cell, lang);
  return typeof value === "boolean" ? String(value).toUpperCase() : value;
}
