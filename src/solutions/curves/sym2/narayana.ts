/**
 * Generating function of the Narayana numbers (paper App. "SYM ν=2: explicit solution"),
 *
 *   h(ζ, y) = Σ_{m≥1} Σ_{n=1}^{m} N_{m,n} ζ^{m−1} yⁿ = (1 − ζ(y+1) − √D)/(2ζ²),
 *   D = 1 − 2ζ(y+1) + ζ²(y−1)²,  N_{m,n} = (1/m) C(m,n) C(m,n−1).
 *
 * h is the root of ζ²h² − (1 − ζ(y+1))h + y = 0 that is analytic at ζ = 0 (h(0) = y): the principal
 * square root, continued along the real axis from ζ = 0 while D > 0, i.e. for ζ < ζ_b = 1/(1+√y)²
 * (D has no zero on ζ ≤ 0). It is evaluated in the rationalised form h = 2y/(1 − ζ(y+1) + √D),
 * which has no cancellation, and h' = h·N/((1 − ζ(y+1) + √D)√D) with
 * N = (y+1) − ζ(y−1)² + (y+1)√D (= (2ζh + y + 1)(1 − ζ(y+1) + √D), positive on the domain). Floats.
 */
import { InputError } from '../../../errors.js';

/** The branch point ζ_b = 1/(1+√y)² nearest to 0 (radius of convergence of the series of h). */
export function narayanaBranchPoint(y: number): number {
  return 1 / ((1 + Math.sqrt(y)) * (1 + Math.sqrt(y)));
}

/**
 * h(ζ, y) and ∂_ζ h(ζ, y) on the branch analytic at 0, for real ζ < ζ_b and y > 0 (floats).
 * @example
 * ```ts
 * // h = y + (y + y²)ζ + …, so at ζ = 0: h = y and dh/dζ = y + y²
 * narayanaGf(0, 2); // { h: 2, dh: 6 }
 * ```
 */
export function narayanaGf(zeta: number, y: number): { h: number; dh: number } {
  if (!(y > 0) || !Number.isFinite(y)) throw new InputError(`narayana: y must be > 0 (got ${y})`);
  if (!(zeta < narayanaBranchPoint(y))) throw new InputError(`narayana: ζ = ${zeta} is at or beyond the branch point ${narayanaBranchPoint(y)}`);
  const b = 1 - zeta * (y + 1);
  const sd = Math.sqrt(1 - 2 * zeta * (y + 1) + zeta * zeta * (y - 1) * (y - 1));
  const h = (2 * y) / (b + sd);
  const n = y + 1 - zeta * (y - 1) * (y - 1) + (y + 1) * sd;
  return { h, dh: (h * n) / ((b + sd) * sd) };
}
