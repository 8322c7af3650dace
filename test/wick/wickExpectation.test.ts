import { describe, expect, it } from 'vitest';
import { makeDiagram, colourCounts, type Diagram } from '../../src/diagram/diagram.js';
import { diagramD } from '../../src/diagram/builders.js';
import { InputError } from '../../src/errors.js';
import { makeModel } from '../../src/model/index.js';
import { Poly, Rational } from '../../src/rational/index.js';
import { wickByPairings, wickCounts, wickExpectation } from '../../src/wick/index.js';
import { wickCountsWith } from '../../src/wick/wickCounts.js';
import { fallingFactorialToPoly } from '../../src/wick/fallingFactorial.js';
import { expectationByIndexSum, gaussianMoment, randInt, randomDiagram, relabel, rng } from './helpers.js';

const poly = (terms: [number, number, number, number][]): Poly =>
  Poly.fromTerms(terms.map(([coeff, p, H, sigma2]) => ({ coeff, p, H, sigma2 })));

/** Π_c (n_c − 1)!!: the number of perfect matchings of equal-colour edges. */
const pairingCount = (d: Diagram): bigint => colourCounts(d).reduce((a, n) => a * gaussianMoment(n), 1n);

describe('E[D_2ν] (paper App. B)', () => {
  it('SYM ν=2: E[D_4] = (p²H + pH² + pH)σ⁴', () => {
    const d = diagramD(makeModel({ nu: 2, scenario: 'sym' }));
    expect(wickExpectation(d).equals(poly([[1, 2, 1, 2], [1, 1, 2, 2], [1, 1, 1, 2]]))).toBe(true);
  });
  // D_2ν = Σ_{k,k'} (Σ_i u_{ki} u_{k'i})^ν. For k = k' this is (χ²_p)^ν σ^{2ν} with
  // E[(χ²_p)^ν] = p(p+2)…(p+2ν−2); for k ≠ k', (a·b)^ν has mean 0 for odd ν and
  // (ν−1)!! E[(χ²_p)^{ν/2}] for even ν (rotate a onto the first axis).
  const chiSquareMoment = (nu: number): Poly => {
    let q = Poly.constant(1);
    for (let j = 0; j < nu; j++) q = q.mul(Poly.monomial(1, 1, 0, 0).add(Poly.constant(2 * j)));
    return q;
  };
  const symD = (nu: number): Poly => {
    const H = Poly.monomial(1, 0, 1, 0);
    let e = H.mul(chiSquareMoment(nu));
    if (nu % 2 === 0) e = e.add(H.mul(H.sub(Poly.constant(1))).mul(chiSquareMoment(nu / 2)).scale(gaussianMoment(nu)));
    return e.mul(Poly.monomial(1, 0, 0, nu));
  };
  it.each([2, 3, 4, 5, 6])('SYM ν=%i: E[D_2ν] from moments of χ²', (nu) => {
    const d = diagramD(makeModel({ nu, scenario: 'sym' }));
    expect(wickExpectation(d).equals(symD(nu))).toBe(true);
  });
  it('SYM ν=3: E[D_6] = (p³ + 6p² + 8p)Hσ⁶, not the printed (p³ + 5p² + 9p)Hσ⁶', () => {
    // At H = 1, p = 2 the definition gives E[(a² + b²)³] = 15 + 9 + 9 + 15 = 48 (the printed form: 46).
    const d = diagramD(makeModel({ nu: 3, scenario: 'sym' }));
    expect(expectationByIndexSum(d, 2, 1)).toBe(48n);
    expect(wickExpectation(d).equals(poly([[1, 3, 1, 3], [6, 2, 1, 3], [8, 1, 1, 3]]))).toBe(true);
  });
  it.each([2, 3, 4, 5, 6, 8])('ASYM ν=%i: E[D_2ν] = p^ν H σ^{2ν}', (nu) => {
    const d = diagramD(makeModel({ nu, scenario: 'asym' }));
    expect(wickExpectation(d).equals(poly([[1, nu, 1, nu]]))).toBe(true);
  });
});

