import type { GroupStatistics } from "./group-statistics";
import type { Distance, LossSet } from "./types";

/**
 * Distance D(A, c) from a group's members to a point, given the group's sum of squared
 * and of absolute deviations from that point.
 */
function groupDistance(distance: Distance, squares: number, absolute: number): number {
  if (distance === "euclidean") return Math.sqrt(squares);
  if (distance === "squared") return squares;
  return absolute;
}

/** Factor by which leaving the anchor out stretches its deviation, raised to the distance's power. */
function leaveOneOutFactor(distance: Distance, size: number): number {
  const stretch = size / (size - 1);
  return distance === "squared" ? stretch * stretch : stretch;
}

/**
 * Computes the triplet loss of a criterion and its leave-one-out ("honest") form.
 *
 * loss = Σ_k [D(A_k, m_k) − D(A_k, m)]: each group's members are the anchor, the group mean the
 * positive and the overall mean the negative. The honest loss takes each anchor's positive as its
 * group mean without itself and its negative as the overall mean without itself. Because
 * y_i − P_k^(−i) = n_k/(n_k − 1)·(y_i − m_k) and y_i − N^(−i) = n/(n − 1)·(y_i − m), each group
 * term is its plain term times that factor (squared for the squared distance). A group of one has
 * no positive of its own, takes the negative instead and adds 0 to the numerator, but its negative
 * term still counts in the denominator, so a column of unique IDs scores exactly 0.
 *
 * Normalized losses are `null` when their denominator is 0 (all values equal).
 */
export function tripletLosses(stats: GroupStatistics, distance: Distance): LossSet {
  if (stats.n === 0) {
    return { loss: null, normalizedLoss: null, honestLoss: null, honestNormalizedLoss: null, denominator: null, honestDenominator: null };
  }

  let loss = 0;
  let denominator = 0;
  let honestLoss = 0;
  let honestDenominator = 0;
  const overallFactor = stats.n > 1 ? leaveOneOutFactor(distance, stats.n) : Number.NaN;

  for (let group = 0; group < stats.groupCount; group++) {
    const toPositive = groupDistance(distance, stats.withinSquares[group], stats.withinAbsolute[group]);
    const toNegative = groupDistance(distance, stats.totalSquares[group], stats.totalAbsolute[group]);
    loss += toPositive - toNegative;
    denominator += toNegative;

    const honestNegative = overallFactor * toNegative;
    honestDenominator += honestNegative;
    const size = stats.counts[group];
    if (size > 1) {
      honestLoss += leaveOneOutFactor(distance, size) * toPositive - honestNegative;
    }
  }

  const honestDefined = stats.n > 1;
  return {
    loss,
    normalizedLoss: denominator > 0 ? loss / denominator : null,
    honestLoss: honestDefined ? honestLoss : null,
    honestNormalizedLoss: honestDefined && honestDenominator > 0 ? honestLoss / honestDenominator : null,
    denominator,
    honestDenominator: honestDefined ? honestDenominator : null,
  };
}
