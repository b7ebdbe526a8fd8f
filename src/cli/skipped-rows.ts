import { format, Language, rowsText, type MessageId } from "../i18n/locale";

/** Rows left out of a computation, by reason. Reasons a command does not track are left undefined. */
export interface SkippedCounts {
  readonly targetBlank: number;
  readonly targetNotANumber: number;
  readonly targetError: number;
  readonly labelBlank?: number;
  readonly labelError?: number;
}

const REASONS: readonly [keyof SkippedCounts, MessageId][] = [
  ["targetBlank", "cli.reasonTargetBlank"],
  ["targetNotANumber", "cli.reasonTargetNotANumber"],
  ["targetError", "cli.reasonTargetError"],
  ["labelBlank", "cli.reasonLabelBlank"],
  ["labelError", "cli.reasonLabelError"],
];

/**
 * Writes one line such as "3 rows skipped: the target is blank in 1 row, the group label is blank
 * in 2 rows." Only reasons with rows are listed. Returns `null` when no row was skipped.
 */
export function skippedRowsLine(counts: SkippedCounts, lang: Language): string | null {
  const reasons: string[] = [];
  let total = 0;
  for (const [key, id] of REASONS) {
    const count = counts[key] ?? 0;
    if (count === 0) continue;
    total += count;
    reasons.push(format(id, { rows: rowsText(count, lang) }, lang));
  }
  if (total === 0) return null;
  return format("cli.skippedRows", { rows: rowsText(total, lang), reasons: reasons.join(", ") }, lang);
}