describe('closed forms', () => {
  // One centre with n petals, each petal joined by two parallel edges: a matching of the 2n
  // edges is a 2-regular multigraph on the petals, and Σ_matchings x^{#cycles} = Π_{i<n}(x + 2i).
  const flower = (n: number, centreIsH: boolean): Diagram =>
    centreIsH
      ? makeDiagram(1, n, Array.from({ length: 2 * n }, (_, e) => [0, e >> 1, 0] as [number, number, number]))
      : makeDiagram(n, 1, Array.from({ length: 2 * n }, (_, e) => [e >> 1, 0, 0] as [number, number, number]));
  const flowerValue = (n: number, petal: 'p' | 'H'): Poly => {
    let q = Poly.constant(1);
    for (let i = 0; i < n; i++) q = q.mul(Poly.monomial(1, petal === 'p' ? 1 : 0, petal === 'H' ? 1 : 0, 0).add(Poly.constant(2 * i)));
    return q.mul(Poly.monomial(1, petal === 'H' ? 1 : 0, petal === 'p' ? 1 : 0, n));
  };
  it.each([1, 3, 6, 12])('flower with %i petals (H centre and p centre)', (n) => {
    expect(wickExpectation(flower(n, true)).equals(flowerValue(n, 'p'))).toBe(true);
    expect(wickExpectation(flower(n, false)).equals(flowerValue(n, 'H'))).toBe(true);
  });
  it('2l parallel edges between one H- and one p-node: (2l−1)!! pH σ^{2l}, beyond 2^53', () => {
    for (const l of [1, 5, 20, 30]) {
      const d = makeDiagram(1, 1, Array.from({ length: 2 * l }, () => [0, 0, 0] as [number, number, number]));
      expect(wickExpectation(d).equals(Poly.monomial(gaussianMoment(2 * l), 1, 1, l))).toBe(true);
    }
  });
  it('empty diagram and isolated nodes: p^nP H^nH', () => {
    expect(wickExpectation(makeDiagram(0, 0, [])).equals(Poly.constant(1))).toBe(true);
    expect(wickExpectation(makeDiagram(3, 2, [])).equals(poly([[1, 2, 3, 0]]))).toBe(true);
    const d = makeDiagram(3, 4, [[1, 2, 0], [1, 2, 0]]);
    expect(wickExpectation(d).equals(poly([[1, 4, 3, 1]]))).toBe(true);
  });
  it('odd colour count gives 0', () => {
    expect(wickExpectation(makeDiagram(2, 2, [[0, 0, 0], [1, 1, 0], [0, 1, 1], [1, 0, 1], [1, 1, 1]])).isZero()).toBe(true);
  });
});

describe('fast method = pairing enumeration', () => {
  it('on 400 random small diagrams (colours, multi-edges, isolated nodes, odd counts)', () => {
    const r = rng(20240601);
    for (let t = 0; t < 400; t++) {
      const d = randomDiagram(r, {
        nH: randInt(r, 1, 6),
        nP: randInt(r, 1, 7),
        edges: randInt(r, 0, 10),
        colours: randInt(r, 1, 3),
        even: r() < 0.85,
      });
      expect(wickExpectation(d).equals(wickByPairings(d)), JSON.stringify([d.nH, d.nP, [...d.edges]])).toBe(true);
    }
  });
  it('on SYM-like one-colour diagrams with up to 12 edges', () => {
    const r = rng(7);
    for (let t = 0; t < 60; t++) {
      const d = randomDiagram(r, { nH: randInt(r, 2, 7), nP: randInt(r, 2, 9), edges: 2 * randInt(r, 3, 6), colours: 1 });
      expect(wickExpectation(d).equals(wickByPairings(d))).toBe(true);
    }
  });
  it.each(['sets', 'types'] as const)('with the %s programme forced', (programme) => {
    const r = rng(programme === 'sets' ? 11 : 12);
    for (let t = 0; t < 150; t++) {
      const d = randomDiagram(r, {
        nH: randInt(r, 1, 5),
        nP: randInt(r, 1, 7),
        edges: randInt(r, 2, 10),
        colours: randInt(r, 1, 3),
        even: true,
      });
      const c = wickCountsWith(d, { programme });
      expect(fallingFactorialToPoly(c.counts, c.sigma2).equals(wickByPairings(d))).toBe(true);
    }
  });
  it('with residues forced everywhere (modular path and Chinese remaindering)', () => {
    const r = rng(99);
    for (let t = 0; t < 80; t++) {
      const d = randomDiagram(r, { nH: randInt(r, 1, 5), nP: randInt(r, 1, 6), edges: 2 * randInt(r, 1, 5), colours: randInt(r, 1, 2) });
      const c = wickCountsWith(d, { exactBits: 0, programme: t % 2 ? 'sets' : 'types' });
      expect(fallingFactorialToPoly(c.counts, c.sigma2).equals(wickByPairings(d))).toBe(true);
    }
  });
  it('the two programmes, and the doubles and Chinese-remainder paths, give identical counts', () => {
    const r = rng(8128);
    for (let t = 0; t < 120; t++) {
      const d = randomDiagram(r, {
        nH: randInt(r, 1, 6),
        nP: randInt(r, 1, 8),
        edges: 2 * randInt(r, 1, 8),
        colours: randInt(r, 1, 3),
        even: true,
      });
      const want = wickCounts(d).counts;
      for (const programme of ['sets', 'types'] as const) {
        expect(wickCountsWith(d, { programme }).counts).toEqual(want);
        expect(wickCountsWith(d, { programme, exactBits: 0 }).counts).toEqual(want);
      }
    }
  });
  it('with tiny exact bounds (frequent flushes of the double accumulator)', () => {
    const r = rng(5);
    for (let t = 0; t < 40; t++) {
      const d = randomDiagram(r, { nH: randInt(r, 2, 5), nP: randInt(r, 2, 6), edges: 10, colours: 1 });
      for (const bits of [3, 8]) {
        const c = wickCountsWith(d, { exactBits: bits });
        expect(fallingFactorialToPoly(c.counts, c.sigma2).equals(wickByPairings(d))).toBe(true);
      }
    }
  });
  it('on merged-D shapes with 14–16 one-colour edges', () => {
    // Cycles h0-p0-h1-p1-…: every node of degree 2, like terms of L^{⋆s} in SYM ν = 2.
    const cycle = (n: number): Diagram =>
      makeDiagram(n, n, Array.from({ length: n }, (_, j) => [[j, j, 0], [(j + 1) % n, j, 0]] as [number, number, number][]).flat());
    for (const n of [7, 8]) expect(wickExpectation(cycle(n)).equals(wickByPairings(cycle(n)))).toBe(true);
  });
});

