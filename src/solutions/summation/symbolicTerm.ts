/**
 * Lifting a hypergeometric term found at one point (y, z) to all y, z: with the parameters α, β
 * of the point and τ_n = Π(α)_n/Π(β)_n, the candidate a_n(y, z) = a_0 K^n τ_n has
 * K = a_1/(a_0 τ_1), and it holds on every computed order when the identities
 *   a_n (a_0 τ_1)^n = a_0 a_1^n τ_n     in Q[y, z]
 * do, a_n = c_n(y, z)/n! the coefficients of the limit series.
 */
import type { LimitSeries, YZPoly } from '../../asymptotics/index.js';
import { Rational } from '../../rational/index.js';
import { termText, termValues, type HypergeometricTerm } from './hypergeometricTerm.js';

export interface SymbolicTerm {
  /** a_0(y, z) */
  readonly scale: YZPoly;
  /** K(y, z) as numerator/denominator (denominator 1 when the division is exact) */
  readonly rate: { readonly num: YZPoly; readonly den: YZPoly };
  readonly upper: readonly Rational[];
  readonly lower: readonly Rational[];
  /** the identities hold for n = 0 … through */
  readonly through: number;
  readonly text: string;
}

/**
 * The term in y, z with the parameters of `numeric`, or null when an identity fails.
 *
 * @example
 * ```ts
 * // free under-parameterised SYM ν = 2 (§6): a_s = ½ y z² (−4z)^s (s + 1)
 * const ys = await series(makeModel({ nu: 2, scenario: 'sym', target: 'zero' }), 5, { threads: 1 });
 * const lim = limitSeries(ys, parseScaling('H = y, sigma2 = z'));
 * const chain = solveChain(lim, { y: Rational.ONE, z: Rational.ONE });
 * symbolicTerm(lim, chain.term!)!.text; // "a_n = 1/2*y*z^2*(-4*z)^n*(2)_n/n!"
 * ```
 */
export function symbolicTerm(lim: LimitSeries, numeric: HypergeometricTerm): SymbolicTerm | null {
  let fact = Rational.ONE;
  const a = lim.terms.map((t, n) => {
    if (n > 0) fact = fact.mul(n);
    return t.coeff.scale(Rational.ONE.div(fact));
  });
  if (a.length < 2 || a[0]!.isZero()) return null;
  const tau = termValues({ ...numeric, scale: Rational.ONE, rate: Rational.ONE }, a.length - 1);
  const [a0, a1] = [a[0]!, a[1]!];
  const den = a0.scale(tau[1]!);
  for (let n = 0; n < a.length; n++) if (!a[n]!.mul(den.pow(n)).equals(a0.mul(a1.pow(n)).scale(tau[n]!))) return null;
  const q = a1.divide(den);
  const rate = q ? { num: q, den: den.divide(den)! } : { num: a1, den };
  const rateText = q ? q.toString() : `(${a1})/(${den})`;
  const text = termText({ scale: Rational.ONE, rate: Rational.ONE, upper: numeric.upper, lower: numeric.lower }, 'a', 'n', a0.toString(), rateText);
  return { scale: a0, rate, upper: numeric.upper, lower: numeric.lower, through: a.length - 1, text };
}
