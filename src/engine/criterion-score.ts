import { isBlankCell, isErrorValue, numericValue, toValueColumn } from "./cells";
import { anovaMeasures } from "./effect-sizes";
import { EngineInputError } from "./engine-input-error";
import { encodeGroups, type GroupCoding } from "./group-key";
import { computeGroupStatistics } from "./group-statistics";
import { checkSameLength } from "./within-group-rows";
import { tripletLosses } from "./triplet-loss";
import { DISTANCES, type CellValue, type CriterionScore, type Distance, type ErrorValue, type GroupSummary, type LossSet } from "./types";

/**
 * Scores one criterion: triplet losses for every distance, the ANOVA measures and a summary of
 * each group. `values` contains NaN where a row is not used, and `coding.codes` contains -1 there.
 */
export function scoreCriterion(values: Float64Array, coding: GroupCoding, distance: Distance = "euclidean"): CriterionScore {
  const stats = computeGroupStatistics(values, coding.codes, coding.groupCount);
  const losses = {} as Record<Distance, LossSet>;
  for (const each of DISTANCES) losses[each] = tripletLosses(stats, each);

  const measures = anovaMeasures(stats);
  const undefinedLosses = measures.note === "oneGroup" || measures.note === "noRows";
  if (undefinedLosses) {
    for (const each of DISTANCES) losses[each] = { loss: null, normalizedLoss: null, honestLoss: null, honestNormalizedLoss: null, denominator: null, honestDenominator: null };
  }

  let smallestGroup = stats.groupCount > 0 ? Number.POSITIVE_INFINITY : 0;
  const groupSummaries: GroupSummary[] = [];
  for (let group = 0; group < stats.groupCount; group++) {
    const size = stats.counts[group];
    smallestGroup = Math.min(smallestGroup, size);
    groupSummaries.push({
      label: coding.firstLabels[stats.groupCodes[group]],
      n: size,
      mean: stats.means[group],
      sd: size > 1 ? Math.sqrt(stats.withinSquares[group] / (size - 1)) : null,
      min: stats.minimums[group],
      max: stats.maximums[group],
    });
  }

  return {
    n: stats.n,
    groups: stats.groupCount,
    smallestGroup,
    distance,
    losses,
    eta2: measures.eta2,
    epsilon2: measures.epsilon2,
    omega2: measures.omega2,
    F: measures.F,
    p: measures.p,
    dfBetween: measures.dfBetween,
    dfWithin: measures.dfWithin,
    mean: stats.n > 0 ? stats.mean : null,
    SST: stats.SST,
    SSW: stats.SSW,
    SSB: stats.SSB,
    MSB: measures.MSB,
    MSW: measures.MSW,
    note: measures.note,
    groupSummaries,
  };
}

/** Rows not used by `criterionLoss`, each counted once: under its label's problem if it has one, else its value's. */
export interface CriterionSkips {
  blankValue: number;
  notANumber: number;
  errorValue: number;
  blankLabel: number;
  errorLabel: number;
}

/** A criterion's score with what was skipped and the first error met, in row order. */
export interface CriterionLossResult extends CriterionScore {
  skipped: CriterionSkips;
  firstError: ErrorValue | null;
}

/** Options of `criterionLoss`. */
export interface CriterionLossOptions {
  distance?: Distance;
  keepBlanks?: boolean;
}

/**
 * Scores the criterion `labels` for the outcome `values`, two columns of cells of the same length.
 * A row is used when its value is a number (not text that looks like one) and its label is not
 * blank. Throws `EngineInputError` when the lengths differ.
 *
 * @example criterionLoss([1, 2, 10, 11], ["a", "a", "b", "b"]).losses.squared.loss // −100 = −SSB
 */
export function criterionLoss(values: readonly (CellValue | undefined)[], labels: readonly (CellValue | undefined)[], options: CriterionLossOptions = {}): CriterionLossResult {
  checkSameLength(values, labels);
  const distance = options.distance ?? "euclidean";
  if (!DISTANCES.includes(distance)) {
    throw new EngineInputError("invalidDistance", { distance: String(distance) }, `Unknown distance "${String(distance)}"; use euclidean, squared or absolute.`);
  }

  const valueColumn = toValueColumn(values);
  const coding = encodeGroups(labels, { keepBlanks: options.keepBlanks });
  const skipped = countSkips(values, labels, coding.codes);
  const firstError = findFirstError(values, labels);
  const score = scoreCriterion(valueColumn.values, coding, distance);
  return { ...score, skipped, firstError };
}

/** Counts unused rows by one reason each: a label problem first, else a value problem. */
function countSkips(values: readonly (CellValue | undefined)[], labels: readonly (CellValue | undefined)[], codes: Int32Array): CriterionSkips {
  const skipped: CriterionSkips = { blankValue: 0, notANumber: 0, errorValue: 0, blankLabel: 0, errorLabel: 0 };
  for (let row = 0; row < values.length; row++) {
    if (codes[row] < 0) {
      if (isErrorValue(labels[row])) skipped.errorLabel++;
      else skipped.blankLabel++;
      continue;
    }
    const value = values[row];
    if (!Number.isNaN(numericValue(value))) continue;
    if (isBlankCell(value)) skipped.blankValue++;
    else if (isErrorValue(value)) skipped.errorValue++;
    else skipped.notANumber++;
  }
  return skipped;
}

/** Returns the first error value in reading order, row by row with the value before the label. */
function findFirstError(values: readonly (CellValue | undefined)[], labels: readonly (CellValue | undefined)[]): ErrorValue | null {
  for (let row = 0; row < values.length; row++) {
    const value = values[row];
    if (isErrorValue(value)) return value;
    const label = labels[row];
    if (isErrorValue(label)) return label;
  }
  return null;
}
