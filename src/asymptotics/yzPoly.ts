/**
 * Polynomials in the two scaling symbols y (H = y·p^a) and z (σ² = z·p^b), exact rational
 * coefficients: a view of rational/'s {@link LaurentPoly} in the variables y and z that reads
 * terms as (coeff, y, z) and lists them by increasing power of y, then of z.
 */
import { LaurentPoly, Rational, termExponent, type LaurentTerm } from '../rational/index.js';

export interface YZTerm {
  readonly coeff: Rational;
  readonly y: number;
  readonly z: number;
}

const YZ = ['y', 'z'] as const;
const asYZ = (t: LaurentTerm): YZTerm => ({ coeff: t.coeff, y: termExponent(t, 'y'), z: termExponent(t, 'z') });

/**
 * A polynomial c(y, z).
 *
 * @example
 * ```ts
 * const c = YZPoly.fromTerms([{ coeff: Rational.of(1, 2), y: 2, z: 2 }, { coeff: Rational.of(-1), y: 1, z: 1 }]);
 * c.toString();                                // "-y*z + 1/2*y^2*z^2"
 * c.evaluate(Rational.of(1), Rational.of(2)).toString(); // "0"
 * ```
 */
export class YZPoly {
  private constructor(private readonly poly: LaurentPoly) {
    Object.freeze(this);
  }

  static fromTerms(terms: Iterable<{ coeff: Rational; y: number; z: number }>): YZPoly {
    const ts = [...terms].map((t) => ({ coeff: t.coeff, exponents: [['y', t.y], ['z', t.z]] as [string, number][] }));
    return new YZPoly(LaurentPoly.fromTerms(ts));
  }

  /** The same polynomial as a {@link LaurentPoly} in the variables y, z. */
  toLaurent(): LaurentPoly {
    return this.poly;
  }

  /** Terms by increasing power of y, then of z. */
  terms(): YZTerm[] {
    return this.poly.termsBy(YZ).map(asYZ);
  }

  coeff(y: number, z: number): Rational {
    return this.poly.coeff([['y', y], ['z', z]]);
  }

  /** The value at rational y, z, exactly. */
  evaluate(y: Rational, z: Rational): Rational {
    return this.poly.substitute({ y, z }).constantValue()!;
  }

  isZero(): boolean {
    return this.poly.isZero();
  }

  equals(o: YZPoly): boolean {
    return this.poly.equals(o.poly);
  }

  add(o: YZPoly): YZPoly {
    return new YZPoly(this.poly.add(o.poly));
  }
  sub(o: YZPoly): YZPoly {
    return new YZPoly(this.poly.sub(o.poly));
  }
  scale(k: Rational): YZPoly {
    return new YZPoly(this.poly.scale(k));
  }
  mul(o: YZPoly): YZPoly {
    return new YZPoly(this.poly.mul(o.poly));
  }
  pow(k: number): YZPoly {
    return new YZPoly(this.poly.pow(k));
  }
  /** this/o when o divides this in Q[y, z], else null. */
  divide(o: YZPoly): YZPoly | null {
    const q = this.poly.divide(o.poly);
    if (q === null || q.terms().some((t) => t.exponents.some(([, e]) => e < 0))) return null; // not in Q[y, z]
    return new YZPoly(q);
  }

  /** e.g. `1/2 - y*z + 1/2*y^2*z^2` */
  toString(): string {
    return this.poly.toString(YZ);
  }
}
