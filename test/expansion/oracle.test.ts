/**
 * The engine's Y_s(p, H, σ²) (docs/conventions.md §"The series Y_s") against the brute-force
 * weight-polynomial oracle (test/oracle: L written out in the weights, G ↦ −∇G·∇L, Gaussian
 * moments — no diagrams), at small integer (p, H), exactly.
 */
import { describe, expect, it } from 'vitest';
import { lossSeries } from '../../src/expansion/index.js';
import { makeModel, type Scenario } from '../../src/model/index.js';
import type { Poly } from '../../src/rational/index.js';
import { oracleLossSeries } from '../oracle/index.js';

interface Case {
  nu: number;
  scenario: Scenario;
  target: string;
  order: number;
  points: [number, number][];
}

const small: [number, number][] = [
  [1, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3],
];
const targets: Record<number, string[]> = {
  2: ['identity', 'zero', '1/2*{1,2} + {1}{2}', '{1}{2}'],
  3: ['identity', 'zero', '2*{1,2}{3} - {1}{2}{3}'],
  4: ['identity', 'zero', '{1,2}{3,4} - 1/2*{1}{2}{3}{4}'],
};


function pointsFor(nu: number, scenario: Scenario): [number, number][] {
  // ν = 2: by the bounds checked below every monomial of Y_s has 1 ≤ q, n ≤ s + 2, so for s ≤ 4
  // the points p = 1..6 (H = 1) and H = 1..6 (p = 1) pin Y_s(p, 1) and Y_s(1, H) completely
  if (nu === 2) return [...small, [4, 1], [5, 1], [6, 1], [1, 4], [1, 5], [1, 6], [3, 2], [2, 3]];
  // ν = 3: ASYM at (4,1) has 12 weights and costs ~1 s; (1,4) is cheap
  if (nu === 3) return scenario === 'sym' ? [...small, [4, 1], [1, 4]] : [...small, [1, 4]];
  // ν = 4: ASYM at (2,2) has 16 weights, the costliest oracle point (~1 s for s ≤ 3)
  return scenario === 'sym' ? [...small.slice(0, 5), [3, 2]] : small.slice(0, 4);
}

const cases: Case[] = [];
for (const nu of [2, 3, 4]) {
  for (const scenario of ['sym', 'asym'] as const) {
    for (const target of targets[nu]!) {
      const order = nu === 2 ? 4 : 3;
      cases.push({ nu, scenario, target, order, points: pointsFor(nu, scenario) });
    }
  }
}

function label(c: Case): string {
  return `${c.scenario.toUpperCase()} ν=${c.nu} target ${c.target}`;
}

describe.each(cases)('engine Y_s equals the oracle: $scenario ν=$nu target $target', (c) => {
  const model = makeModel({ nu: c.nu, scenario: c.scenario, target: c.target });
  let engine: Poly[] | undefined;
  const series = (): Poly[] => (engine ??= lossSeries(model, c.order));

  it('returns Y_0 … Y_order', () => {
    expect(series()).toHaveLength(c.order + 1);
  });

  it('monomials lie within the node counts of the diagrams', () => {
    // a diagram of L^{⋆(s+1)} has ≤ ν + (ν−1)s p-nodes and ≤ 2 + s H-nodes (D_{2ν}: ν p-, 2 H-nodes;
    // each merge with D adds ν−1 p- and 1 H-node, with R_π at most #blocks − 1 p-nodes); ≥ 1 each
    series().forEach((y, s) => {
      for (const t of y.terms()) {
        if (s === 0 && t.sigma2 === 0) continue; // ½‖F‖²
        const where = `${label(c)}, s=${s}: p^${t.p} H^${t.H} sigma2^${t.sigma2}`;
        expect(t.p >= 1 && t.p <= c.nu + (c.nu - 1) * s, where).toBe(true);
        expect(t.H >= 1 && t.H <= 2 + s, where).toBe(true);
      }
    });
  });

  it.each(c.points)('at p=%i, H=%i', (p, H) => {
    const oracle = oracleLossSeries({ nu: c.nu, scenario: c.scenario, target: c.target, p, H }, c.order);
    for (let s = 0; s <= c.order; s++) {
      const got = series()[s]!.evaluatePH(p, H).toString();
      const want = oracle[s]!.toString();
      expect(got, `${label(c)}, s=${s}, p=${p}, H=${H}: engine ${got} vs oracle ${want}`).toBe(want);
    }
  });
});
