import { describe, expect, it } from "vitest";
import { fUpperTail } from "../../src/engine";
import { relativeError } from "../helpers/fixtures";

describe("fUpperTail", () => {
  // For d1 = 2 the F distribution has a closed-form upper tail:
  // P(X > f) = (1 + 2f/d2)^(−d2/2), which reaches any small value exactly.
  it.each([
    [2, 10],
    [2, 27],
    [2, 180],
    [2, 1000],
  ])("F(%i, %i) closed form to 1e-300", (d1, d2) => {
    for (const exponent of [-1, -5, -20, -50, -100, -200, -300]) {
      const p = 10 ** exponent;
      const f = (d2 / 2) * (p ** (-2 / d2) - 1);
      const exact = (1 + (2 * f) / d2) ** (-d2 / 2);
      expect(relativeError(fUpperTail(f, d1, d2), exact), `p=${p}`).toBeLessThan(1e-10);
    }
  });

  // F(1, 1) is the square of a standard Cauchy ratio: P(X > f) = (2/π)·atan(1/√f).
  it("F(1, 1) matches arctangent form", () => {
    for (const f of [1e-6, 0.5, 1, 3, 1e4, 1e12]) {
      const exact = (2 / Math.PI) * Math.atan(1 / Math.sqrt(f));
      expect(relativeError(fUpperTail(f, 1, 1), exact), `f=${f}`).toBeLessThan(1e-12);
    }
  });

  // With d1 = d2 = 2 the closed form above reduces to P(X > f) = 1/(1 + f).
  it("F(2, 2) equals 1/(1 + f)", () => {
    for (const f of [0.01, 1, 99, 1e300]) {
      expect(relativeError(fUpperTail(f, 2, 2), 1 / (1 + f))).toBeLessThan(1e-13);
    }
  });

  it("edge values", () => {
    expect(fUpperTail(Number.POSITIVE_INFINITY, 3, 10)).toBe(0);
    expect(fUpperTail(0, 3, 10)).toBe(1);
    expect(fUpperTail(-1, 3, 10)).toBe(1);
    expect(fUpperTail(1, 0, 10)).toBeNaN();
    expect(fUpperTail(Number.NaN, 3, 10)).toBeNaN();
  });
});
