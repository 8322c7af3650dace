/**
 * The builders against the paper's definitions (eq. loss3terms, eq. rnuidtarget): shapes
 * (degrees, colours) and, independently, the diagram polynomial evaluated by brute force over
 * index assignments versus the loss terms computed straight from the CP model.
 */
import { describe, expect, it } from 'vitest';
import { diagramD, diagramR } from '../../src/diagram/builders.js';
import { edgeList, type Diagram } from '../../src/diagram/diagram.js';
import { makeModel, type Scenario } from '../../src/model/index.js';
import type { SetPartition } from '../../src/model/setPartition.js';
import { randInt, rng } from '../helpers/randomDiagram.js';

const degrees = (d: Diagram) => {
  const h = new Array<number>(d.nH).fill(0);
  const p = new Array<number>(d.nP).fill(0);
  for (const [a, b] of edgeList(d)) {
    h[a]!++;
    p[b]!++;
  }
  return { h, p };
};

/** Colours (1-based, sorted) of the edges at p-node i. */
const coloursAtP = (d: Diagram, i: number) =>
  edgeList(d)
    .filter((e) => e[1] === i)
    .map((e) => e[2] + 1)
    .sort((a, b) => a - b);

/** Weights u[m][k][i] (slot m 0-based); SYM shares one matrix across slots. */
function randomWeights(r: () => number, nu: number, H: number, p: number, scenario: Scenario): number[][][] {
  const one = () => Array.from({ length: H }, () => Array.from({ length: p }, () => randInt(r, -3, 3)));
  if (scenario === 'sym') {
    const u = one();
    return Array.from({ length: nu }, () => u);
  }
  return Array.from({ length: nu }, one);
}

/** Diagram polynomial (App. B eq. gendiagpoly): Σ over node indices of Π over edges u^{(colour)}_{k,i}. */
function evalDiagram(d: Diagram, u: number[][][], H: number, p: number): number {
  const k = new Array<number>(d.nH).fill(0);
  const i = new Array<number>(d.nP).fill(0);
  const edges = edgeList(d);
  let total = 0;
  const walk = (pos: number): void => {
    if (pos === d.nH + d.nP) {
      total += edges.reduce((acc, [h, q, c]) => acc * u[c]![k[h]!]![i[q]!]!, 1);
      return;
    }
    const [arr, j, n] = pos < d.nH ? [k, pos, H] : [i, pos - d.nH, p];
    for (let v = 0; v < n; v++) {
      arr[j] = v;
      walk(pos + 1);
    }
  };
  walk(0);
  return total;
}

/** All index tuples (i_1..i_ν) in 0..p−1. */
function* tuples(nu: number, p: number): Generator<number[]> {
  const t = new Array<number>(nu).fill(0);
  for (;;) {
    yield t;
    let m = 0;
    while (m < nu && ++t[m]! === p) t[m++] = 0;
    if (m === nu) return;
  }
}

/** The model tensor f_{i_1..i_ν} = Σ_k Π_m u^{(m)}_{k,i_m}. */
const modelEntry = (u: number[][][], H: number, idx: number[]) => {
  let s = 0;
  for (let k = 0; k < H; k++) s += idx.reduce((acc, i, m) => acc * u[m]![k]![i]!, 1);
  return s;
};

describe('diagramD (D_{2ν}, Fig. diagrams a)', () => {
  for (const scenario of ['sym', 'asym'] as const) {
    for (let nu = 2; nu <= 5; nu++) {
      it(`${scenario.toUpperCase()} ν=${nu}: 2 H-nodes of degree ν, ν p-nodes of degree 2, p-node m has two colour-m edges`, () => {
        const d = diagramD(makeModel({ nu, scenario }));
        expect([d.nH, d.nP]).toEqual([2, nu]);
        expect(degrees(d)).toEqual({ h: [nu, nu], p: new Array(nu).fill(2) });
        for (let m = 1; m <= nu; m++) {
          const c = scenario === 'sym' ? 1 : m;
          expect(coloursAtP(d, m - 1)).toEqual([c, c]);
          // The two edges at p-node m go to the two different H-nodes.
          expect(edgeList(d).filter((e) => e[1] === m - 1).map((e) => e[0]).sort()).toEqual([0, 1]);
        }
      });
    }
  }
  it('its polynomial is Σ_i f_i² (eq. loss3terms, first term) at small p, H', () => {
    const r = rng(3);
    for (const scenario of ['sym', 'asym'] as const) {
      for (let nu = 2; nu <= 4; nu++) {
        const [H, p] = [2, 3];
        const u = randomWeights(r, nu, H, p, scenario);
        let direct = 0;
        for (const idx of tuples(nu, p)) direct += modelEntry(u, H, idx) ** 2;
        expect(evalDiagram(diagramD(makeModel({ nu, scenario })), u, H, p)).toBe(direct);
      }
    }
  });
});

describe('diagramR (R_ν and delta patterns, eq. rnuidtarget)', () => {
  for (const scenario of ['sym', 'asym'] as const) {
    for (let nu = 2; nu <= 5; nu++) {
      it(`${scenario.toUpperCase()} ν=${nu} identity: one H-node, one p-node, ν parallel edges of colours 1..ν`, () => {
        const model = makeModel({ nu, scenario });
        const d = diagramR(model, model.target.terms[0]!.pattern);
        expect([d.nH, d.nP]).toEqual([1, 1]);
        expect(degrees(d)).toEqual({ h: [nu], p: [nu] });
        const expected = Array.from({ length: nu }, (_, m) => (scenario === 'sym' ? 1 : m + 1));
        expect(coloursAtP(d, 0)).toEqual(expected);
      });
    }
  }
  it('a delta pattern {1,3}{2}{4,5} (ASYM ν=5): one p-node per block carrying its slots\' colours', () => {
    const model = makeModel({ nu: 5, scenario: 'asym', target: '{1,3}{2}{4,5}' });
    const pattern = model.target.terms[0]!.pattern;
    const d = diagramR(model, pattern);
    expect([d.nH, d.nP]).toEqual([1, 3]);
    expect(degrees(d)).toEqual({ h: [5], p: pattern.map((b) => b.length) });
    pattern.forEach((block, j) => expect(coloursAtP(d, j)).toEqual([...block].sort((a, b) => a - b)));
  });
  it('its polynomial is Σ_i F_π(i) f_i (eq. loss3terms, second term) for several patterns', () => {
    const r = rng(4);
    const cases: [number, Scenario, string][] = [
      [2, 'sym', 'identity'],
      [3, 'asym', 'identity'],
      [3, 'asym', '{1,3}{2}'],
      [4, 'sym', '{1,2}{3,4}'],
      [4, 'asym', '{1}{2,4}{3}'],
      [3, 'asym', '{1}{2}{3}'],
    ];
    for (const [nu, scenario, target] of cases) {
      const model = makeModel({ nu, scenario, target });
      const pattern: SetPartition = model.target.terms[0]!.pattern;
      const [H, p] = [2, 3];
      const u = randomWeights(r, nu, H, p, scenario);
      let direct = 0;
      for (const idx of tuples(nu, p)) {
        const delta = pattern.every((block) => block.every((s) => idx[s - 1] === idx[block[0]! - 1]));
        if (delta) direct += modelEntry(u, H, idx);
      }
      expect(evalDiagram(diagramR(model, pattern), u, H, p), `${scenario} ${target}`).toBe(direct);
    }
  });
});
