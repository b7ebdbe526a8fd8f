import { fUpperTail } from "./f-distribution";
import type { GroupStatistics } from "./group-statistics";
import type { NoteId } from "./types";

/** The one-way ANOVA table and effect sizes of a criterion; `null` where undefined. */
export interface AnovaMeasures {
  dfBetween: number;
  dfWithin: number;
  MSB: number | null;
  MSW: number | null;
  F: number | null;
  p: number | null;
  eta2: number | null;
  epsilon2: number | null;
  omega2: number | null;
  note: NoteId | null;
}

/**
 * Computes η² = SSB/SST, ε² = (SSB − (K−1)·MSW)/SST, ω² = (SSB − (K−1)·MSW)/(SST + MSW),
 * F = MSB/MSW and its upper-tail p-value, with the undefined cases decided once:
 * - no rows, or one group: nothing to compare, every measure undefined;
 * - all values equal (SST = 0): no measure is defined;
 * - one row per group (n − K < 1): MSW, F, p, ε² and ω² undefined, η² defined;
 * - SSW = 0 < SSB with replicates: perfect separation, F = +∞ and p = 0.
 */
export function anovaMeasures(stats: GroupStatistics): AnovaMeasures {
  const K = stats.groupCount;
  const dfBetween = Math.max(K - 1, 0);
  const dfWithin = Math.max(stats.n - K, 0);
  const none = { MSB: null, MSW: null, F: null, p: null, eta2: null, epsilon2: null, omega2: null };

  if (stats.n === 0) return { dfBetween, dfWithin, ...none, note: "noRows" };
  if (K < 2) return { dfBetween, dfWithin, ...none, note: "oneGroup" };
  if (!(stats.SST > 0)) return { dfBetween, dfWithin, ...none, MSB: stats.SSB / dfBetween, note: "noVariation" };

  const MSB = stats.SSB / dfBetween;
  const eta2 = stats.SSB / stats.SST;
  if (dfWithin < 1) {
    return { dfBetween, dfWithin, ...none, MSB, eta2, note: "oneRowPerGroup" };
  }

  const MSW = stats.SSW / dfWithin;
  const F = MSW > 0 ? MSB / MSW : Number.POSITIVE_INFINITY;
  const p = fUpperTail(F, dfBetween, dfWithin);
  const explained = stats.SSB - dfBetween * MSW;
  return {
    dfBetween,
    dfWithin,
    MSB,
    MSW,
    F,
    p,
    eta2,
    epsilon2: explained / stats.SST,
    omega2: explained / (stats.SST + MSW),
    note: MSW > 0 ? null : "perfectSeparation",
  };
}
