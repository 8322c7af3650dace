/**
 * A scaling H = y·p^a, σ² = z·p^b along which one face of the Pareto polygons leads alone: the
 * simplest exponents (a, b) — smallest common denominator, then smallest |a| + |b| — that satisfy
 * every condition of the face (≍ 1, → ∞, → 0) with H → ∞. The limit series of the face is then
 * the limit along this scaling, with y and z left free.
 */
import type { Regime, Scaling } from '../../asymptotics/index.js';
import { Rational } from '../../rational/index.js';

/** Denominators tried for a and b, in order. */
const DENOMINATORS = [1, 2, 3, 4, 6, 12] as const;
/** |a|, |b| ≤ RANGE. */
const RANGE = 12;

/**
 * The exponent of p in a condition's monomial along the scaling, times 2d (integer):
 * p^cp H^cH σ^cσ with H = p^{A/d}, σ = p^{B/(2d)}.
 */
const scaledExponent = (m: Regime['conditions'][number]['monomial'], A: number, B: number, d: number): number => 2 * d * m.p + 2 * m.H * A + m.sigma * B;

/**
 * The scaling of one face, or null when no (a, b) with small denominators satisfies its
 * conditions (a face whose conditions need σ or H to stay bounded, say).
 *
 * @example
 * ```ts
 * // ASYM ν = 3, edge B-C: p²Hσ⁶ ≍ 1, Hσ³ → ∞
 * const s = faceScaling({ conditions: [
 *   { monomial: { p: 2, H: 1, sigma: 6 }, relation: 'asymp' },
 *   { monomial: { p: 0, H: 1, sigma: 3 }, relation: 'to_infinity' }] });
 * [s!.a.toString(), s!.b.toString()]; // ["4", "-2"]
 * ```
 */
export function faceScaling(regime: Pick<Regime, 'conditions'>): Scaling | null {
  let best = null as { A: number; B: number; d: number } | null;
  for (const d of DENOMINATORS) {
    for (let A = 1; A <= RANGE * d; A++) {
      for (let B = -RANGE * d; B <= RANGE * d; B++) {
        if (best && A + Math.abs(B) >= best.A + Math.abs(best.B)) continue; // A > 0
        const ok = regime.conditions.every((c) => {
          const e = scaledExponent(c.monomial, A, B, d);
          return c.relation === 'asymp' ? e === 0 : c.relation === 'to_infinity' ? e > 0 : e < 0;
        });
        if (ok) best = { A, B, d };
      }
    }
    if (best) break;
  }
  return best ? { a: Rational.of(best.A, best.d), b: Rational.of(best.B, best.d) } : null;
}
