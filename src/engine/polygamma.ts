/**
 * Digamma ψ, trigamma ψ′ and tetragamma ψ″ for x > 0, by the recurrence ψ(x) = ψ(x + 1) − 1/x
 * up to x ≥ 10 and the asymptotic series there (absolute error below 1e-12), and the inverse of
 * trigamma by Smyth's Newton iteration (limma's `trigammaInverse`).
 */

export function digamma(x: number): number {
  let result = 0;
  while (x < 10) {
    result -= 1 / x;
    x += 1;
  }
  const inv2 = 1 / (x * x);
  const series = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (5 / 660)))));
  return result + Math.log(x) - 1 / (2 * x) - series;
}

export function trigamma(x: number): number {
  let result = 0;
  while (x < 10) {
    result += 1 / (x * x);
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series = inv * inv2 * (1 / 6 - inv2 * (1 / 30 - inv2 * (1 / 42 - inv2 * (1 / 30 - inv2 * (5 / 66)))));
  return result + inv + inv2 / 2 + series;
}

export function tetragamma(x: number): number {
  let result = 0;
  while (x < 10) {
    result -= 2 / (x * x * x);
    x += 1;
  }
  const inv2 = 1 / (x * x);
  const tail = inv2 * inv2 * inv2 * (1 / 6 - inv2 * (1 / 6 - inv2 * (3 / 10 - inv2 * (5 / 6))));
  return result - inv2 - inv2 / x - (inv2 * inv2) / 2 + tail;
}

/** Solves trigamma(y) = x for y > 0 (Smyth 2004, as in limma). */
export function trigammaInverse(x: number): number {
  if (x > 1e7) return 1 / Math.sqrt(x);
  if (x < 1e-6) return 1 / x;
  let y = 0.5 + 1 / x;
  for (let step = 0; step < 50; step++) {
    const tri = trigamma(y);
    const change = (tri * (1 - tri / x)) / tetragamma(y);
    y += change;
    if (-change / y < 1e-8) break;
  }
  return y;
}
