import { describe, expect, it } from 'vitest';
import { canonicalForm } from '../../src/canon/index.js';
import { diagramD, diagramR } from '../../src/diagram/builders.js';
import { EDGE_STRIDE, edgeCount, type Diagram } from '../../src/diagram/diagram.js';
import { DiagramSum, merge, mergeEdges } from '../../src/merge/index.js';
import { makeModel } from '../../src/model/index.js';
import { Rational } from '../../src/rational/index.js';
import { randomDiagram, rng } from '../helpers/randomDiagram.js';

/** The definition, without orbits: every pair of equal-colour labelled edges. */
function plainMerge(a: Diagram, b: Diagram): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (let e = 0; e < edgeCount(a); e++) {
    for (let f = 0; f < edgeCount(b); f++) {
      if (a.edges[3 * e + 2] !== b.edges[3 * f + 2]) continue;
      const k = canonicalForm(mergeEdges(a, e, b, f)).key;
      out.set(k, (out.get(k) ?? 0n) + 1n);
    }
  }
  return out;
}

function asCounts(s: DiagramSum): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const t of s.terms()) {
    expect(t.coeff.isInteger()).toBe(true);
    out.set(t.form.key, t.coeff.num);
  }
  return out;
}

/** Value of a diagram polynomial (eq. gendiagpoly) at numeric weights u[m][k][i]. */
function evaluateDiagram(d: Diagram, u: number[][][], p: number, H: number): number {
  let total = 0;
  const hIdx = new Array<number>(d.nH).fill(0);
  const pIdx = new Array<number>(d.nP).fill(0);
  const rec = (slot: number): void => {
    if (slot < d.nH) {
      for (let k = 0; k < H; k++) {
        hIdx[slot] = k;
        rec(slot + 1);
      }
      return;
    }
    if (slot < d.nH + d.nP) {
      for (let i = 0; i < p; i++) {
        pIdx[slot - d.nH] = i;
        rec(slot + 1);
      }
      return;
    }
    let prod = 1;
    for (let e = 0; e < d.edges.length; e += EDGE_STRIDE) prod *= u[d.edges[e + 2]!]![hIdx[d.edges[e]!]!]![pIdx[d.edges[e + 1]!]!]!;
    total += prod;
  };
  rec(0);
  return total;
}

describe('merge', () => {
  it('reproduces the paper examples D6⋆D6 = 4·G + 8 recoloured, D6⋆R3 = 2·G + 4 recoloured (ASYM ν=3)', () => {
    const model = makeModel({ nu: 3, scenario: 'asym' });
    const D = diagramD(model);
    const R = diagramR(model, model.target.terms[0]!.pattern);
    const dd = merge(D, D).terms();
    expect(dd.map((t) => t.coeff.toString())).toEqual(['4', '4', '4']);
    const dr = merge(D, R).terms();
    expect(dr.map((t) => t.coeff.toString())).toEqual(['2', '2', '2']);
    // edge count: merging with D adds 2(ν−1) edges, with R adds ν−2 (paper §4)
    for (const t of dd) expect(edgeCount(t.form.diagram)).toBe(6 + 4);
    for (const t of dr) expect(edgeCount(t.form.diagram)).toBe(6 + 1);
  });

  it('orbit-based merge equals the plain pair enumeration on random diagrams', () => {
    const r = rng(11);
    for (let t = 0; t < 120; t++) {
      const a = randomDiagram(r, { maxH: 3, maxP: 4, maxEdges: 7, colours: 1 + (t % 3) });
      const b = randomDiagram(r, { maxH: 3, maxP: 3, maxEdges: 6, colours: 1 + (t % 3) });
      expect(asCounts(merge(a, b))).toEqual(plainMerge(a, b));
    }
  });

  it('is bilinear and commutative', () => {
    const r = rng(12);
    for (let t = 0; t < 30; t++) {
      const [x, y, z] = [0, 1, 2].map(() => randomDiagram(r, { maxH: 3, maxP: 3, maxEdges: 5, colours: 2 }));
      const a = Rational.of(3, 2);
      const b = Rational.of(-5);
      const lhs = merge(DiagramSum.of(x!, a).add(DiagramSum.of(y!, b)), z!);
      const rhs = merge(x!, z!).scale(a).add(merge(y!, z!).scale(b));
      expect(lhs.equals(rhs)).toBe(true);
      expect(merge(x!, z!).equals(merge(z!, x!))).toBe(true);
    }
  });

  it('is Σ_u ∂G/∂u ∂G′/∂u (central differences at random weights)', () => {
    const r = rng(13);
    const p = 2;
    const H = 2;
    const colours = 2;
    for (let t = 0; t < 15; t++) {
      const g1 = randomDiagram(r, { maxH: 2, maxP: 2, maxEdges: 4, colours });
      const g2 = randomDiagram(r, { maxH: 2, maxP: 2, maxEdges: 4, colours });
      const u = Array.from({ length: colours }, () => Array.from({ length: H }, () => Array.from({ length: p }, () => r() * 2 - 1)));
      let inner = 0;
      const eps = 1e-4;
      for (let m = 0; m < colours; m++)
        for (let k = 0; k < H; k++)
          for (let i = 0; i < p; i++) {
            const grad = (g: Diagram) => {
              const old = u[m]![k]![i]!;
              u[m]![k]![i] = old + eps;
              const plus = evaluateDiagram(g, u, p, H);
              u[m]![k]![i] = old - eps;
              const minus = evaluateDiagram(g, u, p, H);
              u[m]![k]![i] = old;
              return (plus - minus) / (2 * eps);
            };
            inner += grad(g1) * grad(g2);
          }
      let merged = 0;
      for (const term of merge(g1, g2).terms()) merged += term.coeff.toNumber() * evaluateDiagram(term.form.diagram, u, p, H);
      expect(merged).toBeCloseTo(inner, 5);
    }
  });
});
