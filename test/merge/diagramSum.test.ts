import { describe, expect, it } from 'vitest';
import { canonicalForm, type CanonicalForm } from '../../src/canon/index.js';
import { diagramD, diagramR } from '../../src/diagram/builders.js';
import type { Diagram } from '../../src/diagram/diagram.js';
import { lossDiagrams, lossPower } from '../../src/expansion/index.js';
import { DiagramSum, merge, mergeClasses, mergePowers } from '../../src/merge/index.js';
import { makeModel, type Model } from '../../src/model/index.js';
import { Rational } from '../../src/rational/index.js';
import { randInt, randomDiagram, rng } from '../helpers/randomDiagram.js';

/** A reference linear combination: canonical key → rational coefficient, by plain Rational arithmetic. */
type Ref = Map<string, Rational>;
function refAdd(m: Ref, key: string, c: Rational): void {
  const s = (m.get(key) ?? Rational.ZERO).add(c);
  if (s.isZero()) m.delete(key);
  else m.set(key, s);
}
function sameAs(s: DiagramSum, ref: Ref): boolean {
  if (s.size !== ref.size) return false;
  for (const t of s.terms()) if (!ref.get(t.form.key)?.equals(t.coeff)) return false;
  return true;
}

function randomRational(r: () => number): Rational {
  return Rational.of(randInt(r, -6, 6), randInt(r, 1, 6));
}

/** A random sum with rational coefficients, plus its reference map. */
function randomSum(r: () => number, n: number, colours = 2): { sum: DiagramSum; ref: Ref; parts: [Diagram, Rational][] } {
  const parts: [Diagram, Rational][] = [];
  let sum = DiagramSum.ZERO;
  const ref: Ref = new Map();
  for (let i = 0; i < n; i++) {
    const d = randomDiagram(r, { maxH: 2, maxP: 2, maxEdges: 4, colours });
    const c = randomRational(r);
    parts.push([d, c]);
    sum = sum.add(DiagramSum.of(d, c));
    refAdd(ref, canonicalForm(d).key, c);
  }
  return { sum, ref, parts };
}

describe('DiagramSum (integer table with a rational factor)', () => {
  it('add, sub, scale and coeffOf agree with coefficient-wise rational arithmetic', () => {
    const r = rng(101);
    for (let t = 0; t < 40; t++) {
      const x = randomSum(r, 4);
      const y = randomSum(r, 4);
      const c = randomRational(r);
      expect(sameAs(x.sum, x.ref)).toBe(true);
      const sum: Ref = new Map(x.ref);
      for (const [k, v] of y.ref) refAdd(sum, k, v);
      expect(sameAs(x.sum.add(y.sum), sum)).toBe(true);
      const diff: Ref = new Map(x.ref);
      for (const [k, v] of y.ref) refAdd(diff, k, v.neg());
      expect(sameAs(x.sum.sub(y.sum), diff)).toBe(true);
      const scaled: Ref = new Map();
      for (const [k, v] of x.ref) refAdd(scaled, k, v.mul(c));
      expect(sameAs(x.sum.scale(c), scaled)).toBe(true);
      for (const [d] of x.parts) expect(x.sum.coeffOf(d).equals(x.ref.get(canonicalForm(d).key) ?? Rational.ZERO)).toBe(true);
      expect(x.sum.sub(x.sum).size).toBe(0);
      expect(x.sum.sub(x.sum).equals(DiagramSum.ZERO)).toBe(true);
    }
  });

  it('integer and rational paths agree: fromIntTerms(n, f) = fromTerms(f·n), for any split of the factor', () => {
    const r = rng(102);
    for (let t = 0; t < 40; t++) {
      const forms: CanonicalForm[] = [];
      for (let i = 0; i < 5; i++) forms.push(canonicalForm(randomDiagram(r, { maxH: 2, maxP: 2, maxEdges: 4, colours: 2 })));
      const ints = forms.map((form) => ({ form, coeff: BigInt(randInt(r, -9, 9)) }));
      const f = randomRational(r);
      const viaInt = DiagramSum.fromIntTerms(ints, f);
      const viaRational = DiagramSum.fromTerms(ints.map((x) => ({ form: x.form, coeff: f.mul(x.coeff) })));
      expect(viaInt.equals(viaRational)).toBe(true);
      // the same sum with the factor split differently: (f/k) · (k n)
      const k = BigInt(randInt(r, 1, 5));
      const split = DiagramSum.fromIntTerms(ints.map((x) => ({ form: x.form, coeff: x.coeff * k })), f.div(Rational.of(k)));
      expect(split.equals(viaRational)).toBe(true);
      expect(viaRational.add(split).equals(viaInt.scale(2))).toBe(true);
      // builder: integer accumulation, cancellations drop the class
      const b = DiagramSum.builder();
      for (const x of ints) b.add(x.form, x.coeff);
      for (const x of ints) b.add(x.form, -x.coeff);
      expect(b.build(f).size).toBe(0);
    }
  });

  it('is immutable: terms are frozen and building empties the builder', () => {
    const form = canonicalForm(diagramD(makeModel({ nu: 2, scenario: 'sym' })));
    const b = DiagramSum.builder().add(form, 3n);
    const s = b.build('1/3');
    expect(b.size).toBe(0);
    b.add(form, 5n);
    expect(s.coeffOf(form).equals(1)).toBe(true);
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.intTerms()[0])).toBe(true);
  });
});

