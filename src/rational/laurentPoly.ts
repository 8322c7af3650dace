/**
 * Sparse Laurent polynomials over Q in named variables (y, z, p, H, sigma2, …): the coefficient
 * ring of the truncated power series. Exponents are integers of either sign, so a monomial
 * c·y^a·z^b (c ≠ 0) is invertible; a polynomial with two or more terms is not, and division by it
 * is refused by the callers. Immutable: every operation returns a new value; terms are kept in
 * lowest form (no zero coefficients, no zero exponents), so structural equality is equality.
 */
import { InputError } from '../errors.js';
import type { Poly } from './poly.js';
import { Rational, type RationalLike } from './rational.js';
import { rationalRoot } from './rationalRoot.js';

/** One nonzero term coeff·Π v^e; `exponents` in a fixed variable order (p, H, sigma2, then by name), no zero exponent. */
export interface LaurentTerm {
  readonly coeff: Rational;
  readonly exponents: readonly (readonly [string, number])[];
}

const VARIABLE = /^[A-Za-z][A-Za-z0-9_]*$/;

function keyOf(exps: readonly (readonly [string, number])[]): string {
  return exps.map(([v, e]) => `${v}^${e}`).join('*');
}

function normaliseExponents(exps: Iterable<readonly [string, number]>): [string, number][] {
  const m = new Map<string, number>();
  for (const [v, e] of exps) {
    if (!Number.isSafeInteger(e)) throw new InputError(`series: exponent ${e} of ${v} is not an integer`);
    m.set(v, (m.get(v) ?? 0) + e);
  }
  return [...m].filter(([, e]) => e !== 0).sort((a, b) => compareVariables(a[0], b[0]));
}

