/**
 * Linear combinations of diagrams with exact coefficients, isomorphic diagrams aggregated
 * (one term per canonical class). Immutable. Stored as factor · Σ n_X X with integer n_X and one
 * rational factor, so that the hot loops (repeated merging) run on BigInt integers only; a
 * {@link DiagramSumBuilder} accumulates integer terms and then freezes them into a sum.
 *
 * Lean storage: a class is kept as its canonical key (from which the canonical diagram is decoded,
 * canon/classKey.ts) and its integer coefficient (a small integer as a number, else a BigInt);
 * the automorphism group is kept only for the classes where it is not trivial. The forms handed
 * out by {@link DiagramSum.intTerms} and friends are rebuilt on demand (formOfKey).
 */
import { canonicalForm, edgeCountOfKey, formOfKey, type CanonicalForm } from '../canon/index.js';
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

/** An integer coefficient: a number when |n| < 2^30 (stored unboxed by the engine), else a BigInt. */
type Coeff = number | bigint;
const SMALL = 2n ** 30n;
function compact(n: bigint): Coeff {
  return n < SMALL && n > -SMALL ? Number(n) : n;
}

/** The automorphism group of a class whose group is not trivial. */
interface Symmetry {
  readonly automorphisms: bigint;
  readonly generators: readonly Int32Array[];
}

/** key → integer coefficient, and key → automorphism group for the classes with a non-trivial one. */
interface Table {
  readonly coeffs: Map<string, Coeff>;
  readonly symmetry: Map<string, Symmetry>;
}

function emptyTable(): Table {
  return { coeffs: new Map(), symmetry: new Map() };
}

function formOf(t: Table, key: string): CanonicalForm {
  const sym = t.symmetry.get(key);
  return sym ? formOfKey(key, sym.automorphisms, sym.generators) : formOfKey(key);
}

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
  /** never mutated once the sum is built (scaled sums share it) */
  private readonly table: Table;
  /** the common factor: the coefficient of X is `factor · n_X` */
  readonly factor: Rational;

  private constructor(table: Table, scale: Rational) {
    if (scale.isZero()) {
      table.coeffs.clear();
      table.symmetry.clear();
    }
    this.table = table;
    this.factor = table.coeffs.size === 0 ? Rational.ONE : scale;
    Object.freeze(this);
  }

  static readonly ZERO = new DiagramSum(emptyTable(), Rational.ONE);

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
    b.addTable(this.table, a);
    b.addTable(o.table, c);
    return b.build(g);
  }
  sub(o: DiagramSum): DiagramSum {
    return this.add(o.scale(-1));
  }
  /** c · this */
  scale(c: RationalLike): DiagramSum {
    const r = Rational.parse(c);
    if (r.isZero()) return DiagramSum.ZERO;
    return new DiagramSum(this.table, this.factor.mul(r));
  }
  get size(): number {
    return this.table.coeffs.size;
  }
  /** Coefficient of the class of `d` (zero if absent). */
  coeffOf(d: Diagram | CanonicalForm): Rational {
    const key = 'key' in d ? d.key : canonicalForm(d).key;
    const n = this.table.coeffs.get(key);
    return n === undefined ? Rational.ZERO : this.factor.mul(BigInt(n));
  }
  /** Terms ordered by edge count, then node counts, then key. */
  terms(): DiagramTerm[] {
    return this.intTerms().map((t) => ({ form: t.form, coeff: this.factor.mul(t.coeff) }));
  }
  /** The integer coefficients n_X (coefficient = factor · n_X), ordered as {@link terms}. */
  intTerms(): IntTerm[] {
    const rows = [...this.table.coeffs].map(([key, n]) => ({ key, n, m: edgeCountOfKey(key), nH: nodeCount(key, 0), nP: nodeCount(key, 1) }));
    rows.sort((a, b) => a.m - b.m || a.nH - b.nH || a.nP - b.nP || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return rows.map((r) => Object.freeze({ form: formOf(this.table, r.key), coeff: BigInt(r.n) }));
  }
  /**
   * The integer terms in insertion order (no sorting; for loops whose result does not depend on
   * order). Each form is rebuilt from its key when its turn comes.
   */
  *unorderedIntTerms(): IterableIterator<IntTerm> {
    for (const [k, n] of this.table.coeffs) yield Object.freeze({ form: formOf(this.table, k), coeff: BigInt(n) });
  }
  equals(o: DiagramSum): boolean {
    if (o.size !== this.size) return false;
    for (const [k, n] of this.table.coeffs) {
      const u = o.table.coeffs.get(k);
      if (u === undefined || !o.factor.mul(BigInt(u)).equals(this.factor.mul(BigInt(n)))) return false;
    }
    return true;
  }
}

/**
 * Mutable accumulator of integer class coefficients; {@link build} freezes it into a
 * {@link DiagramSum} (and empties the builder).
 */
export class DiagramSumBuilder {
  private table: Table = emptyTable();
  get size(): number {
    return this.table.coeffs.size;
  }
  /** n · X; zero sums are removed */
  add(form: CanonicalForm, n: bigint): this {
    if (n === 0n) return this;
    const { coeffs, symmetry } = this.table;
    const key = form.key;
    const old = coeffs.get(key);
    if (old === undefined) {
      coeffs.set(key, compact(n));
      if (form.automorphisms !== 1n) symmetry.set(key, { automorphisms: form.automorphisms, generators: form.generators });
    } else {
      const sum = BigInt(old) + n;
      if (sum === 0n) {
        coeffs.delete(key);
        symmetry.delete(key);
      } else coeffs.set(key, compact(sum));
    }
    return this;
  }
  /** @internal m · (the terms of a built table), without rebuilding forms */
  addTable(t: Table, m: bigint): void {
    const { coeffs, symmetry } = this.table;
    for (const [key, n] of t.coeffs) {
      const old = coeffs.get(key);
      if (old === undefined) {
        coeffs.set(key, compact(BigInt(n) * m));
        const sym = t.symmetry.get(key);
        if (sym) symmetry.set(key, sym);
      } else {
        const sum = BigInt(old) + BigInt(n) * m;
        if (sum === 0n) {
          coeffs.delete(key);
          symmetry.delete(key);
        } else coeffs.set(key, compact(sum));
      }
    }
  }
  /** factor · (accumulated terms) */
  build(factor: RationalLike = 1): DiagramSum {
    const t = this.table;
    this.table = emptyTable();
    return new (DiagramSum as unknown as new (t: Table, s: Rational) => DiagramSum)(t, Rational.parse(factor));
  }
}

/** nH (side 0) or nP (side 1) from the prefix `nH.nP:` of a key */
function nodeCount(key: string, side: 0 | 1): number {
  const dot = key.indexOf('.');
  return side === 0 ? Number(key.slice(0, dot)) : Number(key.slice(dot + 1, key.indexOf(':', dot)));
}
