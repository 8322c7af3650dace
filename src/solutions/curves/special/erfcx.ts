/**
 * Scaled complementary error function erfcx(x) = e^{x²} erfc(x), in double precision (floats).
 *
 * Method (classical, cf. W. J. Cody's split of the real line):
 * - 0 ≤ x < 1: erfcx(x) = e^{x²} − (2/√π) Σ_{n≥0} 2ⁿ x^{2n+1} / (2n+1)!!  (all terms positive, fast);
 * - x ≥ 1: Laplace's continued fraction
 *   erfcx(x) = (1/√π) · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))),
 *   evaluated by the modified Lentz algorithm; it needs no exponential, so there is no overflow
 *   for large x (erfcx(x) ~ 1/(x√π));
 * - x < 0: erfcx(x) = 2e^{x²} − erfcx(−x), which overflows to +∞ below x ≈ −26.6 (the true value does).
 * Relative accuracy is a few units of 1e-15 on the whole line.
 */

const INV_SQRT_PI = 0.5641895835477562869480794515607725858440506293289988568440857217;
const TWO_OVER_SQRT_PI = 2 * INV_SQRT_PI;

/**
 * Scaled complementary error function e^{x²} erfc(x).
 * @example
 * ```ts
 * erfcx(0); // 1
 * erfcx(1); // ≈ 0.42758357615580700442
 * ```
 */
export function erfcx(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) {
    const e = Math.exp(x * x);
    return e === Infinity ? Infinity : 2 * e - erfcx(-x);
  }
  if (x < 1) return erfcxSeries(x);
  return erfcxContinuedFraction(x);
}

/** e^{x²} − (2/√π) Σ 2ⁿ x^{2n+1}/(2n+1)!!, for 0 ≤ x < 1 (here e^{x²} erf(x) is the sum). */
function erfcxSeries(x: number): number {
  const x2 = 2 * x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= x2 / (2 * n + 1);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return Math.exp(x * x) - TWO_OVER_SQRT_PI * sum;
}

/**
 * Continued fraction x + (1/2)/(x + 1/(x + (3/2)/(x + …))) by modified Lentz; returns its reciprocal
 * divided by √π. Partial numerators are k/2, k = 1, 2, …; all partial denominators are x.
 */
function erfcxContinuedFraction(x: number): number {
  if (x > 1e8) return INV_SQRT_PI / x; // the next term is −1/(2x²) relative
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 100000; k++) {
    const a = k / 2;
    d = x + a * d;
    if (d === 0) d = tiny;
    c = x + a / c;
    if (c === 0) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return INV_SQRT_PI / f;
}
