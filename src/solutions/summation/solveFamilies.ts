/**
 * The chain of {@link solveChain} on families of orders (seriesFamily.ts): each family — an affine
 * tail, or a parity class — is a series in its own index k, s = s_0 + m k, and the chain (recurrence
 * in k, Theorem 5.1 in u = x^m, closed form, lift to y, z, Borel step) runs on it with its held-out
 * equations counted on the family. Families are detected when the exponents are not affine on all
 * orders, or given explicitly (a parity and/or a first order).
 */
import type { LimitSeries } from '../../asymptotics/index.js';
import { InputError } from '../../errors.js';
import type { Rational } from '../../rational/index.js';
import type { GuessOptions } from './guessRecurrence.js';
import { affineFrom, detectFamilies, familyLimitSeries, familyOrders, familyStep, type FamilyParity, type FamilySource, type SeriesFamily } from './seriesFamily.js';
import { solveChain, type SolveChain } from './solveChain.js';

export interface FamilyChain {
  readonly family: SeriesFamily;
  readonly source: FamilySource;
  /** the orders s of the family, s_0 … ≤ S */
  readonly orders: number[];
  /**
   * ρ per order and e_0 − the extrapolation of e_s to s = 0, so that the family's part of E[L] is
   * p^{normalisation} x^{s_0} g(x^m), x = t p^ρ/T; null when the family is not affine
   */
  readonly timeScale: { readonly rate: Rational; readonly normalisation: Rational } | null;
  /** the chain on g(u) = Σ_k a_{s_0 + m k} u^k (its x is u = x^m) */
  readonly chain: SolveChain;
}

/** The least number of terms for which the smallest ansatz (order 1, degree 0) can hold out `heldOut` equations. */
export const leastTerms = (heldOut: number) => heldOut + 2;

/** The chain on one family. */
export function solveFamily(lim: LimitSeries, family: SeriesFamily, source: FamilySource, at: { y: Rational; z: Rational }, opts: GuessOptions = {}): FamilyChain {
  const fam = familyLimitSeries(lim, family);
  const m = familyStep(family);
  const timeScale = fam.affine && fam.rate && fam.normalisation ? { rate: fam.rate.div(m), normalisation: fam.normalisation.sub(fam.rate.div(m).mul(family.from)) } : null;
  return { family, source, orders: familyOrders(family, lim.terms.length - 1), timeScale, chain: solveChain(fam, at, opts) };
}

export interface FamilyChoice {
  /** `auto` (default): the detected families when the series is not affine; else one parity class or every order */
  readonly parity?: FamilyParity | 'auto';
  /** the first order of the family; by default the start of its affine stretch (or its first order) */
  readonly from?: number;
}

/**
 * The chains on the families of a limit series. With the default choice, [] when the exponents are
 * affine on all orders (the chain on the whole series is the answer), else every detected family.
 * A given parity or first order is checked: it must lie in 0 … S, have that parity, and leave enough
 * orders to hold out the requested equations (else InputError).
 *
 * @example
 * ```ts
 * // c_s = s!·2^k p H σ^{2s} at odd s = 2k + 1, H σ^{2s} at even s; along σ² = z/p the odd orders
 * // have e_s = 1 − s, and a_{2k+1} = 2^k: g(u) = 1/(1 − 2u)
 * const fact = (n: number): number => (n < 2 ? 1 : n * fact(n - 1));
 * const ys = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((s) => parsePoly(s % 2 ? `${fact(s) * 2 ** ((s - 1) / 2)}*p*H*sigma2^${s}` : `H*sigma2^${s}`));
 * const lim = limitSeries(ys, parseScaling('H = y, sigma2 = z/p'));
 * const [odd] = solveFamilies(lim, { y: Rational.ONE, z: Rational.ONE }, {}, { parity: 'odd' });
 * odd.orders;                    // [1, 3, 5, 7]
 * odd.chain.solution?.text;      // "(1 - 2*x)^(-1)"
 * odd.timeScale?.rate.toString(); // "-1"
 * ```
 */
export function solveFamilies(lim: LimitSeries, at: { y: Rational; z: Rational }, opts: GuessOptions = {}, choice: FamilyChoice = {}): FamilyChain[] {
  const parity = choice.parity ?? 'auto';
  const S = lim.terms.length - 1;
  if (parity === 'auto' && choice.from === undefined) return detectFamilies(lim).map((d) => solveFamily(lim, d.family, d.source, at, opts));
  const p: FamilyParity = parity === 'auto' ? 'all' : parity;
  const first = p === 'odd' ? 1 : 0;
  const from = choice.from ?? affineFrom(lim, p) ?? first;
  if (from > S) throw new InputError(`--from ${from}: beyond the last order ${S}`);
  if (p !== 'all' && from % 2 !== first) throw new InputError(`--from ${from} is not ${p} (--family ${p})`);
  const family = { parity: p, from };
  const orders = familyOrders(family, S);
  const heldOut = opts.heldOut ?? 2;
  const need = leastTerms(heldOut);
  if (orders.length < need)
    throw new InputError(`--family ${p} --from ${from}: ${orders.length} order${orders.length === 1 ? '' : 's'} of the family within s <= ${S} (${orders.join(', ')}), at least ${need} needed to hold out ${heldOut} equation${heldOut === 1 ? '' : 's'}`);
  return [solveFamily(lim, family, 'given', at, opts)];
}