/** The loss expansion's own variables first, in the order p, H, sigma2; then alphabetical. */
const RANK: Readonly<Record<string, number>> = { p: 0, H: 1, sigma2: 2 };
function compareVariables(a: string, b: string): number {
  const ra = RANK[a] ?? 3;
  const rb = RANK[b] ?? 3;
  return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A Laurent polynomial with rational coefficients in named variables.
 *
 * @example
 * ```ts
 * const y = LaurentPoly.variable('y');
 * y.add(LaurentPoly.constant(1)).mul(y.sub(LaurentPoly.constant(1))).toString(); // "-1 + y^2"
 * ```
 */
export class LaurentPoly {
  private readonly map: ReadonlyMap<string, LaurentTerm>;

  private constructor(map: Map<string, LaurentTerm>) {
    this.map = map;
    Object.freeze(this);
  }

  static readonly ZERO = new LaurentPoly(new Map());
  static readonly ONE = LaurentPoly.constant(1);

  static constant(c: RationalLike): LaurentPoly {
    return LaurentPoly.monomial(c, []);
  }

  /** The variable `name` (to the power `exponent`). */
  static variable(name: string, exponent = 1): LaurentPoly {
    if (!VARIABLE.test(name)) throw new InputError(`series: "${name}" is not a variable name`);
    return LaurentPoly.monomial(1, [[name, exponent]]);
  }

  static monomial(c: RationalLike, exponents: Iterable<readonly [string, number]>): LaurentPoly {
    return LaurentPoly.fromTerms([{ coeff: Rational.parse(c), exponents: [...exponents] }]);
  }

  static fromTerms(terms: Iterable<{ coeff: RationalLike; exponents: Iterable<readonly [string, number]> }>): LaurentPoly {
    const m = new Map<string, LaurentTerm>();
    for (const t of terms) addInto(m, normaliseExponents(t.exponents), Rational.parse(t.coeff));
    return new LaurentPoly(m);
  }

  /** A polynomial in p, H, sigma2 of the rational stage, with those variable names. */
  static fromPoly(poly: Poly): LaurentPoly {
    return LaurentPoly.fromTerms(
      poly.terms().map((t) => ({
        coeff: t.coeff,
        exponents: [
          ['p', t.p],
          ['H', t.H],
          ['sigma2', t.sigma2],
        ] as [string, number][],
      })),
    );
  }

  add(o: LaurentPoly): LaurentPoly {
    if (o.map.size === 0) return this;
    if (this.map.size === 0) return o;
    const m = new Map(this.map);
    for (const t of o.map.values()) addInto(m, t.exponents, t.coeff);
    return new LaurentPoly(m);
  }
  sub(o: LaurentPoly): LaurentPoly {
    return this.add(o.neg());
  }
  neg(): LaurentPoly {
    return this.scale(-1);
  }
  scale(c: RationalLike): LaurentPoly {
    const r = Rational.parse(c);
    if (r.isZero()) return LaurentPoly.ZERO;
    if (r.equals(1)) return this;
    const m = new Map<string, LaurentTerm>();
    for (const [k, t] of this.map) m.set(k, { coeff: t.coeff.mul(r), exponents: t.exponents });
    return new LaurentPoly(m);
  }
  mul(o: LaurentPoly): LaurentPoly {
    if (this.map.size === 0 || o.map.size === 0) return LaurentPoly.ZERO;
    const m = new Map<string, LaurentTerm>();
    for (const a of this.map.values()) {
      for (const b of o.map.values()) {
        const exps = a.exponents.length === 0 ? b.exponents : b.exponents.length === 0 ? a.exponents : mergeExponents(a.exponents, b.exponents);
        addInto(m, exps, a.coeff.mul(b.coeff));
      }
    }
    return new LaurentPoly(m);
  }
  /** Non-negative integer powers by repeated squaring. */
  pow(k: number): LaurentPoly {
    if (!Number.isSafeInteger(k) || k < 0) throw new InputError(`series: exponent ${k} is not a non-negative integer`);
    let result = LaurentPoly.ONE;
    let base: LaurentPoly = this;
    for (let e = k; e > 0; e = Math.floor(e / 2)) {
      if (e % 2 === 1) result = result.mul(base);
      if (e > 1) base = base.mul(base);
    }
    return result;
  }

  isZero(): boolean {
    return this.map.size === 0;
  }
  get size(): number {
    return this.map.size;
  }
  equals(o: LaurentPoly): boolean {
    if (this.map.size !== o.map.size) return false;
    for (const [k, t] of this.map) {
      const u = o.map.get(k);
      if (!u || !u.coeff.equals(t.coeff)) return false;
    }
    return true;
  }
  /** The value when this is a constant (including 0), else null. */
  constantValue(): Rational | null {
    if (this.map.size === 0) return Rational.ZERO;
    if (this.map.size > 1) return null;
    const t = [...this.map.values()][0]!;
    return t.exponents.length === 0 ? t.coeff : null;
  }
  /** Coefficient of the monomial Π v^e (zero if absent). */
  coeff(exponents: Iterable<readonly [string, number]> = []): Rational {
    return this.map.get(keyOf(normaliseExponents(exponents)))?.coeff ?? Rational.ZERO;
  }
  /** Variables that occur, in the order of {@link LaurentTerm}. */
  variables(): string[] {
    const s = new Set<string>();
    for (const t of this.map.values()) for (const [v] of t.exponents) s.add(v);
    return [...s].sort(compareVariables);
  }

  /** The inverse of a nonzero monomial; null for 0 or a polynomial with several terms. */
  inverse(): LaurentPoly | null {
    return this.monomialPow(Rational.of(-1));
  }

  /**
   * m^α for a monomial m = c·Π v^e and rational α: defined when every e·α is an integer and c^α is
   * rational (c > 0, or c < 0 with an odd denominator of α); null otherwise.
   */
  monomialPow(alpha: Rational): LaurentPoly | null {
    if (this.map.size !== 1) return null;
    const t = [...this.map.values()][0]!;
    const exps: [string, number][] = [];
    for (const [v, e] of t.exponents) {
      const x = alpha.mul(e);
      if (!x.isInteger()) return null;
      exps.push([v, Number(x.num)]);
    }
    const root = rationalRoot(t.coeff, alpha.den);
    if (root === null) return null;
    return LaurentPoly.monomial(root.pow(Number(alpha.num)), exps);
  }

  /** Substitute rational values for some variables (the others stay). */
  substitute(values: Readonly<Record<string, RationalLike>>): LaurentPoly {
    const m = new Map<string, LaurentTerm>();
    for (const t of this.map.values()) {
      let c = t.coeff;
      const rest: [string, number][] = [];
      for (const [v, e] of t.exponents) {
        if (Object.hasOwn(values, v)) c = c.mul(Rational.parse(values[v]!).pow(e));
        else rest.push([v, e]);
      }
      addInto(m, rest, c);
    }
    return new LaurentPoly(m);
  }

  /**
   * this/o when the quotient is a Laurent polynomial, else null (o = 0 included): long division
   * in the lexicographic order of the variables (p, H, sigma2, then by name) after both are
   * multiplied by the monomials that make their lowest exponents 0.
   */
  divide(o: LaurentPoly): LaurentPoly | null {
    if (o.isZero()) return null;
    if (this.isZero()) return LaurentPoly.ZERO;
    const [a, ua] = this.lowestShifted();
    const [b, ub] = o.lowestShifted();
    const vars = [...new Set([...a.variables(), ...b.variables()])].sort(compareVariables);
    const lb = b.leadingTerm(vars);
    let rem = a;
    const quotient: LaurentTerm[] = [];
    while (!rem.isZero()) {
      const lr = rem.leadingTerm(vars);
      const exps = vars.map((v) => [v, termExponent(lr, v) - termExponent(lb, v)] as [string, number]);
      if (exps.some(([, e]) => e < 0)) return null;
      const t = LaurentPoly.monomial(lr.coeff.div(lb.coeff), exps);
      quotient.push(...t.map.values());
      rem = rem.sub(t.mul(b));
    }
    return LaurentPoly.fromTerms(quotient).mul(ub).mul(ua.inverse()!);
  }

  /** The pair (q, u) with q = this·u, u a monomial chosen so that every variable's lowest exponent in q is 0. */
  private lowestShifted(): [LaurentPoly, LaurentPoly] {
    const low = new Map<string, number>();
    for (const v of this.variables()) low.set(v, Math.min(...[...this.map.values()].map((t) => termExponent(t, v))));
    const u = LaurentPoly.monomial(1, [...low].map(([v, e]) => [v, -e] as [string, number]));
    return [this.mul(u), u];
  }

  /** The term with the lexicographically greatest exponents in `vars` (this ≠ 0). */
  private leadingTerm(vars: readonly string[]): LaurentTerm {
    const ts = [...this.map.values()];
    const cmp = lexicographic(vars);
    return ts.reduce((m, t) => (cmp(t, m) > 0 ? t : m), ts[0]!);
  }

  /** Terms by increasing total degree, then by the printed monomial. */
  terms(): LaurentTerm[] {
    const deg = (t: LaurentTerm) => t.exponents.reduce((a, [, e]) => a + e, 0);
    return [...this.map.entries()].sort((a, b) => deg(a[1]) - deg(b[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, t]) => t);
  }

  /** Terms by increasing exponent of vars[0], then of vars[1], … (the printed monomial breaks ties). */
  termsBy(vars: readonly string[]): LaurentTerm[] {
    const byExponents = lexicographic(vars);
    const cmp = (x: LaurentTerm, y: LaurentTerm) => {
      const d = byExponents(x, y);
      if (d !== 0) return d;
      const kx = keyOf(x.exponents);
      const ky = keyOf(y.exponents);
      return kx < ky ? -1 : kx > ky ? 1 : 0;
    };
    return [...this.map.values()].sort(cmp);
  }

  /**
   * e.g. `1/2 - y*z + 1/2*y^2*z^2` (negative exponents written `y^-1`); terms in the order of
   * {@link terms}, or of {@link termsBy} when `order` lists variables.
   */
  toString(order?: readonly string[]): string {
    return this.render((c) => c.toString(), (v, e) => (e === 1 ? v : `${v}^${e}`), '*', order === undefined ? this.terms() : this.termsBy(order));
  }

  /** LaTeX, e.g. `\frac{1}{2} - y z`; `sigma2` is written σ². */
  toLatex(): string {
    const name = (v: string) => (v === 'sigma2' ? '\\sigma^{2}' : v.length > 1 ? `\\mathrm{${v}}` : v);
    return this.render(
      (c) => c.toLatex(),
      (v, e) => (e === 1 ? name(v) : v === 'sigma2' ? `\\sigma^{${2 * e}}` : `${name(v)}^{${e}}`),
      ' ',
      this.terms(),
    );
  }

  toJSON(): string {
    return this.toString();
  }

  private render(num: (c: Rational) => string, power: (v: string, e: number) => string, times: string, ts: readonly LaurentTerm[]): string {
    if (ts.length === 0) return '0';
    return ts
      .map((t, i) => {
        const mono = t.exponents.map(([v, e]) => power(v, e)).join(times);
        const a = t.coeff.abs();
        const body = mono === '' ? num(a) : a.equals(1) ? mono : `${num(a)}${times}${mono}`;
        const neg = t.coeff.sign() < 0;
        return i === 0 ? (neg ? `-${body}` : body) : `${neg ? ' - ' : ' + '}${body}`;
      })
      .join('');
  }
}

/** The exponent of `v` in a term (0 when absent). */
export function termExponent(t: LaurentTerm, v: string): number {
  return t.exponents.find(([w]) => w === v)?.[1] ?? 0;
}

/** Terms compared by the exponent of vars[0], then of vars[1], … */
function lexicographic(vars: readonly string[]): (x: LaurentTerm, y: LaurentTerm) => number {
  return (x, y) => {
    for (const v of vars) {
      const d = termExponent(x, v) - termExponent(y, v);
      if (d !== 0) return d;
    }
    return 0;
  };
}

/** The exponents of a product: both lists are sorted, so merge them. */
function mergeExponents(a: readonly (readonly [string, number])[], b: readonly (readonly [string, number])[]): [string, number][] {
  const out: [string, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const c = i === a.length ? 1 : j === b.length ? -1 : compareVariables(a[i]![0], b[j]![0]);
    if (c < 0) out.push([a[i]![0], a[i++]![1]]);
    else if (c > 0) out.push([b[j]![0], b[j++]![1]]);
    else {
      const e = a[i]![1] + b[j]![1];
      if (e !== 0) out.push([a[i]![0], e]);
      i++;
      j++;
    }
  }
  return out;
}

function addInto(m: Map<string, LaurentTerm>, exps: readonly (readonly [string, number])[], c: Rational): void {
  if (c.isZero()) return;
  const k = keyOf(exps);
  const old = m.get(k);
  if (old === undefined) m.set(k, { coeff: c, exponents: exps });
  else {
    const s = old.coeff.add(c);
    if (s.isZero()) m.delete(k);
    else m.set(k, { coeff: s, exponents: exps });
  }
}
