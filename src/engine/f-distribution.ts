import betainc from "@stdlib/math-base-special-betainc";

/**
 * Returns P(X > f) for X ~ F(d1, d2), the p-value of an ANOVA F statistic, as R's
 * `pf(f, d1, d2, lower.tail = FALSE)` does.
 *
 * The upper tail is the regularized incomplete beta I_x(d2/2, d1/2) at x = d2/(d2 + d1·f),
 * evaluated directly, never as 1 − CDF, so p-values down to the smallest doubles keep their
 * digits. When x is above one half, the complement form is evaluated at the small argument
 * 1 − x = d1·f/(d2 + d1·f) instead, so no digits of x are lost either. The incomplete beta
 * comes from stdlib's `@stdlib/math-base-special-betainc`, a port of Boost's `ibeta`.
 *
 * Returns 0 for f = +Infinity, 1 for f ≤ 0, NaN for invalid degrees of freedom.
 */
export function fUpperTail(f: number, d1: number, d2: number): number {
  if (!(d1 > 0) || !(d2 > 0) || Number.isNaN(f)) return Number.NaN;
  if (f === Number.POSITIVE_INFINITY) return 0;
  if (f <= 0) return 1;

  const scaled = d1 * f;
  const x = d2 / (d2 + scaled);
  if (x <= 0.5) return betainc(x, d2 / 2, d1 / 2, true, false);

  const complement = scaled / (d2 + scaled);
  return betainc(complement, d1 / 2, d2 / 2, true, true);
}
