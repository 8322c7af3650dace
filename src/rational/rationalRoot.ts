/**
 * Exact k-th roots of rationals: r^{1/k} when it is rational (the real root; negative r only for
 * odd k), else null.
 */
import { Rational } from './rational.js';

/** ⌊n^{1/k}⌋ for n ≥ 0 (Newton's method on BigInts). */
export function integerRoot(n: bigint, k: bigint): bigint {
  if (n < 2n || k === 1n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / Number(k)) + 1);
  for (;;) {
    const y = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (y >= x) break;
    x = y;
  }
  while (x ** k > n) x -= 1n;
  while ((x + 1n) ** k <= n) x += 1n;
  return x;
}

/**
 * The rational k-th root of r, or null when there is none.
 * @example
 * ```ts
 * rationalRoot(Rational.of(-8, 27), 3n)?.toString(); // "-2/3"
 * ```
 */
export function rationalRoot(r: Rational, k: bigint): Rational | null {
  if (k < 1n) return null;
  if (k === 1n || r.isZero()) return r;
  if (r.sign() < 0) {
    if (k % 2n === 0n) return null;
    const root = rationalRoot(r.neg(), k);
    return root === null ? null : root.neg();
  }
  const a = integerRoot(r.num, k);
  const b = integerRoot(r.den, k);
  return a ** k === r.num && b ** k === r.den ? Rational.of(a, b) : null;
}
