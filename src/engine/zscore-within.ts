import { computeGroupStatistics, type GroupStatistics } from "./group-statistics";
import { digamma, trigamma, trigammaInverse } from "./polygamma";
import { prepareWithinGroupRows, RANK_STATUS } from "./within-group-rows";
import type { CellValue } from "./types";

/** Row status of `zScoresWithinGroups`: RANK_STATUS, plus `undefinedScore` when the spread is 0 or unknown. */
export const ZSCORE_STATUS = { ...RANK_STATUS, undefinedScore: 3 } as const;

/** Per row the z-score (NaN where there is none) and status, and the centre and spread used per group code. */
export interface WithinZScores {
  scores: Float64Array;
  status: Uint8Array;
  centers: Float64Array;
  spreads: Float64Array;
}

/**
 * Computes each value's z-score within its group, (y − centre_k) / spread_k.
 *
 * Plain: centre = the group mean m_k, spread = the group's sample SD (n_k − 1), undefined for a
 * group of one or a group whose values are all equal.
 *
 * With `shrink`, both are empirical-Bayes estimates from the one-way random-effects model
 * y = μ + a_k + e, a_k ~ N(0, τ²), e ~ N(0, σ²), so a small group cannot top a ranking by noise:
 * - centre = m + w_k (m_k − m) with w_k = n_k τ² / (n_k τ² + σ²), σ² = MSW and the
 *   method-of-moments τ² = max(0, (MSB − MSW) / n₀), n₀ = (n − Σ n_k² / n) / (K − 1);
 * - spread² = (d_k s_k² + d₀ s₀²) / (d_k + d₀), d_k = n_k − 1: each group's variance is pooled
 *   with a prior variance s₀² worth d₀ degrees of freedom, both fitted to the group variances by
 *   Smyth's moment method (Smyth 2004, as in limma's `squeezeVar`). d₀ measures how much the log
 *   group variances spread beyond what sampling alone explains; it is infinite (every group gets
 *   s₀²) when they spread no more. With fewer than two groups that have a variance, s₀² = MSW and
 *   d₀ is infinite.
 */
export function zScoresWithinGroups(values: readonly (CellValue | undefined)[], labels: readonly (CellValue | undefined)[], options: { shrink?: boolean } = {}): WithinZScores {
  const rowCount = values.length;
  const { numbers, status, codes, groupCount } = prepareWithinGroupRows(values, labels);

  const stats = computeGroupStatistics(numbers, codes, groupCount);
  const { centers, spreads } = options.shrink ? shrunkenMoments(stats) : plainMoments(stats);
  const centerByCode = new Float64Array(groupCount).fill(Number.NaN);
  const spreadByCode = new Float64Array(groupCount).fill(Number.NaN);
  stats.groupCodes.forEach((code, group) => {
    centerByCode[code] = centers[group];
    spreadByCode[code] = spreads[group];
  });

  const scores = new Float64Array(rowCount).fill(Number.NaN);
  for (let row = 0; row < rowCount; row++) {
    if (status[row] !== RANK_STATUS.ranked) continue;
    const spread = spreadByCode[codes[row]];
    if (!(spread > 0) || !Number.isFinite(spread)) status[row] = ZSCORE_STATUS.undefinedScore;
    else scores[row] = (numbers[row] - centerByCode[codes[row]]) / spread;
  }
  return { scores, status, centers: centerByCode, spreads: spreadByCode };
}

function plainMoments(stats: GroupStatistics) {
  const spreads = stats.counts.map((size, group) => (size > 1 ? Math.sqrt(stats.withinSquares[group] / (size - 1)) : Number.NaN));
  return { centers: stats.means, spreads };
}

function shrunkenMoments(stats: GroupStatistics) {
  const { n, groupCount: K, counts } = stats;
  if (K < 2) return plainMoments(stats);
  if (n - K < 1) return { centers: stats.means, spreads: new Float64Array(K).fill(Number.NaN) };

  const MSW = stats.SSW / (n - K);
  const MSB = stats.SSB / (K - 1);
  let sumSquaredSizes = 0;
  for (const size of counts) sumSquaredSizes += size * size;
  const n0 = (n - sumSquaredSizes / n) / (K - 1);
  const tau2 = Math.max(0, (MSB - MSW) / n0);

  const centers = new Float64Array(K);
  for (let group = 0; group < K; group++) {
    const signal = counts[group] * tau2;
    const weight = signal + MSW > 0 ? signal / (signal + MSW) : 1;
    centers[group] = stats.mean + weight * (stats.means[group] - stats.mean);
  }

  const prior = priorVariance(stats, MSW);
  const spreads = new Float64Array(K);
  for (let group = 0; group < K; group++) {
    const df = counts[group] - 1;
    const own = df > 0 ? stats.withinSquares[group] / df : 0;
    const pooled = Number.isFinite(prior.df) ? (df * own + prior.df * prior.variance) / (df + prior.df) : prior.variance;
    spreads[group] = Math.sqrt(pooled);
  }
  return { centers, spreads };
}

/**
 * Smyth's moment fit of a scaled inverse-χ² prior to the group variances s_k² with d_k > 0:
 * e_k = ln s_k² − ψ(d_k/2) + ln(d_k/2) estimates ln σ_k² without bias; ψ′(d₀/2) = var(e) − mean ψ′(d_k/2)
 * gives d₀, and s₀² = exp(mean e + ψ(d₀/2) − ln(d₀/2)), which is exp(mean e) when d₀ is infinite.
 */
function priorVariance(stats: GroupStatistics, MSW: number): { variance: number; df: number } {
  const logs: number[] = [];
  const halfDfs: number[] = [];
  for (let group = 0; group < stats.groupCount; group++) {
    const df = stats.counts[group] - 1;
    const variance = df > 0 ? stats.withinSquares[group] / df : 0;
    if (df > 0 && variance > 0) {
      logs.push(Math.log(variance) - digamma(df / 2) + Math.log(df / 2));
      halfDfs.push(df / 2);
    }
  }
  if (logs.length < 2) return { variance: MSW, df: Number.POSITIVE_INFINITY };

  const meanLog = logs.reduce((sum, value) => sum + value, 0) / logs.length;
  let excessSpread = 0;
  for (const value of logs) excessSpread += (value - meanLog) ** 2;
  excessSpread /= logs.length - 1;
  excessSpread -= halfDfs.reduce((sum, half) => sum + trigamma(half), 0) / halfDfs.length;

  if (!(excessSpread > 0)) return { variance: Math.exp(meanLog), df: Number.POSITIVE_INFINITY };
  const df = 2 * trigammaInverse(excessSpread);
  return { variance: Math.exp(meanLog + digamma(df / 2) - Math.log(df / 2)), df };
}
