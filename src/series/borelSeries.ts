/**
 * The asymptotic series of the Borel–Laplace integral of the SYM ν=4 ascent solution (paper §9,
 * eq. nu4-loss; App. K):
 *
 *   F(a) = ∫_0^∞ e^{4au² − u} u du ~ Σ_{k≥0} (2k+1)!/k! · (4a)^k   (a → 0⁻),
 *
 * from e^{4au²} = Σ (4a)^k u^{2k}/k! and ∫_0^∞ u^{2k+1} e^{−u} du = (2k+1)!. The series diverges
 * for every a ≠ 0 (its coefficients grow like k!·16^k); F is its Borel sum, and any truncation is an
 * asymptotic expansion as a → 0⁻. Exact rationals; the series variable is a. Its Borel transform
 * Σ a_k x^k/k! converges: Σ (2k+1)!/k!² (4x)^k = (1 − 16x)^{−3/2}, singular at x = 1/16.
 */
import { InputError } from '../errors.js';
import { Rational } from '../rational/index.js';
import { PowerSeries } from './powerSeries.js';

/**
 * F(a) + O(a^order) as an asymptotic series.
 * @example
 * ```ts
 * borelFSeries(3).toString('a'); // "1 + 24*a + 960*a^2 + O(a^3)"
 * ```
 */
export function borelFSeries(order: number): PowerSeries {
  if (!Number.isSafeInteger(order) || order < 0) throw new InputError(`borel series: order must be a non-negative integer, got ${order}`);
  const coeffs: Rational[] = [];
  let ratio = Rational.ONE; // (2k+1)!/k! · 4^k
  for (let k = 0; k < order; k++) {
    coeffs.push(ratio);
    // (2k+3)!/(k+1)! = (2k+1)!/k! · (2k+2)(2k+3)/(k+1) = … · 2(2k+3)
    ratio = ratio.mul(8 * (2 * k + 3));
  }
  return PowerSeries.of(coeffs, order);
}

/**
 * The Borel transform Σ a_k t^k/k! of Σ a_k t^k (same order; no negative powers).
 * @example
 * ```ts
 * borelTransform(borelFSeries(3)).toString('a'); // "1 + 24*a + 480*a^2 + O(a^3)"
 * ```
 */
export function borelTransform(f: PowerSeries): PowerSeries {
  if (f.low < 0) throw new InputError(`borel transform: the series has a term in t^${f.low}`);
  let factorial = Rational.ONE;
  return PowerSeries.of(
    f.coefficients().map((c, k) => {
      if (k > 0) factorial = factorial.mul(k);
      return c.scale(Rational.ONE.div(factorial));
    }),
    f.order,
  );
}
