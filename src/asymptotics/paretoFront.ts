/**
 * Pareto-optimal monomials of Y_s (paper §3, "Leading and Pareto-optimal terms"): among the
 * monomials p^q H^n σ^{2l} with the same σ-power l, those whose (q, n) is maximal in the Pareto
 * sense. Each carries its diagram coordinate s_D, read off the edge count
 * 2l = ν(s_D + 1) + (ν − 2)s (s_D merged copies of D_{2ν}, s_R = s + 1 − s_D of R_ν).
 */
import { type Poly, Rational } from '../rational/index.js';

/** One Pareto-optimal monomial coeff · p^p H^H (σ²)^sigma2 with its polygon coordinates. */
export interface ParetoTerm {
  readonly coeff: Rational;
  readonly p: number;
  readonly H: number;
  readonly sigma2: number;
  /** number of D_{2ν} factors, from 2l = ν(s_D+1) + (ν−2)s (an integer for every target of the model class) */
  readonly sD: Rational;
  /** s_R = s + 1 − s_D, the number of R_ν factors */
  readonly sR: Rational;
}

/** (q', n') dominates (q, n): q' ≥ q, n' ≥ n, one of them strictly. */
export function dominates(a: { p: number; H: number }, b: { p: number; H: number }): boolean {
  return a.p >= b.p && a.H >= b.H && (a.p > b.p || a.H > b.H);
}

/** s_D from the σ² power: 2l = ν(s_D+1) + (ν−2)s. */
export function diagramCount(nu: number, s: number, sigma2: number): Rational {
  return Rational.of(2 * sigma2 - (nu - 2) * s, nu).sub(1);
}

/**
 * The Pareto front of Y_s, ordered by s_D then n. The σ⁰ part (½‖F‖² in Y_0, no diagram) is left out.
 *
 * @example
 * ```ts
 * const [, Y1] = lossSeries(makeModel({ nu: 2, scenario: 'sym' }), 1);
 * paretoFront(Y1, 2, 1).map((t) => `${t.coeff}*p^${t.p}*H^${t.H}*sigma2^${t.sigma2}`);
 * // ["-4*p^1*H^1*sigma2^1", "8*p^2*H^1*sigma2^2", "8*p^1*H^2*sigma2^2", "-4*p^3*H^1*sigma2^3", …]
 * ```
 */
export function paretoFront(y: Poly, nu: number, s: number): ParetoTerm[] {
  const byL = new Map<number, { p: number; H: number; sigma2: number; coeff: Rational }[]>();
  for (const t of y.terms()) {
    if (t.sigma2 === 0) continue;
    let list = byL.get(t.sigma2);
    if (!list) byL.set(t.sigma2, (list = []));
    list.push(t);
  }
  const out: ParetoTerm[] = [];
  for (const list of byL.values()) {
    for (const a of list) {
      if (list.some((b) => dominates(b, a))) continue;
      const sD = diagramCount(nu, s, a.sigma2);
      out.push({ coeff: a.coeff, p: a.p, H: a.H, sigma2: a.sigma2, sD, sR: Rational.of(s + 1).sub(sD) });
    }
  }
  out.sort((a, b) => a.sD.compare(b.sD) || a.H - b.H);
  return out;
}
