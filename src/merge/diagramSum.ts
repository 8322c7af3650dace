/**
 * Linear combinations of diagrams with exact coefficients, isomorphic diagrams aggregated
 * (one term per canonical class). Immutable.
 */
import { canonicalForm, type CanonicalForm } from '../canon/canonicalForm.js';
import type { Diagram } from '../diagram/diagram.js';
import { Rational, type RationalLike } from '../rational/rational.js';

export interface DiagramTerm {
  readonly form: CanonicalForm;
  readonly coeff: Rational;
}

/**
 * Σ coeff · diagram over canonical classes.
 *
 * @example
 * ```ts
 * const L = DiagramSum.of(diagramD(model), '1/2').sub(DiagramSum.of(diagramR(model, pattern)));
 * ```
 */
export class DiagramSum {
  private readonly map: ReadonlyMap<string, DiagramTerm>;
  private constructor(map: Map<string, DiagramTerm>) {
    this.map = map;
    Object.freeze(this);
  }

  static readonly ZERO = new DiagramSum(new Map());

  static of(d: Diagram | CanonicalForm, coeff: RationalLike = 1): DiagramSum {
    const form = 'key' in d ? d : canonicalForm(d);
    return DiagramSum.fromTerms([{ form, coeff: Rational.parse(coeff) }]);
  }

  static fromTerms(terms: Iterable<DiagramTerm>): DiagramSum {
    const m = new Map<string, DiagramTerm>();
    for (const t of terms) addTerm(m, t.form, t.coeff);
    return new DiagramSum(m);
  }

  add(o: DiagramSum): DiagramSum {
    const m = new Map(this.map);
    for (const t of o.map.values()) addTerm(m, t.form, t.coeff);
    return new DiagramSum(m);
  }
  sub(o: DiagramSum): DiagramSum {
    return this.add(o.scale(-1));
  }
  scale(c: RationalLike): DiagramSum {
    const r = Rational.parse(c);
    if (r.isZero()) return DiagramSum.ZERO;
    const m = new Map<string, DiagramTerm>();
    for (const [k, t] of this.map) m.set(k, { form: t.form, coeff: t.coeff.mul(r) });
    return new DiagramSum(m);
  }
  get size(): number {
    return this.map.size;
  }
  /** Coefficient of the class of `d` (zero if absent). */
  coeffOf(d: Diagram | CanonicalForm): Rational {
    const key = 'key' in d ? d.key : canonicalForm(d).key;
    return this.map.get(key)?.coeff ?? Rational.ZERO;
  }
  /** Terms ordered by edge count, then node counts, then key. */
  terms(): DiagramTerm[] {
    return [...this.map.values()].sort(compareTerms);
  }
  equals(o: DiagramSum): boolean {
    if (o.map.size !== this.map.size) return false;
    for (const [k, t] of this.map) if (!(o.map.get(k)?.coeff.equals(t.coeff) ?? false)) return false;
    return true;
  }
}

export function compareTerms(a: { form: CanonicalForm }, b: { form: CanonicalForm }): number {
  const da = a.form.diagram;
  const db = b.form.diagram;
  return (
    da.edges.length - db.edges.length ||
    da.nH - db.nH ||
    da.nP - db.nP ||
    (a.form.key < b.form.key ? -1 : a.form.key > b.form.key ? 1 : 0)
  );
}

function addTerm(m: Map<string, DiagramTerm>, form: CanonicalForm, c: Rational): void {
  if (c.isZero()) return;
  const old = m.get(form.key);
  if (!old) m.set(form.key, { form, coeff: c });
  else {
    const s = old.coeff.add(c);
    if (s.isZero()) m.delete(form.key);
    else m.set(form.key, { form: old.form, coeff: s });
  }
}
