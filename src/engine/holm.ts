/**
 * Adjusts p-values for multiple comparisons with Holm's step-down method: sorted ascending,
 * the j-th smallest of m becomes max over i ≤ j of min(1, (m − i + 1)·p_(i)).
 * `null` entries stay `null` and do not count in m.
 *
 * @example holmAdjust([0.01, 0.04, null, 0.03]) // [0.03, 0.06, null, 0.06]
 */
export function holmAdjust(pValues: readonly (number | null)[]): (number | null)[] {
  const order = pValues
    .map((p, index) => ({ p, index }))
    .filter((entry): entry is { p: number; index: number } => entry.p !== null && !Number.isNaN(entry.p))
    .sort((a, b) => a.p - b.p || a.index - b.index);

  const adjusted: (number | null)[] = pValues.map(() => null);
  const m = order.length;
  let running = 0;
  order.forEach((entry, position) => {
    running = Math.max(running, Math.min(1, (m - position) * entry.p));
    adjusted[entry.index] = running;
  });
  return adjusted;
}
