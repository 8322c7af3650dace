/**
 * Sparse polynomials in the three variables of the loss expansion, p, H and sigma2 (= σ²), with
 * exact rational coefficients. Immutable: every operation returns a new polynomial.
 *
 * The packed form of `LaurentPoly` for these three variables (`LaurentPoly.fromPoly` is the
 * bridge): a monomial is one number, so the series' hot loops (expansion/, asymptotics/) add and
 * multiply without building strings; benchmarks/poly.mjs measures products and sums of
 * Y_s-sized polynomials about 1.6 times faster than in the general form.
 */
import { RationalError } from '../errors.js';
import { Rational, type RationalLike } from './rational.js';

/** Exponents of one monomial p^p H^H (σ²)^sigma2. */
export interface Monomial {
  readonly p: number;
  readonly H: number;
  readonly sigma2: number;
}

/** One nonzero term coeff · p^p H^H (σ²)^sigma2. */
export interface PolyTerm extends Monomial {
  readonly coeff: Rational;
}

const BASE = 4096;

function pack(p: number, H: number, s: number): number {
  if (p < 0 || H < 0 || s < 0 || p >= BASE || H >= BASE || s >= BASE || !Number.isInteger(p + H + s)) {
    throw new RationalError(`polynomial exponent out of range: p^${p} H^${H} sigma2^${s}`);
  }
  return (s * BASE + H) * BASE + p;
}

function unpack(key: number): Monomial {
  const p = key % BASE;
  const rest = (key - p) / BASE;
  const H = rest % BASE;
  return { p, H, sigma2: (rest - H) / BASE };
}

/**
 * Polynomial in p, H, σ².
 *
 * @example
 * ```ts
 * const y = Poly.fromTerms([{ coeff: Rational.of(1, 2), p: 1, H: 0, sigma2: 0 }]);
 * y.evaluate(4, 1, 0).toString(); // "2"
 * ```
 */
export class Poly {
  /** Packed exponent key → nonzero coefficient. */
  private readonly map: ReadonlyMap<number, Rational>;

  private constructor(map: Map<number, Rational>) {
    this.map = map;
    Object.freeze(this);
  }

  static readonly ZERO = new Poly(new Map());

  static constant(c: RationalLike): Poly {
    return Poly.monomial(c, 0, 0, 0);
  }

  static monomial(c: RationalLike, p: number, H: number, sigma2: number): Poly {
    const r = Rational.parse(c);
    const m = new Map<number, Rational>();
    if (!r.isZero()) m.set(pack(p, H, sigma2), r);
    return new Poly(m);
  }

  static fromTerms(terms: Iterable<{ coeff: RationalLike; p: number; H: number; sigma2: number }>): Poly {
    const m = new Map<number, Rational>();
    for (const t of terms) addInto(m, pack(t.p, t.H, t.sigma2), Rational.parse(t.coeff));
    return new Poly(m);
  }

  /** Builder used by hot loops: accumulate then freeze. */
  static builder(): PolyBuilder {
    return new PolyBuilder();
  }

  /** @internal */
  static fromMap(m: Map<number, Rational>): Poly {
    for (const [k, v] of m) if (v.isZero()) m.delete(k);
    return new Poly(m);
  }

  add(o: Poly): Poly {
    const m = new Map(this.map);
    for (const [k, v] of o.map) addInto(m, k, v);
    return new Poly(m);
  }
  sub(o: Poly): Poly {
    return this.add(o.scale(-1));
  }
  scale(c: RationalLike): Poly {
    const r = Rational.parse(c);
    if (r.isZero()) return Poly.ZERO;
    const m = new Map<number, Rational>();
    for (const [k, v] of this.map) m.set(k, v.mul(r));
    return new Poly(m);
  }
  mul(o: Poly): Poly {
    const m = new Map<number, Rational>();
    for (const [k1, v1] of this.map) {
      const a = unpack(k1);
      for (const [k2, v2] of o.map) {
        const b = unpack(k2);
        addInto(m, pack(a.p + b.p, a.H + b.H, a.sigma2 + b.sigma2), v1.mul(v2));
      }
    }
    return new Poly(m);
  }

