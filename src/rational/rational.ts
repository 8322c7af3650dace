/**
 * Exact rational numbers: a small frozen value type over fraction.js (BigInt numerator and
 * denominator). Every operation returns a new value; values are always in lowest terms with a
 * positive denominator, so structural equality is numerical equality.
 *
 * fraction.js is used only here: its objects are mutable, its `valueOf()` silently degrades to a
 * float and `JSON.stringify` throws on its BigInt fields, so the rest of the project sees only
 * {@link Rational}.
 */
import Fraction from 'fraction.js';
import { RationalError } from '../errors.js';
import { gcd } from './integers.js';

export type RationalLike = Rational | bigint | number | string;


/**
 * An exact rational number `num/den` in lowest terms, `den > 0`.
 *
 * @example
 * ```ts
 * Rational.parse('3/4').add(Rational.of(1, 4)).toString(); // "1"
 * ```
 */
export class Rational {
  readonly num: bigint;
  readonly den: bigint;

  private constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
    Object.freeze(this);
  }

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  /** `num/den` reduced to lowest terms. */
  static of(num: bigint | number, den: bigint | number = 1n): Rational {
    const n = toBigInt(num);
    let d = toBigInt(den);
    if (d === 0n) throw new RationalError('division by zero');
    let m = n;
    if (d < 0n) {
      d = -d;
      m = -m;
    }
    const g = gcd(m, d);
    return g === 1n ? new Rational(m, d) : new Rational(m / g, d / g);
  }

  /**
   * Accepts integers, "a/b", decimals ("0.25"), scientific notation ("7.5e-3", read as the exact
   * decimal) and other Rationals. A non-integer JS number is read through its shortest decimal form.
   */
  static parse(x: RationalLike): Rational {
    if (x instanceof Rational) return x;
    if (typeof x === 'bigint') return Rational.of(x);
    if (typeof x === 'number') {
      if (Number.isInteger(x)) return Rational.of(BigInt(x));
      if (!Number.isFinite(x)) throw new RationalError(`not a finite number: ${x}`);
    }
    const text = String(x).trim();
    const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:[eE]([+-]?\d+))?(?:\/([+-]?\d+))?$/.exec(text);
    if (!m) throw new RationalError(`not a rational number: "${text}"`);
    const exp = Number(m[2] ?? 0);
    if (Math.abs(exp) > 10000) throw new RationalError(`exponent out of range in "${text}"`);
    // fraction.js reads the decimal mantissa exactly; the exponent (which it does not read) scales it
    let r = Rational.fromFraction(new Fraction(m[1]!));
    if (exp !== 0) r = r.mul(exp > 0 ? Rational.of(10n ** BigInt(exp)) : Rational.of(1n, 10n ** BigInt(-exp)));
    if (m[3] !== undefined) r = r.div(Rational.of(BigInt(m[3])));
    return r;
  }

  private static fromFraction(f: Fraction): Rational {
    // fraction.js (BigInt build) keeps the sign apart: value = s·n/d, already in lowest terms
    const n = f.n;
    const d = f.d;
    return new Rational(f.s < 0n ? -n : n, d);
  }

  private toFraction(): Fraction {
    return new Fraction(this.num, this.den);
  }

  add(o: RationalLike): Rational {
    const b = Rational.parse(o);
    if (this.den === 1n && b.den === 1n) return new Rational(this.num + b.num, 1n);
    return Rational.fromFraction(this.toFraction().add(b.toFraction()));
  }
  sub(o: RationalLike): Rational {
    return this.add(Rational.parse(o).neg());
  }
  mul(o: RationalLike): Rational {
    const b = Rational.parse(o);
    if (this.den === 1n && b.den === 1n) return new Rational(this.num * b.num, 1n);
    return Rational.fromFraction(this.toFraction().mul(b.toFraction()));
  }
  div(o: RationalLike): Rational {
    const b = Rational.parse(o);
    if (b.num === 0n) throw new RationalError('division by zero');
    return Rational.fromFraction(this.toFraction().div(b.toFraction()));
  }
  neg(): Rational {
    return new Rational(-this.num, this.den);
  }
  abs(): Rational {
    return this.num < 0n ? this.neg() : this;
  }
  /** Integer powers only (negative allowed for nonzero values). */
  pow(k: number): Rational {
    if (!Number.isInteger(k)) throw new RationalError(`non-integer exponent ${k}`);
    if (k < 0) return Rational.ONE.div(this.pow(-k));
    return Rational.of(this.num ** BigInt(k), this.den ** BigInt(k));
  }
  isZero(): boolean {
    return this.num === 0n;
  }
  isInteger(): boolean {
    return this.den === 1n;
  }
  sign(): -1 | 0 | 1 {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }
  equals(o: RationalLike): boolean {
    const b = Rational.parse(o);
    return this.num === b.num && this.den === b.den;
  }
  /** -1, 0 or 1. */
  compare(o: RationalLike): -1 | 0 | 1 {
    const b = Rational.parse(o);
    const l = this.num * b.den;
    const r = b.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  /**
   * The nearest double (ties to even), for numerics only. Exact for any size of numerator and
   * denominator: beyond 2^53 the quotient is formed by scaled BigInt division and rounded once.
   * Values beyond the double range give ±Infinity, values below it ±0.
   */
  toNumber(): number {
    return ratioToNumber(this.num, this.den);
  }
  /** "n" or "n/d" in lowest terms. */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }
  /** LaTeX: `n` or `\frac{n}{d}` (sign in front). */
  toLatex(): string {
    if (this.den === 1n) return this.num.toString();
    const sgn = this.num < 0n ? '-' : '';
    const n = this.num < 0n ? -this.num : this.num;
    return `${sgn}\\frac{${n}}{${this.den}}`;
  }
  toJSON(): string {
    return this.toString();
  }
  /** Guard against accidental float arithmetic through `+`, `<`, etc. */
  valueOf(): never {
    throw new RationalError('implicit conversion of a Rational; use toNumber() or compare()');
  }
}

