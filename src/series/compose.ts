/**
 * Composition f(g(t)) and reversion (the compositional inverse) of truncated power series.
 */
import { InputError } from '../errors.js';
import { LaurentPoly, Rational } from '../rational/index.js';
import { PowerSeries } from './powerSeries.js';

/**
 * f(g(t)) for g(0) = 0 and f without negative powers, by Horner's rule. The order is
 * min(N_f · v_g, N_g): f's truncation O(s^{N_f}) becomes O(t^{N_f v_g}), and an error O(t^{N_g})
 * in g moves f(g) by f'(g)·O(t^{N_g}).
 * @example
 * ```ts
 * const t = PowerSeries.variable(4);
 * compose(PowerSeries.of([1, 1, 1, 1], 4), t.add(t.mul(t))).toString(); // "1 + t + 2*t^2 + 3*t^3 + O(t^4)"
 * ```
 */
export function compose(f: PowerSeries, g: PowerSeries): PowerSeries {
  if (f.low < 0) throw new InputError(`series: cannot compose a series with a term in t^${f.low}`);
  if (g.low < 1 && !g.isZero()) throw new InputError('series: the inner series of a composition must vanish at t = 0');
  const order = Math.min(f.order * Math.max(g.low, 1), g.order);
  if (g.isZero()) return PowerSeries.constant(f.order > 0 ? f.coeff(0) : LaurentPoly.ZERO, Math.min(order, f.order));
  const inner = g.truncate(order);
  let acc = PowerSeries.zero(order);
  for (let k = f.order - 1; k >= 0; k--) acc = acc.mul(inner).add(PowerSeries.constant(f.coeff(k), order));
  return acc.truncate(order);
}

/**
 * The series r with g(r(t)) = t = r(g(t)), for g = g_1 t + g_2 t² + … with g_1 a monomial in the
 * parameters, by Lagrange inversion: [t^n] r = (1/n) [w^{n−1}] (w/g(w))^n. Same order as g.
 * @example
 * ```ts
 * const t = PowerSeries.variable(4);
 * reversion(t.sub(t.mul(t))).toString(); // "t + t^2 + 2*t^3 + O(t^4)"
 * ```
 */
export function reversion(g: PowerSeries): PowerSeries {
  if (g.low !== 1) throw new InputError('series: reversion needs a series g with g(0) = 0 and a nonzero coefficient of t');
  const phi = g.shift(-1).inverse(); // w/g(w), order N − 1
  const r: LaurentPoly[] = [LaurentPoly.ZERO];
  let power = phi;
  for (let n = 1; n < g.order; n++) {
    r.push(power.coeff(n - 1).scale(Rational.of(1, n)));
    if (n + 1 < g.order) power = power.mul(phi);
  }
  return PowerSeries.of(r, g.order);
}