  isZero(): boolean {
    return this.map.size === 0;
  }
  get size(): number {
    return this.map.size;
  }
  /** Coefficient of p^p H^H (σ²)^sigma2 (zero if absent). */
  coeff(p: number, H: number, sigma2: number): Rational {
    return this.map.get(pack(p, H, sigma2)) ?? Rational.ZERO;
  }
  equals(o: Poly): boolean {
    if (this.map.size !== o.map.size) return false;
    for (const [k, v] of this.map) {
      const w = o.map.get(k);
      if (!w || !w.equals(v)) return false;
    }
    return true;
  }

  /**
   * Terms in a fixed order: increasing σ² power, then decreasing p power, then decreasing H power.
   */
  terms(): PolyTerm[] {
    const out: PolyTerm[] = [];
    for (const [k, v] of this.map) out.push({ ...unpack(k), coeff: v });
    out.sort((a, b) => a.sigma2 - b.sigma2 || b.p - a.p || b.H - a.H);
    return out;
  }

  /** Exact value at rational p, H, σ². */
  evaluate(p: RationalLike, H: RationalLike, sigma2: RationalLike): Rational {
    const P = Rational.parse(p);
    const Hh = Rational.parse(H);
    const S = Rational.parse(sigma2);
    let acc = Rational.ZERO;
    for (const [k, v] of this.map) {
      const e = unpack(k);
      acc = acc.add(v.mul(P.pow(e.p)).mul(Hh.pow(e.H)).mul(S.pow(e.sigma2)));
    }
    return acc;
  }

  /** Substitute numbers for p and H, leaving a polynomial in σ² only (as a Poly with p = H = 0 exponents). */
  evaluatePH(p: RationalLike, H: RationalLike): Poly {
    const P = Rational.parse(p);
    const Hh = Rational.parse(H);
    const m = new Map<number, Rational>();
    for (const [k, v] of this.map) {
      const e = unpack(k);
      addInto(m, pack(0, 0, e.sigma2), v.mul(P.pow(e.p)).mul(Hh.pow(e.H)));
    }
    return Poly.fromMap(m);
  }

  /** Human-readable, e.g. `1/2*p - p*H*sigma2`. */
  toString(): string {
    if (this.map.size === 0) return '0';
    const parts: string[] = [];
    for (const t of this.terms()) {
      const mono = [
        t.p ? (t.p === 1 ? 'p' : `p^${t.p}`) : '',
        t.H ? (t.H === 1 ? 'H' : `H^${t.H}`) : '',
        t.sigma2 ? (t.sigma2 === 1 ? 'sigma2' : `sigma2^${t.sigma2}`) : '',
      ].filter(Boolean);
      const a = t.coeff.abs();
      const sign = t.coeff.sign() < 0 ? '-' : '+';
      let body: string;
      if (mono.length === 0) body = a.toString();
      else if (a.equals(1)) body = mono.join('*');
      else body = `${a.toString()}*${mono.join('*')}`;
      parts.push(`${sign} ${body}`);
    }
    const s = parts.join(' ');
    return s.startsWith('+ ') ? s.slice(2) : `-${s.slice(2)}`;
  }

  toJSON(): { coeff: string; p: number; H: number; sigma2: number }[] {
    return this.terms().map((t) => ({ coeff: t.coeff.toString(), p: t.p, H: t.H, sigma2: t.sigma2 }));
  }
}

/** Mutable accumulator for building a {@link Poly} term by term. */
export class PolyBuilder {
  private readonly m = new Map<number, Rational>();
  add(c: RationalLike, p: number, H: number, sigma2: number): this {
    addInto(this.m, pack(p, H, sigma2), Rational.parse(c));
    return this;
  }
  addPoly(q: Poly, scale: RationalLike = 1): this {
    const r = Rational.parse(scale);
    for (const t of q.terms()) this.add(t.coeff.mul(r), t.p, t.H, t.sigma2);
    return this;
  }
  build(): Poly {
    return Poly.fromMap(new Map(this.m));
  }
}

function addInto(m: Map<number, Rational>, k: number, v: Rational): void {
  if (v.isZero()) return;
  const old = m.get(k);
  if (old === undefined) m.set(k, v);
  else {
    const s = old.add(v);
    if (s.isZero()) m.delete(k);
    else m.set(k, s);
  }
}
