import { describe, expect, it } from 'vitest';
import { edgeCount, makeDiagram, type Diagram } from '../../src/diagram/diagram.js';
import { diagramD } from '../../src/diagram/builders.js';
import { mergeEdges } from '../../src/merge/mergeEdges.js';
import { makeModel } from '../../src/model/index.js';
import { InputError } from '../../src/errors.js';
import { Poly, Rational } from '../../src/rational/index.js';
import { fallingFactorialToPoly } from '../../src/wick/fallingFactorial.js';
import { wickExpectation } from '../../src/wick/index.js';
import { wickCountsWith } from '../../src/wick/wickCounts.js';
import { expectationByIndexSum, relabel, rng, randInt } from './helpers.js';

type Edge = [number, number, number];

const P = Poly.monomial(1, 1, 0, 0);
const H = Poly.monomial(1, 0, 1, 0);

/** Π_{i<n} (x + 2i): E[(χ²_x)^n]. */
const risingByTwo = (x: Poly, n: number): Poly => {
  let out = Poly.constant(1);
  for (let i = 0; i < n; i++) out = out.mul(x.add(Poly.constant(2 * i)));
  return out;
};

/** The polynomial with H set to 1 (as a polynomial in p, σ²). */
const atH1 = (e: Poly): Poly => Poly.fromTerms(e.terms().map((t) => ({ coeff: t.coeff, p: t.p, H: 0, sigma2: t.sigma2 })));

/** Chain of k copies of D_{2ν} (one colour), consecutive copies sharing an H-node. */
const chainD = (nu: number, k: number): Diagram => {
  const edges: Edge[] = [];
  for (let c = 0; c < k; c++) for (let m = 0; m < nu; m++) edges.push([c, c * nu + m, 0], [c + 1, c * nu + m, 0]);
  return makeDiagram(k + 1, k * nu, edges);
};

/** A random term of D^{⋆(s+1)} in SYM ν (left-nested merges of random edges). */
const randomPower = (r: () => number, nu: number, s: number): Diagram => {
  const D = diagramD(makeModel({ nu, scenario: 'sym' }));
  let g = D;
  for (let step = 0; step < s; step++) g = mergeEdges(g, randInt(r, 0, edgeCount(g) - 1), D, randInt(r, 0, edgeCount(D) - 1));
  return g;
};

/**
 * Checks for one-colour diagrams whose p-nodes all have degree 2, independent of the method:
 * at H = 1 every p-node contributes Σ_i u_i² = χ²_p σ², so E = E[(χ²_p)^{nP}] σ^{2nP}; at p = 1 the
 * sum over index assignments runs over the H-nodes only; at p = H = 1 the value is the number of
 * perfect matchings (2l − 1)!!.
 */
function checkDegreeTwo(d: Diagram, e: Poly): void {
  expect(atH1(e).equals(risingByTwo(P, d.nP).mul(Poly.monomial(1, 0, 0, d.nP)))).toBe(true);
  for (const h of [2, 3]) expect(e.evaluate(1, h, 1).equals(Rational.of(expectationByIndexSum(d, 1, h)))).toBe(true);
}

describe('programme over type vectors when the set-partition estimate refuses', () => {
  it('flower of 24 double petals (inner side 24 > 20): Π_{i<24} (p + 2i) H σ^48', () => {
    const d = makeDiagram(1, 24, Array.from({ length: 48 }, (_, e) => [0, e >> 1, 0] as Edge));
    expect(wickExpectation(d).equals(risingByTwo(P, 24).mul(H).mul(Poly.monomial(1, 0, 0, 24)))).toBe(true);
    // the mirror image: 24 H-petals around one p-node
    const m = makeDiagram(24, 1, Array.from({ length: 48 }, (_, e) => [e >> 1, 0, 0] as Edge));
    expect(wickExpectation(m).equals(risingByTwo(H, 24).mul(P).mul(Poly.monomial(1, 0, 0, 24)))).toBe(true);
  });

  it('chain of three D_14 (4 H-nodes, 21 p-nodes of degree 2)', () => {
    const d = chainD(7, 3);
    checkDegreeTwo(d, wickExpectation(d));
  });

  it('SYM ν = 5, terms of D^{⋆5} (6 H-nodes, 21 p-nodes, 42 edges), invariant under relabelling', () => {
    const r = rng(2024);
    for (let i = 0; i < 3; i++) {
      const d = randomPower(r, 5, 4);
      expect([d.nH, d.nP, edgeCount(d)]).toEqual([6, 21, 42]);
      const e = wickExpectation(d);
      checkDegreeTwo(d, e);
      expect(wickExpectation(relabel(r, d)).equals(e)).toBe(true);
    }
  });

  it('SYM ν = 6, a term of D^{⋆4} (5 H-nodes, 21 p-nodes)', () => {
    const d = randomPower(rng(5), 6, 3);
    checkDegreeTwo(d, wickExpectation(d));
  });

  it('with an inner side of at most 20, both programmes agree', () => {
    // 9 H-nodes, 19 p-nodes: Bell(9)·3^19 > 2^44, so the estimate of the set-partition method refuses
    const d = relabel(rng(11), chainWith([12, 1, 1, 1, 1, 1, 1, 1]));
    const auto = fallingFactorialToPoly(wickCountsWith(d, {}).counts, edgeCount(d) / 2);
    checkDegreeTwo(d, auto);
    expect(fallingFactorialToPoly(wickCountsWith(d, { programme: 'types' }).counts, edgeCount(d) / 2).equals(auto)).toBe(true);
  });

  it('still refuses, with a one-line InputError, when the bound on its work is too large', () => {
    // 9 H-nodes, 20 p-nodes in 8 types: bound Bell(9)·2·10⁴·6⁴ ≈ 2^39
    const d = chainWith([3, 3, 3, 3, 2, 2, 2, 2]);
    expect(() => wickExpectation(d)).toThrow(InputError);
    expect(() => wickExpectation(d)).toThrow(/^wick: diagram too large \(9 H-nodes and 20 p-nodes with edges; estimated work above 2\^40\)$/);
  });
});

/** A chain of H-nodes 0..len, link c made of mult[c] p-nodes each joined to H-nodes c and c + 1. */
function chainWith(mult: number[]): Diagram {
  const edges: Edge[] = [];
  let v = 0;
  mult.forEach((m, c) => {
    for (let j = 0; j < m; j++, v++) edges.push([c, v, 0], [c + 1, v, 0]);
  });
  return makeDiagram(mult.length + 1, v, edges);
}

describe('the cost estimate is honest for every size', () => {
  it('log2Bell is finite and non-decreasing beyond the exact table', async () => {
    const { log2Bell } = await import('../../src/wick/bellNumbers.js');
    let last = -1;
    for (let n = 0; n <= 300; n++) {
      const v = log2Bell(n);
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(last);
      last = v;
    }
  });

  it('refuses at once what would run for minutes: 3 H-nodes × 127 p-nodes (254 edges), 12 × 12 nodes (48 edges)', () => {
    const star = makeDiagram(3, 127, Array.from({ length: 127 }, (_, p) => [[0, p, p % 3], [1 + (p % 2), p, p % 3]] as [number, number, number][]).flat());
    const grid = makeDiagram(12, 12, Array.from({ length: 12 }, (_, h) => [0, 1, 2, 3].map((k) => [h, (h + k) % 12, 0] as [number, number, number])).flat());
    for (const d of [star, grid]) {
      const t = performance.now();
      expect(() => wickExpectation(d)).toThrow(/^wick: diagram too large .*estimated work above 2\^40\)$/);
      expect(performance.now() - t).toBeLessThan(500);
    }
  });
});
