import { criterionLoss } from "../../engine";
import type { Language } from "../../i18n/catalog";
import { parseDistance, parseLossKind } from "./options";
import { inputErrorCell, measureCell, OutputCell } from "./output";
import { pairRanges } from "./paired-ranges";

/**
 * CRITERION_LOSS: the triplet loss of the criterion `groups` for the outcome `values`, as one
 * number. `kind` picks the plain loss ("loss"), loss / Σ D(A_k, m) ("normalized"), the
 * leave-one-out loss ("honest") or the leave-one-out loss normalized the same way
 * ("honest_normalized", the measure the ranking uses by default).
 */
export function criterionLossResult(values: unknown, groups: unknown, distance: unknown, kind: unknown, lang: Language): OutputCell {
  const paired = pairRanges(values, groups, lang);
  const chosenDistance = parseDistance(distance, lang);
  const chosenKind = parseLossKind(kind, lang);

  const result = criterionLoss(paired.values, paired.labels, { distance: chosenDistance });
  if (result.firstError) return inputErrorCell(result.firstError, lang);

  const losses = result.losses[chosenDistance];
  if (chosenKind === "normalized") return measureCell(losses.normalizedLoss);
  if (chosenKind === "honest") return measureCell(losses.honestLoss);
  if (chosenKind === "honest_normalized") return measureCell(losses.honestNormalizedLoss);
  return measureCell(losses.loss);
}
