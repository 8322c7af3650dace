/**
 * The integral of F³ entering the SYM ν=4 first integral (paper eq. nu4-1st-int) and threshold
 * (eq. nu4-threshold), on the ascent side a = −b ≤ 0 (floats):
 *
 *   P(b) = ∫_0^b F(−u)³ du = −∫_0^{−b} F(u)³ du ≥ 0,   P(∞) = −∫_0^{−∞} F³.
 *
 * P does not depend on any model parameter, so it is tabulated once (lazily) as a piecewise
 * Chebyshev antiderivative in x ∈ [0, 1] with b = (x/(1−x))². In that variable the integrand
 * F(−b)³·2x/(1−x)³ is smooth up to x = 1 (it vanishes there like (1−x)³/256, because
 * F(−b) ~ 1/(8b) with corrections in powers of 1/√b).
 */
import { borelF } from '../special/borelIntegral.js';
import { chebyshevAntiderivative, type Antiderivative } from '../numeric/chebyshevAntiderivative.js';

let table: Antiderivative | null = null;

function cubeTable(): Antiderivative {
  if (table === null) {
    table = chebyshevAntiderivative(
      (x) => {
        if (x >= 1) return 0;
        const r = x / (1 - x);
        const f = borelF(-r * r);
        return (f * f * f * 2 * x) / ((1 - x) * (1 - x) * (1 - x));
      },
      0,
      1,
      { points: 32, relTol: 1e-14 },
    );
  }
  return table;
}

/** Map b ∈ [0, ∞] to the table variable x = √b/(1+√b) ∈ [0, 1]. */
function cubeVariable(b: number): number {
  if (b === Infinity) return 1;
  const v = Math.sqrt(b);
  return v / (1 + v);
}

/**
 * P(b) = ∫_0^b F(−u)³ du for b ≥ 0 (b = ∞ allowed). Floats, relative accuracy ~1e-15.
 * @example
 * ```ts
 * cubeIntegral(0); // 0
 * ```
 */
export function cubeIntegral(b: number): number {
  if (!(b >= 0)) throw new RangeError(`cubeIntegral: need b ≥ 0 (got ${b})`);
  return cubeTable().at(cubeVariable(b));
}

/** P(x) in the table variable x ∈ [0, 1] (b = (x/(1−x))²). */
export function cubeIntegralAtVariable(x: number): number {
  return cubeTable().at(x);
}

/** P(∞) = −∫_0^{−∞} F(u)³ du. */
export function cubeIntegralTotal(): number {
  return cubeTable().at(1);
}