const SAFE = 1n << 53n;

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/** num/den (den > 0) rounded to the nearest double, ties to even. */
function ratioToNumber(num: bigint, den: bigint): number {
  const neg = num < 0n;
  const n = neg ? -num : num;
  if (n === 0n) return 0;
  // both operands exact as doubles: IEEE division rounds the exact quotient once
  if (n <= SAFE && den <= SAFE) return (neg ? -Number(n) : Number(n)) / Number(den);
  // n/den ∈ [2^(e-1), 2^(e+1)); find E with q = ⌊n / (den·2^E)⌋ ∈ [2^52, 2^53), or E = -1074 (subnormal)
  const e = bitLength(n) - bitLength(den);
  const quotient = (E: number): { q: bigint; r: bigint; D: bigint } => {
    const N = E < 0 ? n << BigInt(-E) : n;
    const D = E > 0 ? den << BigInt(E) : den;
    const q = N / D;
    return { q, r: N - q * D, D };
  };
  let E = Math.max(e - 53, -1074);
  let { q, r, D } = quotient(E);
  if (q >= SAFE) ({ q, r, D } = quotient(++E));
  if (E > 971) return neg ? -Infinity : Infinity; // q·2^E ≥ 2^(52+972) = 2^1024
  const twice = 2n * r;
  if (twice > D || (twice === D && (q & 1n) === 1n)) q += 1n;
  // q ≤ 2^53 and E ≥ -1074: the product below is exact unless it overflows (then ±Infinity, as it should)
  const v = Number(q) * 2 ** E;
  return neg ? -v : v;
}

function toBigInt(x: bigint | number): bigint {
  if (typeof x === 'bigint') return x;
  if (!Number.isSafeInteger(x)) throw new RationalError(`not a safe integer: ${x}`);
  return BigInt(x);
}
