import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quantileBins } from "../../src/engine";

/** R's type-7 quantile of ascending values at probability q, from its textbook definition. */
function type7(sorted: number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const below = Math.floor(h);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}

describe("quantileBins edges", () => {
  it("match sorted type-7 quantiles", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }), fc.integer({ min: 2, max: 10 }), (values, bins) => {
        const sorted = [...values].sort((a, b) => a - b);
        const expected: number[] = [];
        for (let j = 0; j <= bins; j++) {
          const edge = type7(sorted, j / bins);
          if (expected.length === 0 || edge > expected[expected.length - 1]) expected.push(edge);
        }
        const edges = quantileBins(values, bins).edges;
        // (n − 1)·j/B and (n − 1)·(j/B) can round apart in the last bit.
        expect(edges.length).toBe(expected.length);
        edges.forEach((edge, index) => expect(edge).toBeCloseTo(expected[index], 12));
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it("every value lands in its bin", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 200 }), (values) => {
        const { codes, edges } = quantileBins(values, 4);
        values.forEach((value, row) => {
          const bin = codes[row];
          expect(value).toBeLessThanOrEqual(edges[Math.min(bin + 1, edges.length - 1)]);
          if (bin > 0) expect(value).toBeGreaterThan(edges[bin]);
        });
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});
