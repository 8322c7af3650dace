/**
 * Sparse polynomials in the two scaling symbols y (H = y·p^a) and z (σ² = z·p^b), exact
 * rational coefficients. Only what the limit series needs: build, add, compare, evaluate, print.
 */
import { Rational } from '../rational/index.js';

export interface YZTerm {
  readonly coeff: Rational;
  readonly y: number;
  readonly z: number;
}

export class YZPoly {
  private constructor(private readonly map: ReadonlyMap<string, YZTerm>) {
    Object.freeze(this);
  }

  static fromTerms(terms: Iterable<{ coeff: Rational; y: number; z: number }>): YZPoly {
    const m = new Map<string, YZTerm>();
    for (const t of terms) {
      const k = `${t.y},${t.z}`;
      const c = (m.get(k)?.coeff ?? Rational.ZERO).add(t.coeff);
      if (c.isZero()) m.delete(k);
      else m.set(k, { coeff: c, y: t.y, z: t.z });
    }
    return new YZPoly(m);
  }

  /** Terms by increasing power of y, then of z. */
  terms(): YZTerm[] {
    return [...this.map.values()].sort((a, b) => a.y - b.y || a.z - b.z);
  }

  coeff(y: number, z: number): Rational {
    return this.map.get(`${y},${z}`)?.coeff ?? Rational.ZERO;
  }

  /** The value at rational y, z, exactly. */
  evaluate(y: Rational, z: Rational): Rational {
    let v = Rational.ZERO;
    for (const t of this.map.values()) v = v.add(t.coeff.mul(y.pow(t.y)).mul(z.pow(t.z)));
    return v;
  }

  isZero(): boolean {
    return this.map.size === 0;
  }

  equals(o: YZPoly): boolean {
    return this.map.size === o.map.size && this.terms().every((t) => o.coeff(t.y, t.z).equals(t.coeff));
  }

  /** e.g. `1/2 - y*z + 1/2*y^2*z^2` */
  toString(): string {
    const ts = this.terms();
    if (ts.length === 0) return '0';
    return ts
      .map((t, i) => {
        const mono = [t.y ? (t.y === 1 ? 'y' : `y^${t.y}`) : '', t.z ? (t.z === 1 ? 'z' : `z^${t.z}`) : ''].filter(Boolean).join('*');
        const a = t.coeff.abs();
        const body = mono === '' ? a.toString() : a.equals(1) ? mono : `${a.toString()}*${mono}`;
        return i === 0 ? (t.coeff.sign() < 0 ? `-${body}` : body) : `${t.coeff.sign() < 0 ? ' - ' : ' + '}${body}`;
      })
      .join('');
  }
}
