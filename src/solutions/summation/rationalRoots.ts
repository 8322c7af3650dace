/**
 * The roots of a polynomial with rational coefficients when all of them are rational, by the
 * rational root theorem: after clearing denominators, a root u/v in lowest terms has u dividing
 * the constant term and v the leading coefficient. Each root found is divided out (synthetic
 * division) and searched for again, so multiplicities come out as repeated roots.
 */
import { Rational, gcd, lcm } from '../../rational/index.js';

/** Divisors of |n| up to this size are listed by trial division; larger constants give no answer. */
const MAX_TRIAL = 10n ** 12n;

function divisors(n: bigint): bigint[] | null {
  const a = n < 0n ? -n : n;
  if (a > MAX_TRIAL) return null;
  const small: bigint[] = [];
  const large: bigint[] = [];
  for (let d = 1n; d * d <= a; d++) {
    if (a % d !== 0n) continue;
    small.push(d);
    if (d * d !== a) large.push(a / d);
  }
  return [...small, ...large.reverse()];
}

/** p(x) = Σ c_i x^i at x, by Horner's rule. */
const value = (c: readonly Rational[], x: Rational) => c.reduceRight((v, ci) => v.mul(x).add(ci), Rational.ZERO);

/** p(x)/(x − r) for a root r (coefficients by increasing power). */
function deflate(c: readonly Rational[], r: Rational): Rational[] {
  const out: Rational[] = new Array<Rational>(c.length - 1);
  let carry = Rational.ZERO;
  for (let i = c.length - 1; i >= 1; i--) {
    carry = carry.mul(r).add(c[i]!);
    out[i - 1] = carry;
  }
  return out;
}

/**
 * All roots of Σ c_i x^i (c_i by increasing power, trailing zeros allowed), with multiplicity,
 * when every one is rational; null when some root is not (or the coefficients are too large to
 * list the candidates). A constant has no roots ([]); the zero polynomial gives null.
 *
 * @example
 * ```ts
 * // 9(n + 2)(2n + 5)² = 36n³ + 252n² + 585n + 450
 * rationalRoots([450, 585, 252, 36].map((x) => Rational.of(x)))!.map(String); // ["-5/2", "-5/2", "-2"] (increasing)
 * rationalRoots([-2, 0, 1].map((x) => Rational.of(x)));                       // null (±√2)
 * ```
 */
export function rationalRoots(coefficients: readonly Rational[]): Rational[] | null {
  let c = [...coefficients];
  while (c.length > 0 && c[c.length - 1]!.isZero()) c.pop();
  if (c.length === 0) return null;
  const roots: Rational[] = [];
  while (c.length > 1 && c[0]!.isZero()) {
    roots.push(Rational.ZERO);
    c = c.slice(1);
  }
  while (c.length > 1) {
    // integer coefficients with no common factor
    const den = c.reduce((m, x) => lcm(m, x.den), 1n);
    const ints = c.map((x) => (x.num * den) / x.den);
    const g = ints.reduce((m, x) => gcd(m, x), 0n);
    const us = divisors(ints[0]! / g);
    const vs = divisors(ints[ints.length - 1]! / g);
    if (!us || !vs) return null;
    let found: Rational | null = null;
    search: for (const v of vs)
      for (const u of us)
        for (const r of [Rational.of(-u, v), Rational.of(u, v)])
          if (value(c, r).isZero()) {
            found = r;
            break search;
          }
    if (!found) return null;
    roots.push(found);
    c = deflate(c, found);
  }
  return roots.sort((a, b) => a.compare(b));
}
