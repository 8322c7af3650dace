/**
 * The Narayana generating function of the SYM ν=2 solution (paper §8, App. "SYM ν=2: explicit
 * solution") as an exact series in w with coefficients polynomials in y:
 *
 *   h(w, y) = Σ_{m≥1} Σ_{n=1}^{m} N_{m,n} w^{m−1} yⁿ = (1 − w(y+1) − √D)/(2w²),
 *   D = 1 − 2w(y+1) + w²(y−1)²,
 *
 * computed from the closed form with the series square root (the Narayana numbers
 * N_{m,n} = (1/m) C(m,n) C(m,n−1) are not used, so they can check it).
 */
import { InputError } from '../errors.js';
import { LaurentPoly } from '../rational/index.js';
import { PowerSeries } from './powerSeries.js';
import { seriesSqrt } from './elementary.js';

/**
 * h(w, y) + O(w^order), parameter named `y` (or `parameter`).
 * @example
 * ```ts
 * narayanaSeries(3).toString('w'); // "y + (y + y^2)*w + (y + 3*y^2 + y^3)*w^2 + O(w^3)"
 * ```
 */
export function narayanaSeries(order: number, parameter = 'y'): PowerSeries {
  if (!Number.isSafeInteger(order) || order < 0) throw new InputError(`narayana series: order must be a non-negative integer, got ${order}`);
  const y = LaurentPoly.variable(parameter);
  const one = LaurentPoly.ONE;
  const yPlus = y.add(one);
  const yMinus = y.sub(one);
  const n = order + 2;
  const D = PowerSeries.of([one, yPlus.scale(-2), yMinus.mul(yMinus)], n);
  const numerator = PowerSeries.of([one, yPlus.neg()], n).sub(seriesSqrt(D));
  return numerator.shift(-2).scale('1/2');
}
