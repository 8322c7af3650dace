/**
 * Linear combinations of diagrams with exact coefficients, isomorphic diagrams aggregated
 * (one term per canonical class). Immutable. Stored as factor · Σ n_X X with integer n_X and one
 * rational factor, so that the hot loops (repeated merging) run on BigInt integers only; a
 * {@link DiagramSumBuilder} accumulates integer terms and then freezes them into a sum.
 */
import { canonicalForm, type CanonicalForm } from '../canon/index.js';
import type { Diagram } from '../diagram/index.js';
import { gcd, lcm, Rational, type RationalLike } from '../rational/index.js';

export interface DiagramTerm {
  readonly form: CanonicalForm;
  readonly coeff: Rational;
}

/** One class with an integer coefficient (the part of a term before the common factor). */
export interface IntTerm {
  readonly form: CanonicalForm;
  readonly coeff: bigint;
}

type Table = Map<string, { form: CanonicalForm; coeff: bigint }>;

/**
 * Σ coeff · diagram over canonical classes.
 *
 * @example
 * ```ts
 * const model = makeModel({ nu: 2, scenario: 'sym' });
 * const pattern = model.target.terms[0]!.pattern; // the identity target: the single pattern {1,2}
 * const L = DiagramSum.of(diagramD(model), '1/2').sub(DiagramSum.of(diagramR(model, pattern)));
 * L.coeffOf(diagramD(model)).toString(); // '1/2'
 * L.coeffOf(diagramR(model, pattern)).toString(); // '-1'
 * ```
 */
export class DiagramSum {
  private readonly table: ReadonlyMap<string, IntTerm>;
  /** the common factor: the coefficient of X is `factor · n_X` */
  readonly factor: Rational;

  private constructor(table: Table, scale: Rational) {
    for (const t of table.values()) Object.freeze(t);
    if (scale.isZero()) table.clear();
    this.table = table;
    this.factor = table.size === 0 ? Rational.ONE : scale;
    Object.freeze(this);
  }

  static readonly ZERO = new DiagramSum(new Map(), Rational.ONE);

  /** Accumulator for integer terms (see {@link DiagramSumBuilder}). */
  static builder(): DiagramSumBuilder {
    return new DiagramSumBuilder();
  }

  static of(d: Diagram | CanonicalForm, coeff: RationalLike = 1): DiagramSum {
    const form = 'key' in d ? d : canonicalForm(d);
    return DiagramSum.fromTerms([{ form, coeff: Rational.parse(coeff) }]);
  }

  static fromTerms(terms: Iterable<DiagramTerm>): DiagramSum {
    const list = [...terms];
    let den = 1n;
    for (const t of list) den = lcm(den, t.coeff.den);
    const b = new DiagramSumBuilder();
    for (const t of list) b.add(t.form, (t.coeff.num * den) / t.coeff.den);
    return b.build(Rational.of(1n, den));
  }

  /** factor · Σ n_X X from integer terms. */
  static fromIntTerms(terms: Iterable<IntTerm>, factor: RationalLike = 1): DiagramSum {
    const b = new DiagramSumBuilder();
    for (const t of terms) b.add(t.form, t.coeff);
    return b.build(factor);
  }

  add(o: DiagramSum): DiagramSum {
    if (o.size === 0) return this;
    if (this.size === 0) return o;
    // common factor g with both factors integer multiples of it
    const g = Rational.of(gcd(this.factor.num, o.factor.num), lcm(this.factor.den, o.factor.den));
    const a = this.factor.div(g).num;
    const c = o.factor.div(g).num;
    const b = new DiagramSumBuilder();
    for (const t of this.table.values()) b.add(t.form, t.coeff * a);
    for (const t of o.table.values()) b.add(t.form, t.coeff * c);
    return b.build(g);
  }
  sub(o: DiagramSum): DiagramSum {
    return this.add(o.scale(-1));
  }
  /** c · this */
  scale(c: RationalLike): DiagramSum {
    const r = Rational.parse(c);
    if (r.isZero()) return DiagramSum.ZERO;
    return new DiagramSum(new Map(this.table), this.factor.mul(r));
  }
  get size(): number {
    return this.table.size;
  }
  /** Coefficient of the class of `d` (zero if absent). */
  coeffOf(d: Diagram | CanonicalForm): Rational {
    const key = 'key' in d ? d.key : canonicalForm(d).key;
    const t = this.table.get(key);
    return t ? this.factor.mul(t.coeff) : Rational.ZERO;
  }
  /** Terms ordered by edge count, then node counts, then key. */
  terms(): DiagramTerm[] {
    return this.intTerms().map((t) => ({ form: t.form, coeff: this.factor.mul(t.coeff) }));
  }
  /** The integer coefficients n_X (coefficient = factor · n_X), ordered as {@link terms}. */
  intTerms(): IntTerm[] {
    return [...this.table.values()].sort(compareTerms);
  }
  /** The integer terms in insertion order (no sorting; for loops whose result does not depend on order). */
  unorderedIntTerms(): IterableIterator<IntTerm> {
    return this.table.values();
  }
  equals(o: DiagramSum): boolean {
    if (o.table.size !== this.table.size) return false;
    for (const [k, t] of this.table) {
      const u = o.table.get(k);
      if (!u || !o.factor.mul(u.coeff).equals(this.factor.mul(t.coeff))) return false;
    }
    return true;
  }
}

/**
 * Mutable accumulator of integer class coefficients; {@link build} freezes it into a
 * {@link DiagramSum} (and empties the builder).
 */
export class DiagramSumBuilder {
  private table: Table = new Map();
  get size(): number {
    return this.table.size;
  }
  /** n · X; zero sums are removed */
  add(form: CanonicalForm, n: bigint): this {
    if (n === 0n) return this;
    const old = this.table.get(form.key);
    if (old) {
      old.coeff += n;
      if (old.coeff === 0n) this.table.delete(form.key);
    } else this.table.set(form.key, { form, coeff: n });
    return this;
  }
  /** factor · (accumulated terms) */
  build(factor: RationalLike = 1): DiagramSum {
    const t = this.table;
    this.table = new Map();
    return new (DiagramSum as unknown as new (t: Table, s: Rational) => DiagramSum)(t, Rational.parse(factor));
  }
}

function compareTerms(a: { form: CanonicalForm }, b: { form: CanonicalForm }): number {
  const da = a.form.diagram;
  const db = b.form.diagram;
  return (
    da.edges.length - db.edges.length ||
    da.nH - db.nH ||
    da.nP - db.nP ||
    (a.form.key < b.form.key ? -1 : a.form.key > b.form.key ? 1 : 0)
  );
}
