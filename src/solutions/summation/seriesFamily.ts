/**
 * Families of orders of a limit series whose exponents are affine when the whole series' are not:
 * a tail s = s_0, s_0 + 1, … or one parity class s = s_0, s_0 + 2, … (docs/summation.md §"Families
 * of orders"). A family is a series in its own index k (s = s_0 + m k, m = 1 or 2):
 *
 *   Σ_{s in F} a_s x^s = x^{s_0} g(x^m),   g(u) = Σ_k a_{s_0 + m k} u^k,   a_s = c_s(y, z)/s!,
 *
 * and {@link familyLimitSeries} writes it as a limit series in k (coefficient k!·c_s/s!, so that its
 * own a_k is a_s), on which the one-index chain runs unchanged.
 */
import { affineExponents, type LimitSeries } from '../../asymptotics/index.js';
import { InputError } from '../../errors.js';
import { Rational } from '../../rational/index.js';

export type FamilyParity = 'all' | 'odd' | 'even';

export interface SeriesFamily {
  /** every order (step 1) or one parity class (step 2) */
  readonly parity: FamilyParity;
  /** s_0, the first order of the family (of the family's parity) */
  readonly from: number;
}

/** How a family was chosen. */
export type FamilySource = 'tail' | 'parity' | 'given';

export const familyStep = (f: SeriesFamily): 1 | 2 => (f.parity === 'all' ? 1 : 2);

/** The orders s_0, s_0 + m, … ≤ S of a family in a series of orders 0 … S. */
export function familyOrders(f: SeriesFamily, S: number): number[] {
  const out: number[] = [];
  for (let s = f.from; s <= S; s += familyStep(f)) out.push(s);
  return out;
}

/**
 * The family as a limit series in k: terms k = 0, 1, … with exponent e_{s_0 + m k} and coefficient
 * k!·c_s/s!; `affine`, `rate` (per k, = m ρ) and `normalisation` (= e_{s_0}) as for any limit series.
 */
export function familyLimitSeries(lim: LimitSeries, f: SeriesFamily): LimitSeries {
  const S = lim.terms.length - 1;
  if (f.from < 0 || f.from > S) throw new InputError(`series family: the first order ${f.from} is outside 0..${S}`);
  if (f.parity !== 'all' && f.from % 2 !== (f.parity === 'odd' ? 1 : 0)) throw new InputError(`series family: ${f.from} is not ${f.parity}`);
  let kFact = Rational.ONE;
  const terms = familyOrders(f, S).map((s, k) => {
    if (k > 0) kFact = kFact.mul(k);
    let sFact = Rational.ONE;
    for (let i = 2; i <= s; i++) sFact = sFact.mul(i);
    const t = lim.terms[s]!;
    return { s: k, exponent: t.exponent, coeff: t.coeff.scale(kFact.div(sFact)) };
  });
  return { terms, ...affineExponents(terms) };
}

/** Least number of orders a detected family must have: two fix the line, the third tests it. */
export const MIN_FAMILY_ORDERS = 3;

/**
 * The least s_0 of the given parity from which the exponents are affine (through the last order),
 * or null when no such stretch has {@link MIN_FAMILY_ORDERS} orders.
 */
export function affineFrom(lim: LimitSeries, parity: FamilyParity): number | null {
  const S = lim.terms.length - 1;
  const step = parity === 'all' ? 1 : 2;
  const last = parity === 'all' ? S : S % 2 === (parity === 'odd' ? 1 : 0) ? S : S - 1;
  let best: number | null = null;
  for (let s0 = last - step * (MIN_FAMILY_ORDERS - 1); s0 >= 0; s0 -= step) {
    if (familyLimitSeries(lim, { parity, from: s0 }).affine) best = s0;
    else break;
  }
  return best;
}

export interface DetectedFamily {
  readonly family: SeriesFamily;
  readonly source: FamilySource;
}

/**
 * The families a series that is not affine as a whole splits into: an affine tail (every order
 * from s_0 on), and the two parity classes when each has an affine stretch (from its own s_0) and
 * one of them starts before the tail.
 * The tail comes first; [] when the exponents are affine on all orders or no family is found.
 *
 * @example
 * ```ts
 * // p H σ^{2s} at odd s, H σ^{2s} at even s: along σ² = z/p, e_s = 1 − s (odd s), −s (even s)
 * const ys = [0, 1, 2, 3, 4, 5, 6].map((s) => parsePoly(s % 2 ? `p*H*sigma2^${s}` : `H*sigma2^${s}`));
 * const lim = limitSeries(ys, parseScaling('H = y, sigma2 = z/p'));
 * detectFamilies(lim).map((d) => `${d.family.parity} from ${d.family.from}`); // ["odd from 1", "even from 0"]
 * ```
 */
export function detectFamilies(lim: LimitSeries): DetectedFamily[] {
  if (lim.affine) return [];
  const out: DetectedFamily[] = [];
  const tail = affineFrom(lim, 'all');
  if (tail !== null) out.push({ family: { parity: 'all', from: tail }, source: 'tail' });
  const odd = affineFrom(lim, 'odd');
  const even = affineFrom(lim, 'even');
  // the parity classes when they reach orders the tail leaves out
  if (odd !== null && even !== null && (tail === null || Math.min(odd, even) < tail)) {
    out.push({ family: { parity: 'odd', from: odd }, source: 'parity' });
    out.push({ family: { parity: 'even', from: even }, source: 'parity' });
  }
  return out;
}