describe('merge of sums', () => {
  it('is bilinear in both arguments for random rational combinations', () => {
    const r = rng(103);
    for (let t = 0; t < 25; t++) {
      const x = randomSum(r, 2);
      const y = randomSum(r, 2);
      const z = randomSum(r, 2);
      const a = randomRational(r);
      const b = randomRational(r);
      const left = merge(x.sum.scale(a).add(y.sum.scale(b)), z.sum);
      expect(left.equals(merge(x.sum, z.sum).scale(a).add(merge(y.sum, z.sum).scale(b)))).toBe(true);
      const right = merge(z.sum, x.sum.scale(a).add(y.sum.scale(b)));
      expect(right.equals(merge(z.sum, x.sum).scale(a).add(merge(z.sum, y.sum).scale(b)))).toBe(true);
      // and equals the double sum over the defining terms, class by class
      const ref: Ref = new Map();
      for (const [dx, cx] of x.parts)
        for (const [dz, cz] of z.parts)
          for (const u of mergeClasses(canonicalForm(dx), canonicalForm(dz)).terms()) refAdd(ref, u.form.key, cx.mul(cz).mul(u.coeff));
      expect(sameAs(merge(x.sum, z.sum), ref)).toBe(true);
    }
  });
});

/** L − ½‖F‖² = ½D − Σ_π c_π R_π, built with rational coefficients from the diagrams themselves. */
function lossByHand(model: Model): DiagramSum {
  let L = DiagramSum.of(diagramD(model), '1/2');
  for (const t of model.target.terms) L = L.sub(DiagramSum.of(diagramR(model, t.pattern), t.coeff));
  return L;
}

describe('mergePowers', () => {
  const models = [
    makeModel({ nu: 2, scenario: 'sym' }),
    makeModel({ nu: 2, scenario: 'asym', target: '1/2*{1,2} + {1}{2}' }),
    makeModel({ nu: 3, scenario: 'asym', target: '2*{1,2}{3} - {1}{2}{3}' }),
  ];
  it.each(models.map((m) => [m]))('levels are C_0 ⋆ L ⋆ … ⋆ L by repeated merge, L from diagramD/diagramR (%#)', (model) => {
    const L = lossByHand(model);
    expect(lossDiagrams(model).sum.equals(L)).toBe(true);
    let C = L;
    const seen: number[] = [];
    for (const [s, level] of mergePowers(lossDiagrams(model).sum, lossDiagrams(model).sum)) {
      seen.push(s);
      expect(level.equals(C)).toBe(true);
      if (s === 2) break;
      C = merge(C, L);
    }
    expect(seen).toEqual([0, 1, 2]);
    expect(lossPower(lossDiagrams(model), 3).equals(merge(merge(L, L), L))).toBe(true);
  });

  it('starts from any observable and reports merge progress per class of the previous level', () => {
    const model = makeModel({ nu: 2, scenario: 'sym' });
    const G = DiagramSum.of(diagramR(model, [[1, 2]]), '2/3');
    const L = lossByHand(model);
    const progress: [number, number, number][] = [];
    const it = mergePowers(G, L, (s, done, total) => progress.push([s, done, total]));
    expect(it.next().value[1].equals(G)).toBe(true);
    expect(it.next().value[1].equals(merge(G, L))).toBe(true);
    expect(it.next().value[1].equals(merge(merge(G, L), L))).toBe(true);
    expect(progress.filter((p) => p[0] === 1)).toEqual([[1, 1, 1]]);
    expect(progress.filter((p) => p[0] === 2).at(-1)).toEqual([2, merge(G, L).size, merge(G, L).size]);
  });
});

