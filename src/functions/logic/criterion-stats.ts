import { criterionLoss } from "../../engine";
import type { Language } from "../../i18n/catalog";
import { distanceText, noteText } from "../../i18n/locale";
import { functionText, FunctionMessageId } from "../../i18n/functions";
import { parseDistance } from "./options";
import { inputErrorCell, measureCell, OutputCell, OutputGrid } from "./output";
import { pairRanges } from "./paired-ranges";

/**
 * CRITERION_STATS: a two-column block of label and value. An undefined measure shows `#DIV/0!`
 * and an infinite F `#NUM!`; as neither error can carry a message, the block's last row states
 * the reason in words. An error inside the input returns that error alone, as AVERAGE does.
 */
export function criterionStatsResult(values: unknown, groups: unknown, distance: unknown, lang: Language): OutputGrid | OutputCell {
  const paired = pairRanges(values, groups, lang);
  const chosenDistance = parseDistance(distance, lang);

  const result = criterionLoss(paired.values, paired.labels, { distance: chosenDistance });
  if (result.firstError) return inputErrorCell(result.firstError, lang);

  const losses = result.losses[chosenDistance];
  const skipped = result.skipped;
  const skippedTotal = skipped.blankValue + skipped.notANumber + skipped.blankLabel + skipped.errorLabel;
  const row = (id: FunctionMessageId, value: OutputCell): OutputCell[] => [functionText(id, {}, lang), value];

  const skippedCounts = functionText(
    "stats.skippedCounts",
    { blank: skipped.blankValue, notANumber: skipped.notANumber, blankLabel: skipped.blankLabel, errorLabel: skipped.errorLabel },
    lang,
  );
  return [
    row("stats.rowsUsed", result.n),
    row("stats.groups", result.groups),
    row("stats.smallestGroup", result.smallestGroup),
    row("stats.distance", distanceText(chosenDistance, lang)),
    row("stats.loss", measureCell(losses.loss)),
    row("stats.normalizedLoss", measureCell(losses.normalizedLoss)),
    row("stats.honestLoss", measureCell(losses.honestLoss)),
    row("stats.honestNormalizedLoss", measureCell(losses.honestNormalizedLoss)),
    row("stats.eta2", measureCell(result.eta2)),
    row("stats.epsilon2", measureCell(result.epsilon2)),
    row("stats.omega2", measureCell(result.omega2)),
    row("stats.F", measureCell(result.F)),
    row("stats.p", measureCell(result.p)),
    row("stats.rowsSkipped", skippedTotal),
    row("stats.skippedReasons", skippedCounts),
    row("stats.note", result.note ? noteText(result.note, lang) : ""),
  ];
}
