/**
 * Reduction modulo a prime m < 2^26 in double arithmetic (a Barrett reduction with the
 * floating-point reciprocal 1/m as the precomputed quotient estimate). Every value the kernels
 * reduce is a sum or a product of two residues, so it lies in [0, 2^53) and is an exact double.
 */

/**
 * x mod m for an integer 0 ≤ x < 2^53 and a prime 2^25 < m < 2^26 (modularPrimes.ts), given
 * inverse = 1/m.
 *
 * Why it is exact: x/m < 2^28 and x·inverse has relative error below 2^−51, so
 * q = ⌊x·inverse⌋ differs from ⌊x/m⌋ by at most one; x − q·m is then an exact double in
 * (−m, 2m), and one correction step lands in [0, m).
 *
 * @example
 * ```ts
 * reduceModulo(2 ** 52 + 7, 67108859, 1 / 67108859); // (2^52 + 7) mod 67108859
 * ```
 */
export function reduceModulo(x: number, m: number, inverse: number): number {
  const r = x - Math.floor(x * inverse) * m;
  return r < 0 ? r + m : r >= m ? r - m : r;
}