describe('DiagramSum lean storage (key, coefficient, group only when not trivial)', () => {
  it('coefficients across the small/large boundaries (2^30, 2^53) stay exact through add, cancel and scale', () => {
    const r = rng(104);
    const big = [0n, 1n, 2n ** 30n - 1n, 2n ** 30n, 2n ** 31n, 2n ** 53n + 1n, 3n ** 80n];
    for (let t = 0; t < 60; t++) {
      const forms: CanonicalForm[] = [];
      for (let i = 0; i < 4; i++) forms.push(canonicalForm(randomDiagram(r, { maxH: 3, maxP: 3, maxEdges: 5, colours: 2 })));
      const ref = new Map<string, bigint>();
      const b = DiagramSum.builder();
      for (let k = 0; k < 12; k++) {
        const f = forms[randInt(r, 0, forms.length - 1)]!;
        const n = big[randInt(r, 0, big.length - 1)]! * (r() < 0.5 ? -1n : 1n) + BigInt(randInt(r, -2, 2));
        b.add(f, n);
        const s = (ref.get(f.key) ?? 0n) + n;
        if (s === 0n) ref.delete(f.key);
        else ref.set(f.key, s);
      }
      const sum = b.build('3/7');
      expect(sum.size).toBe(ref.size);
      for (const term of sum.intTerms()) expect(term.coeff).toBe(ref.get(term.form.key));
      for (const term of sum.unorderedIntTerms()) expect(typeof term.coeff).toBe('bigint');
      for (const f of forms) expect(sum.coeffOf(f).equals(Rational.of(3n * (ref.get(f.key) ?? 0n), 7n))).toBe(true);
      expect(sum.sub(sum).size).toBe(0);
      expect(sum.add(sum).equals(sum.scale(2))).toBe(true);
    }
  });

  it('handed-out forms equal canonicalForm of the class: diagram, group order, and a generating set of the same orbits', () => {
    const model = makeModel({ nu: 3, scenario: 'sym' });
    const C = lossPower(lossDiagrams(model), 4);
    expect(C.size).toBeGreaterThan(5);
    let symmetric = 0;
    for (const { form } of C.intTerms()) {
      const fresh = canonicalForm(form.diagram);
      expect(fresh.key).toBe(form.key);
      expect(form.automorphisms).toBe(fresh.automorphisms);
      expect([...form.diagram.edges]).toEqual([...fresh.diagram.edges]);
      if (form.automorphisms > 1n) symmetric++;
      // every generator handed out is an automorphism of the canonical diagram
      for (const g of form.generators) {
        const d = form.diagram;
        const image = mergeKeyOfImage(d, g);
        expect(image).toBe(mergeKeyOfImage(d, Int32Array.from({ length: d.nH + d.nP }, (_, v) => v)));
      }
    }
    expect(symmetric).toBeGreaterThan(0);
  });

  it('terms() is ordered by edge count, then node counts, then key', () => {
    const C = lossPower(lossDiagrams(makeModel({ nu: 2, scenario: 'asym' })), 3);
    const rows = C.terms().map((t) => [t.form.diagram.edges.length, t.form.diagram.nH, t.form.diagram.nP, t.form.key] as const);
    const sorted = [...rows].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0));
    expect(rows).toEqual(sorted);
  });
});

/** The edge multiset of a diagram after a vertex permutation, as a sorted string. */
function mergeKeyOfImage(d: Diagram, g: Int32Array): string {
  const out: string[] = [];
  for (let e = 0; e < d.edges.length; e += 3) out.push(`${g[d.edges[e]!]}-${g[d.nH + d.edges[e + 1]!]! - d.nH}-${d.edges[e + 2]}`);
  return out.sort().join(' ');
}