describe('properties', () => {
  it('invariant under relabelling of nodes and edges; integer coefficients; counts ≥ 0; value at p = H = 1', () => {
    const r = rng(31337);
    for (let t = 0; t < 60; t++) {
      const d = randomDiagram(r, {
        nH: randInt(r, 1, 6),
        nP: randInt(r, 1, 9),
        edges: randInt(r, 2, 18),
        colours: randInt(r, 1, 3),
        even: true,
      });
      const e = wickExpectation(d);
      expect(wickExpectation(relabel(r, d)).equals(e)).toBe(true);
      for (const term of e.terms()) expect(term.coeff.den).toBe(1n);
      const { counts } = wickCounts(d);
      for (const row of counts) for (const c of row) expect(c >= 0n).toBe(true);
      // (1)_k = 0 for k ≥ 2: at p = H = 1 only the (1,1) count survives.
      const l = d.edges.length / 6;
      expect(e.evaluate(1, 1, 1).equals(Rational.of(pairingCount(d)))).toBe(true);
      // homogeneous of degree σ^{2l}, and every class count is at least 1 (here nH, nP ≥ 1)
      for (const term of e.terms()) {
        expect(term.sigma2).toBe(l);
        expect(term.p).toBeGreaterThanOrEqual(1);
        expect(term.H).toBeGreaterThanOrEqual(1);
      }
    }
  });
  it('agrees with the sum over index assignments at p, H ≤ 3', () => {
    const r = rng(4242);
    for (let t = 0; t < 40; t++) {
      const d = randomDiagram(r, {
        nH: randInt(r, 1, 3),
        nP: randInt(r, 1, 3),
        edges: 2 * randInt(r, 1, 4),
        colours: randInt(r, 1, 2),
      });
      const e = wickExpectation(d);
      for (const [p, H] of [[1, 1], [2, 1], [1, 3], [2, 2], [3, 2]] as const) {
        expect(e.evaluate(p, H, 1).equals(Rational.of(expectationByIndexSum(d, p, H)))).toBe(true);
      }
    }
  });
});

describe('large diagrams (residue path, typed programme)', () => {
  /** Chain of k copies of D_{2ν} (one colour), consecutive copies sharing an H-node. */
  const chainD = (nu: number, k: number): Diagram => {
    const edges: [number, number, number][] = [];
    for (let c = 0; c < k; c++) for (let m = 0; m < nu; m++) edges.push([c, c * nu + m, 0], [c + 1, c * nu + m, 0]);
    return makeDiagram(k + 1, k * nu, edges);
  };
  it('chain of three D_8 (4 H, 12 p, 24 edges) agrees with the index sum at small p, H', () => {
    const d = chainD(4, 3);
    const e = wickExpectation(d);
    expect(e.evaluate(1, 1, 1).equals(Rational.of(pairingCount(d)))).toBe(true);
    for (const [p, H] of [[2, 1], [2, 2], [1, 2]] as const) {
      expect(e.evaluate(p, H, 1).equals(Rational.of(expectationByIndexSum(d, p, H)))).toBe(true);
    }
  });
});

describe('limits', () => {
  it('refuses diagrams with more than 20 non-isolated nodes on both sides, or too much work', () => {
    // cycles whose consecutive edge pairs alternate between two colours (not a one-colour cycle)
    const cycle2 = (n: number): Diagram =>
      makeDiagram(n, n, Array.from({ length: n }, (_, j) => [[j, j, j % 2], [(j + 1) % n, j, j % 2]] as [number, number, number][]).flat());
    const d = cycle2(22);
    expect(() => wickExpectation(d)).toThrow(InputError);
    expect(() => wickExpectation(d)).toThrow(/too large/);
    expect(() => wickExpectation(cycle2(14))).toThrow(/estimated work/);
  });
});
