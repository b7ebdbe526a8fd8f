import { describe, expect, it } from "vitest";
import { digamma, tetragamma, trigamma, trigammaInverse } from "../../src/engine/polygamma";

// Reference values: ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2, ψ′(1) = π²/6, ψ′(1/2) = π²/2,
// ψ″(1) = −2 ζ(3), and ψ(10) = H_9 − γ (Abramowitz and Stegun 6.3 and 6.4).
const EULER_GAMMA = 0.5772156649015329;
const ZETA_3 = 1.2020569031595942;

describe("polygamma functions", () => {
  it("digamma at known points", () => {
    expect(digamma(1)).toBeCloseTo(-EULER_GAMMA, 12);
    expect(digamma(0.5)).toBeCloseTo(-EULER_GAMMA - 2 * Math.LN2, 12);
    const harmonic9 = 1 + 1 / 2 + 1 / 3 + 1 / 4 + 1 / 5 + 1 / 6 + 1 / 7 + 1 / 8 + 1 / 9;
    expect(digamma(10)).toBeCloseTo(harmonic9 - EULER_GAMMA, 12);
  });

  it("trigamma at known points", () => {
    expect(trigamma(1)).toBeCloseTo(Math.PI ** 2 / 6, 12);
    expect(trigamma(0.5)).toBeCloseTo(Math.PI ** 2 / 2, 12);
    // ψ′(x) − ψ′(x + 1) = 1/x²
    expect(trigamma(7.5) - trigamma(8.5)).toBeCloseTo(1 / 56.25, 14);
  });

  it("tetragamma at known points", () => {
    expect(tetragamma(1)).toBeCloseTo(-2 * ZETA_3, 11);
    // ψ″(x + 1) − ψ″(x) = 2/x³
    expect(tetragamma(9.25) - tetragamma(8.25)).toBeCloseTo(2 / 8.25 ** 3, 14);
  });

  it("trigammaInverse undoes trigamma", () => {
    for (const y of [0.05, 0.3, 1, 3.7, 42, 5000]) {
      expect(trigammaInverse(trigamma(y)) / y).toBeCloseTo(1, 7);
    }
  });
});
