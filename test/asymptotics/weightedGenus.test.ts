/**
 * The weighted genus bound q + κn ≤ m/2 + κc (weightedGenus.ts) against the full Wick expectation
 * of every class of the first merge powers; refused where it is false; the support region with
 * the bound against a direct enumeration of its points.
 */
import { describe, expect, it } from 'vitest';
import { classCounts, maximalPoints, regionMax, weightedGenusBounds, type ClassCounts } from '../../src/asymptotics/index.js';
import { makeDiagram, type Diagram } from '../../src/diagram/index.js';
import { lossDiagrams } from '../../src/expansion/index.js';
import type { DiagramSum } from '../../src/merge/index.js';
import { makeModel } from '../../src/model/index.js';
import { wickExpectation } from '../../src/wick/index.js';
import { powers } from '../helpers/mergePowersByHand.js';


const lossOf = (nu: number, scenario: 'sym' | 'asym', target = 'identity') => lossDiagrams(makeModel({ nu, scenario, target }));
const diagramsOf = (L: DiagramSum) => [...L.unorderedIntTerms()].map((t) => t.form.diagram);

/** Largest q + κn − m/2 − κc over the monomials of E[G], G in the first merge powers. */
function largestExcess(L: DiagramSum, order: number, kappa: number): number {
  let worst = -Infinity;
  for (const C of powers(L, order)) {
    for (const { form } of C.unorderedIntTerms()) {
      const r = classCounts(form.diagram);
      for (const t of wickExpectation(form.diagram).terms()) worst = Math.max(worst, t.p + kappa * t.H - r.m / 2 - kappa * r.c);
    }
  }
  return worst;
}

describe('weighted genus bound (weightedGenus.ts)', () => {
  const HOLDS: [number, 'sym' | 'asym', string, number, number[]][] = [
    [4, 'sym', 'identity', 3, [2, 1.5]],
    [4, 'sym', 'zero', 3, [2, 1.5]],
    [4, 'sym', '{1,2}{3,4}', 2, [2, 1.5]],
    [4, 'asym', 'identity', 2, [2, 1.5]],
    [5, 'sym', 'identity', 2, [2, 1.5]],
    [6, 'sym', 'identity', 2, [3, 2.5, 2, 1.5]],
  ];
  it.each(HOLDS)('ν=%i %s, target %s: proven κ hold on every monomial of E[G] to s=%i, and are tight', (nu, scenario, target, order, kappas) => {
    const L = lossOf(nu, scenario, target).sum;
    const found = weightedGenusBounds(diagramsOf(L), diagramsOf(L));
    expect(found.map((b) => b.kappa)).toEqual(kappas);
    for (const { kappa } of found) expect(largestExcess(L, order, kappa)).toBe(0);
  });

  it('refuses where the bound is false (ν = 2, ASYM ν = 3 beyond κ = 2): the full expectations exceed it', () => {
    for (const [nu, scenario, kappa] of [
      [2, 'sym', 1.5],
      [2, 'asym', 1.5],
      [3, 'asym', 2.5],
    ] as const) {
      const L = lossOf(nu, scenario).sum;
      expect(weightedGenusBounds(diagramsOf(L), diagramsOf(L)).some((b) => b.kappa >= kappa)).toBe(false);
      expect(largestExcess(L, 2, kappa), `ν=${nu} ${scenario} κ=${kappa}`).toBeGreaterThan(0);
    }
  });

  it('refuses a start diagram that violates the bound itself', () => {
    // two stars of degree 4 sharing a p-node: the partition {P1,P2}{P3,P4,P5}{P6,P7} with two H-blocks
    // gives q + 2n = 7 > m/2 + 2c = 6
    const edges: [number, number, number][] = [];
    for (const p of [0, 1, 2, 3]) edges.push([0, p, 0]);
    for (const p of [3, 4, 5, 6]) edges.push([1, p, 0]);
    const star: Diagram = makeDiagram(2, 7, edges);
    const L = lossOf(4, 'sym').sum;
    expect(weightedGenusBounds([star], diagramsOf(L)).some((b) => b.kappa === 2)).toBe(false);
    const r = classCounts(star);
    expect(wickExpectation(star).terms().some((t) => t.p + 2 * t.H > r.m / 2 + 2 * r.c)).toBe(true);
  });

  it('region maximum and maximal points with the bound equal a direct enumeration', () => {
    const inRegion = (r: ClassCounts, q: number, n: number, kappas: number[]) =>
      q <= r.nP && n <= r.nH && 2 * q <= r.kP2 && 2 * n <= r.kH2 && q + n <= Math.floor(r.m / 2) + r.c && (r.nP === 0 || q >= 1) && (r.nH === 0 || n >= 1) && kappas.every((k) => q + k * n <= r.m / 2 + k * r.c);
    const L = lossOf(4, 'sym').sum;
    let checked = 0;
    for (const C of powers(L, 2)) {
      for (const { form } of C.unorderedIntTerms()) {
        const r = classCounts(form.diagram);
        for (const kappas of [[], [2], [2, 1.5], [3]]) {
          const points: [number, number][] = [];
          for (let q = 0; q <= r.nP; q++) for (let n = 0; n <= r.nH; n++) if (inRegion(r, q, n, kappas)) points.push([q, n]);
          for (const [A, B] of [[1, 2], [1, 4], [2, 1], [1, -1]]) {
            const want = points.length ? Math.max(...points.map(([q, n]) => A! * q + B! * n)) : null;
            expect(regionMax(r, A!, B!, kappas)).toBe(want);
          }
          const maximal = points.filter(([q, n]) => !points.some(([q2, n2]) => q2 >= q && n2 >= n && (q2 > q || n2 > n)));
          const got: [number, number][] = [];
          maximalPoints(r, (q, n) => got.push([q, n]), kappas);
          expect(got.sort()).toEqual(maximal.sort());
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
