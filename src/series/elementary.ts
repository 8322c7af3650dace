/**
 * exp, log, rational powers and the square root of truncated power series, by the recurrences
 * that follow from f' = g'·f (exp), f·L' = f' (log) and u·P' = α u'·P (P = u^α): each coefficient
 * from the previous ones, exactly.
 */
import { InputError } from '../errors.js';
import { LaurentPoly, Rational, type RationalLike } from '../rational/index.js';
import { PowerSeries } from './powerSeries.js';

/**
 * exp(g) for g(0) = 0: E_0 = 1, n E_n = Σ_{k=1}^{n} k g_k E_{n−k}. A nonzero constant term is
 * refused (exp of it is not exact).
 * @example
 * ```ts
 * seriesExp(PowerSeries.variable(4)).toString(); // "1 + t + 1/2*t^2 + 1/6*t^3 + O(t^4)"
 * ```
 */
export function seriesExp(g: PowerSeries): PowerSeries {
  if (g.low < 1 && !g.isZero()) {
    const what = g.low < 0 ? `a term in t^${g.low}` : `the constant term ${g.coeff(0).toString()}`;
    throw new InputError(`series: exp needs an argument vanishing at t = 0, this one has ${what}`);
  }
  const N = g.order;
  const e: LaurentPoly[] = [LaurentPoly.ONE];
  for (let n = 1; n < N; n++) {
    let acc = LaurentPoly.ZERO;
    for (let k = Math.max(g.low, 1); k <= n; k++) {
      const gk = g.coeff(k);
      if (!gk.isZero()) acc = acc.add(gk.mul(e[n - k]!).scale(k));
    }
    e.push(acc.scale(Rational.of(1, n)));
  }
  return PowerSeries.of(e, Math.max(N, 0));
}

/**
 * log(f) for f(0) = 1: L_n = f_n − (1/n) Σ_{k=1}^{n−1} k L_k f_{n−k}.
 * @example
 * ```ts
 * seriesLog(PowerSeries.of([1, 1], 4)).toString(); // "t - 1/2*t^2 + 1/3*t^3 + O(t^4)"
 * ```
 */
export function seriesLog(f: PowerSeries): PowerSeries {
  if (f.low !== 0 || !f.coeff(0).equals(LaurentPoly.ONE)) {
    const what = f.low < 0 ? `a term in t^${f.low}` : f.low > 0 ? 'value 0' : `value ${f.coeff(0).toString()}`;
    throw new InputError(`series: log needs an argument equal to 1 at t = 0, this one has ${what}`);
  }
  const N = f.order;
  const l: LaurentPoly[] = [LaurentPoly.ZERO];
  for (let n = 1; n < N; n++) {
    let acc = LaurentPoly.ZERO;
    for (let k = 1; k < n; k++) if (!l[k]!.isZero()) acc = acc.add(l[k]!.mul(f.coeff(n - k)).scale(k));
    l.push(f.coeff(n).sub(acc.scale(Rational.of(1, n))));
  }
  return PowerSeries.of(l, N);
}

/**
 * f^α for rational α. Integer α uses products and one inverse; otherwise f = a_v t^v (1 + h) needs
 * vα an integer and a_v^α a monomial with a rational coefficient, and (1 + h)^α = Σ P_n t^n with
 * n P_n = Σ_{k=1}^{n} ((α+1)k − n) h_k P_{n−k}.
 * @example
 * ```ts
 * seriesPow(PowerSeries.of([1, 1], 4), '1/2').toString(); // "1 + 1/2*t - 1/8*t^2 + 1/16*t^3 + O(t^4)"
 * ```
 */
export function seriesPow(f: PowerSeries, exponent: RationalLike): PowerSeries {
  const alpha = Rational.parse(exponent);
  if (alpha.isInteger()) {
    const k = alpha.num;
    if (k > BigInt(Number.MAX_SAFE_INTEGER) || -k > BigInt(Number.MAX_SAFE_INTEGER)) throw new InputError(`series: exponent ${k} is too large`);
    return k >= 0n ? f.pow(Number(k)) : f.inverse().pow(Number(-k));
  }
  if (f.isZero()) {
    if (alpha.sign() <= 0) throw new InputError(`series: cannot raise a series that vanishes to O(t^${f.order}) to the power ${alpha.toString()}`);
    const order = alpha.mul(f.order);
    return PowerSeries.zero(Number(order.num / order.den) + (order.isInteger() ? 0 : 1));
  }
  const { v, lead, h, rel } = f.normalised(`raise to the power ${alpha.toString()}`);
  const vAlpha = alpha.mul(v);
  if (!vAlpha.isInteger()) throw new InputError(`series: t^${v}^(${alpha.toString()}) is not a power series`);
  const leadPow = lead.monomialPow(alpha);
  if (leadPow === null) throw new InputError(`series: (${lead.toString()})^(${alpha.toString()}) is not a monomial with a rational coefficient`);
  const P: LaurentPoly[] = [LaurentPoly.ONE];
  const a1 = alpha.add(1);
  for (let n = 1; n < rel; n++) {
    let acc = LaurentPoly.ZERO;
    for (let k = 1; k <= n; k++) if (!h[k]!.isZero()) acc = acc.add(h[k]!.mul(P[n - k]!).scale(a1.mul(k).sub(n)));
    P.push(acc.scale(Rational.of(1, n)));
  }
  const low = Number(vAlpha.num);
  return PowerSeries.of(P.map((c) => c.mul(leadPow)), low + rel, low);
}

/**
 * √f = f^{1/2} (the branch with leading coefficient the positive root of a_v's coefficient).
 * @example
 * ```ts
 * seriesSqrt(PowerSeries.of([4, 4, 1], 3)).toString(); // "2 + t + O(t^3)"
 * ```
 */
export function seriesSqrt(f: PowerSeries): PowerSeries {
  return seriesPow(f, Rational.of(1, 2));
}
