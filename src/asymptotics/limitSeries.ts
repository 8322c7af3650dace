/**
 * Large-size limit of the exact series (paper §6, "formal coefficient-wise limiting expansion").
 * Along H = y·p^a, σ² = z·p^b, p → ∞, every coefficient behaves as
 *   Y_s(p, y p^a, z p^b) = c_s(y, z) p^{e_s} (1 + o(1)),
 * with e_s = max over monomials p^q H^n σ^{2l} of q + a n + b l and c_s the sum of the monomials
 * reaching it (no two share (n, l), so c_s ≠ 0 whenever Y_s ≠ 0). When e_s = e_0 + s·ρ for all
 * computed s, T ∝ p^ρ is the natural time scale: E[L(t)] ≈ p^{e_0} Σ_s c_s (t/T')^s/s!, T' = T p^{−ρ}.
 */
import { type Poly, Rational } from '../rational/index.js';
import type { Direction, Scaling } from './scaling.js';
import { YZPoly } from './yzPoly.js';

export interface LimitTerm {
  readonly s: number;
  /** e_s; null when Y_s is identically zero */
  readonly exponent: Rational | null;
  /** c_s(y, z) */
  readonly coeff: YZPoly;
}

export interface LimitSeries {
  readonly terms: LimitTerm[];
  /** e_s = e_0 + s·rate for every computed s (needs at least two nonzero orders) */
  readonly affine: boolean;
  /** e_1 − e_0 when affine: T ∝ p^rate */
  readonly rate: Rational | null;
  /** e_0 when affine: E[L] ≈ p^{e_0} Σ c_s (t/T')^s/s! */
  readonly normalisation: Rational | null;
}

/** e_s and c_s(y, z) of one coefficient. */
export function leadingLimit(y: Poly, s: number, scaling: Scaling): LimitTerm {
  let best: Rational | null = null;
  let lead: { coeff: Rational; y: number; z: number }[] = [];
  for (const t of y.terms()) {
    const e = Rational.of(t.p).add(scaling.a.mul(t.H)).add(scaling.b.mul(t.sigma2));
    const c = best === null ? 1 : e.compare(best);
    if (c > 0) {
      best = e;
      lead = [];
    }
    if (c >= 0) lead.push({ coeff: t.coeff, y: t.H, z: t.sigma2 });
  }
  return { s, exponent: best, coeff: YZPoly.fromTerms(lead) };
}

/**
 * e_s and c_s for every coefficient of a series, and whether e_s is affine in s.
 *
 * @example
 * ```ts
 * const ys = await series(makeModel({ nu: 2, scenario: 'sym' }), 2, { threads: 1 });
 * const lim = limitSeries(ys, parseScaling('H = y*p, sigma2 = z/p'));
 * lim.terms[0].coeff.toString(); // "1/2 - y*z + 1/2*y*z^2 + 1/2*y^2*z^2"
 * lim.rate?.toString();          // "0": T ∝ p^0
 * ```
 */
export function limitSeries(series: readonly Poly[], scaling: Scaling): LimitSeries {
  const terms = series.map((y, s) => leadingLimit(y, s, scaling));
  return { terms, ...affineExponents(terms) };
}

/** Whether e_s is affine in s over the computed orders. */
export function affineExponents(terms: readonly LimitTerm[]): { affine: boolean; rate: Rational | null; normalisation: Rational | null } {
  const e = terms.map((t) => t.exponent);
  if (e.length < 2 || e.some((x) => x === null)) return { affine: false, rate: null, normalisation: null };
  const e0 = e[0]!;
  const rate = e[1]!.sub(e0);
  const affine = e.every((x, s) => x!.equals(e0.add(rate.mul(s))));
  return affine ? { affine, rate, normalisation: e0 } : { affine, rate: null, normalisation: null };
}

/** Leading monomials of Y_s along a power-law direction (eq. alphascaling). */
export interface DirectionLead {
  readonly s: number;
  /** max of α_p q + α_H n + 2α_σ l */
  readonly exponent: Rational | null;
  readonly terms: { coeff: Rational; p: number; H: number; sigma2: number }[];
}

export function leadingAlong(y: Poly, s: number, alpha: Direction): DirectionLead {
  let best: Rational | null = null;
  let terms: DirectionLead['terms'] = [];
  for (const t of y.terms()) {
    const e = alpha.p.mul(t.p).add(alpha.H.mul(t.H)).add(alpha.sigma.mul(2 * t.sigma2));
    const c = best === null ? 1 : e.compare(best);
    if (c > 0) {
      best = e;
      terms = [];
    }
    if (c >= 0) terms.push({ coeff: t.coeff, p: t.p, H: t.H, sigma2: t.sigma2 });
  }
  return { s, exponent: best, terms };
}
