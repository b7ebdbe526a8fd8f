import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criterionLoss, DISTANCES, type CriterionLossResult } from "../../src/engine";

const SEED = 20261204;
const RUNS = 200;

/** Measured values as data sets hold them: up to 1e6 with two decimals (no subnormal doubles). */
const measurement = fc.integer({ min: -100_000_000, max: 100_000_000 }).map((cents) => cents / 100);

/** Rows of (value, group index) with at least two groups of at least two rows and some spread. */
const dataset = fc
  .array(fc.record({ value: measurement, group: fc.integer({ min: 0, max: 5 }) }), { minLength: 4, maxLength: 60 })
  .filter((rows) => {
    const sizes = new Map<number, number>();
    for (const row of rows) sizes.set(row.group, (sizes.get(row.group) ?? 0) + 1);
    const distinctValues = new Set(rows.map((row) => row.value)).size;
    return [...sizes.values()].filter((size) => size >= 2).length >= 2 && distinctValues >= 3;
  });

type Row = { value: number; group: number };

function score(rows: Row[], label: (group: number) => string = (group) => `g${group}`): CriterionLossResult {
  return criterionLoss(
    rows.map((row) => row.value),
    rows.map((row) => label(row.group)),
  );
}

function closeTo(actual: number | null, expected: number | null, scale: number, tolerance = 1e-9): boolean {
  if (actual === null || expected === null) return actual === expected;
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return actual === expected;
  return Math.abs(actual - expected) <= tolerance * Math.max(Math.abs(expected), scale);
}

const MEASURES = ["eta2", "epsilon2", "omega2", "F"] as const;

describe("criterionLoss invariants", () => {
  it("relabelling groups changes nothing", () => {
    fc.assert(
      fc.property(dataset, (rows) => {
        const plain = score(rows);
        const renamed = score(rows, (group) => `renamed-${(group * 7 + 3) % 11}`);
        for (const measure of MEASURES) expect(closeTo(renamed[measure], plain[measure], 1)).toBe(true);
        for (const distance of DISTANCES) {
          const a = plain.losses[distance];
          const b = renamed.losses[distance];
          expect(closeTo(b.honestNormalizedLoss, a.honestNormalizedLoss, 1)).toBe(true);
          expect(closeTo(b.loss, a.loss, a.denominator ?? 1)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("reordering rows changes nothing", () => {
    fc.assert(
      fc.property(dataset, fc.integer({ min: 1, max: 1000 }), (rows, shift) => {
        const rotated = rows.map((_, index) => rows[(index + shift) % rows.length]).reverse();
        const a = score(rows);
        const b = score(rotated);
        for (const measure of MEASURES) expect(closeTo(b[measure], a[measure], 1)).toBe(true);
        for (const distance of DISTANCES) {
          expect(closeTo(b.losses[distance].honestNormalizedLoss, a.losses[distance].honestNormalizedLoss, 1)).toBe(true);
          expect(closeTo(b.losses[distance].normalizedLoss, a.losses[distance].normalizedLoss, 1)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("shifting values changes no loss", () => {
    fc.assert(
      fc.property(dataset, measurement, (rows, offset) => {
        const a = score(rows);
        const b = score(rows.map((row) => ({ ...row, value: row.value + offset })));
        for (const distance of DISTANCES) {
          // Adding an offset rounds each value, so the bound is relative to the values' magnitude.
          const scale = a.losses[distance].denominator ?? 1;
          expect(closeTo(b.losses[distance].loss, a.losses[distance].loss, scale, 1e-6)).toBe(true);
          expect(closeTo(b.losses[distance].honestLoss, a.losses[distance].honestLoss, scale, 1e-6)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("scaling changes no normalized measure", () => {
    fc.assert(
      fc.property(dataset, fc.constantFrom(-3, 0.001, 2, 1024, 1e5), (rows, factor) => {
        const a = score(rows);
        const b = score(rows.map((row) => ({ ...row, value: row.value * factor })));
        for (const measure of ["eta2", "epsilon2", "omega2"] as const) expect(closeTo(b[measure], a[measure], 1)).toBe(true);
        for (const distance of DISTANCES) {
          expect(closeTo(b.losses[distance].normalizedLoss, a.losses[distance].normalizedLoss, 1)).toBe(true);
          expect(closeTo(b.losses[distance].honestNormalizedLoss, a.losses[distance].honestNormalizedLoss, 1)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("squared normalized loss is −η²", () => {
    fc.assert(
      fc.property(dataset, (rows) => {
        const result = score(rows);
        expect(closeTo(result.losses.squared.normalizedLoss, -(result.eta2 as number), 1, 1e-12)).toBe(true);
        expect(closeTo(result.losses.squared.loss, -result.SSB, result.SST, 1e-12)).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("SST equals SSW plus SSB", () => {
    fc.assert(
      fc.property(dataset, (rows) => {
        const result = score(rows);
        expect(closeTo(result.SSW + result.SSB, result.SST, result.SST, 1e-10)).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("unique-per-row column has honest loss 0", () => {
    fc.assert(
      fc.property(fc.array(measurement, { minLength: 2, maxLength: 50 }), (values) => {
        const result = criterionLoss(values, values.map((_, row) => `id-${row}`));
        for (const distance of DISTANCES) expect(result.losses[distance].honestLoss).toBe(0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("euclidean and squared losses never exceed 0", () => {
    fc.assert(
      fc.property(dataset, (rows) => {
        const result = score(rows);
        expect(result.losses.euclidean.loss as number).toBeLessThanOrEqual(1e-9 * (result.losses.euclidean.denominator ?? 1));
        expect(result.losses.squared.loss as number).toBeLessThanOrEqual(1e-9 * result.SST);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
