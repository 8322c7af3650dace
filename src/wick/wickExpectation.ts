/**
 * E[G] for a diagram G (paper App. B, eq. aterm1), by the set-partition form of Wick's theorem,
 * or by the Wishart moment formula when G is a cycle.
 */
import type { Poly } from '../rational/index.js';
import type { Diagram } from '../diagram/index.js';
import { cycleExpectation } from './cycleExpectation.js';
import { fallingFactorialToPoly } from './fallingFactorial.js';
import { wickCounts } from './wickCounts.js';

/**
 * Expectation of a diagram polynomial under i.i.d. N(0, σ²) weights, as an exact polynomial in
 * p, H, σ² with integer coefficients. Equal to gf-diagrams/internal's `wickByPairings` (sum over matchings of
 * equal-colour edges of p^q H^n σ^{2l}) but computed through set partitions (see
 * `wickCounts` (gf-diagrams/internal)), which is fast when one side of the diagram has few nodes; a 2k-cycle of
 * one colour (with isolated nodes) goes to the real Wishart moment E tr((UUᵀ)^k) instead
 * (cycleExpectation.ts), fast for any k.
 *
 * @throws InputError when the diagram is too large for the set-partition method (see
 *   `wickCounts` (gf-diagrams/internal); never for a one-colour cycle).
 * @example
 * ```ts
 * // SYM ν = 3: E[D_6] = p(p+2)(p+4)Hσ⁶ (the paper prints p³ + 5p² + 9p)
 * wickExpectation(diagramD(makeModel({ nu: 3, scenario: 'sym' }))).toString();
 * // "p^3*H*sigma2^3 + 6*p^2*H*sigma2^3 + 8*p*H*sigma2^3"
 * ```
 */
export function wickExpectation(d: Diagram): Poly {
  const cycle = cycleExpectation(d);
  if (cycle) return cycle;
  const { counts, sigma2 } = wickCounts(d);
  return fallingFactorialToPoly(counts, sigma2);
}
