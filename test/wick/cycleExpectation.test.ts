import { describe, expect, it } from 'vitest';
import { makeDiagram, type Diagram } from '../../src/diagram/diagram.js';
import { Poly, Rational } from '../../src/rational/index.js';
import { fallingFactorialToPoly } from '../../src/wick/fallingFactorial.js';
import { cycleExpectation, cycleHalfLength } from '../../src/wick/cycleExpectation.js';
import { wishartTraceMoment } from '../../src/wick/wishartTraceMoment.js';
import { wickByPairings, wickCounts, wickExpectation } from '../../src/wick/index.js';
import { expectationByIndexSum, relabel, rng } from './helpers.js';

type Edge = [number, number, number];

/** C_2k: H-node j joined to p-nodes j and j − 1 (mod k), all edges of one colour. */
const cycle = (k: number, colour = 0, extraH = 0, extraP = 0): Diagram =>
  makeDiagram(k + extraH, k + extraP, Array.from({ length: k }, (_, j) => [[j, j, colour], [(j + 1) % k, j, colour]] as Edge[]).flat());

const P = Poly.monomial(1, 1, 0, 0);
const H = Poly.monomial(1, 0, 1, 0);
const c = (x: number): Poly => Poly.constant(x);

/** Poly in p, H from coefficients out[a][b] of H^a p^b. */
const fromTable = (t: readonly (readonly bigint[])[]): Poly =>
  Poly.fromTerms(t.flatMap((row, a) => row.map((coeff, b) => ({ coeff, p: b, H: a, sigma2: 0 }))).filter((x) => x.coeff !== 0n));

/** E[(χ²_q)^n] = q(q + 2)…(q + 2n − 2), as a polynomial in p with q = p − shift. */
const chiSquareMoment = (n: number, shift: number): Poly => {
  let out = c(1);
  for (let j = 0; j < n; j++) out = out.mul(P.add(c(2 * j - shift)));
  return out;
};

describe('real Wishart moments E tr((UUᵀ)^k)', () => {
  it('k = 1, 2, 3 by hand: Hp, Hp(H + p + 1), Hp(H² + p² + 3Hp + 3H + 3p + 4)', () => {
    expect(fromTable(wishartTraceMoment(1)).equals(H.mul(P))).toBe(true);
    expect(fromTable(wishartTraceMoment(2)).equals(H.mul(P).mul(H.add(P).add(c(1))))).toBe(true);
    const k3 = H.mul(H).add(P.mul(P)).add(H.mul(P).scale(3)).add(H.scale(3)).add(P.scale(3)).add(c(4));
    expect(fromTable(wishartTraceMoment(3)).equals(H.mul(P).mul(k3))).toBe(true);
  });

  it('H = 1 (and p = 1): E[(χ²_p)^k] = p(p + 2)…(p + 2k − 2), k ≤ 16', () => {
    for (let k = 1; k <= 16; k++) {
      const e = fromTable(wishartTraceMoment(k));
      const atH1 = Poly.fromTerms(e.terms().map((t) => ({ coeff: t.coeff, p: t.p, H: 0, sigma2: 0 })));
      const atP1 = Poly.fromTerms(e.terms().map((t) => ({ coeff: t.coeff, p: t.H, H: 0, sigma2: 0 })));
      expect(atH1.equals(chiSquareMoment(k, 0))).toBe(true);
      expect(atP1.equals(chiSquareMoment(k, 0))).toBe(true);
    }
  });

  it('H = 2 from the bidiagonal model (Dumitriu–Edelman), k ≤ 16', () => {
    // UUᵀ has the spectrum of BBᵀ, B = [[x, 0], [y, z]] with x² ~ χ²_p, y² ~ χ²_1, z² ~ χ²_{p−1}
    // independent. M = BBᵀ = [[X, xy], [xy, Y + Z]] (X = x², …) has trace X + Y + Z and
    // determinant XZ, so t_k = tr M^k = (X + Y + Z) t_{k−1} − XZ t_{k−2}, a polynomial in X, Y, Z.
    type Mono = Map<string, bigint>;
    const add = (a: Mono, key: string, v: bigint): void => {
      const s = (a.get(key) ?? 0n) + v;
      if (s === 0n) a.delete(key);
      else a.set(key, s);
    };
    const shift = (a: Mono, di: number, dj: number, dl: number, scale: bigint, into: Mono): void => {
      for (const [key, v] of a) {
        const [i, j, l] = key.split(',').map(Number) as [number, number, number];
        add(into, `${i + di},${j + dj},${l + dl}`, scale * v);
      }
    };
    let prev: Mono = new Map([['0,0,0', 2n]]);
    let cur: Mono = new Map([['1,0,0', 1n], ['0,1,0', 1n], ['0,0,1', 1n]]);
    for (let k = 1; k <= 16; k++) {
      if (k > 1) {
        const next: Mono = new Map();
        shift(cur, 1, 0, 0, 1n, next);
        shift(cur, 0, 1, 0, 1n, next);
        shift(cur, 0, 0, 1, 1n, next);
        shift(prev, 1, 0, 1, -1n, next);
        [prev, cur] = [cur, next];
      }
      let expected = Poly.ZERO;
      for (const [key, v] of cur) {
        const [i, j, l] = key.split(',').map(Number) as [number, number, number];
        let oddDouble = 1n; // E[(χ²_1)^j] = (2j − 1)!!
        for (let q = 1; q < 2 * j; q += 2) oddDouble *= BigInt(q);
        expected = expected.add(chiSquareMoment(i, 0).mul(chiSquareMoment(l, 1)).scale(v * oddDouble));
      }
      const e = fromTable(wishartTraceMoment(k));
      const atH2 = Poly.fromTerms(e.terms().map((t) => ({ coeff: t.coeff.mul(2 ** t.H), p: t.p, H: 0, sigma2: 0 })));
      expect(atH2.equals(expected)).toBe(true);
    }
  });
});

describe('E[C_2k] by the cycle formula', () => {
  it('equals pairing enumeration, k ≤ 7 (with isolated nodes, any colour)', () => {
    for (let k = 1; k <= 7; k++) {
      const d = cycle(k, k % 3, k % 2, 1);
      expect(cycleHalfLength(d)).toBe(k);
      expect(cycleExpectation(d)!.equals(wickByPairings(d))).toBe(true);
    }
  });
  it('equals the set-partition method, k ≤ 9, relabelled', () => {
    const r = rng(7);
    for (let k = 1; k <= 9; k++) {
      const d = relabel(r, cycle(k, 0, 2, 0));
      const { counts, sigma2 } = wickCounts(d);
      expect(cycleExpectation(d)!.equals(fallingFactorialToPoly(counts, sigma2))).toBe(true);
      expect(wickExpectation(d).equals(fallingFactorialToPoly(counts, sigma2))).toBe(true);
    }
  });
  it('agrees with the sum over index assignments at small p, H (k = 3, 4)', () => {
    for (const k of [3, 4]) {
      const e = wickExpectation(cycle(k));
      for (const [p, h] of [[2, 2], [3, 2], [2, 3]] as const) {
        expect(e.evaluate(p, h, 1).equals(Rational.of(expectationByIndexSum(cycle(k), p, h)))).toBe(true);
      }
    }
  });
  it('C_32 (k = 16) in well under a second; value at p = H = 1 is the number of matchings 31!!', () => {
    const t0 = performance.now();
    const e = wickExpectation(cycle(16));
    expect(performance.now() - t0).toBeLessThan(1000);
    let matchings = 1n;
    for (let q = 1; q < 32; q += 2) matchings *= BigInt(q);
    expect(e.evaluate(1, 1, 1).equals(Rational.of(matchings))).toBe(true);
  });
  it('is used only for connected one-colour cycles', () => {
    // two colours, two disjoint cycles, a chord, a path
    const twoColours = makeDiagram(2, 2, [[0, 0, 0], [1, 0, 0], [0, 1, 1], [1, 1, 1]]);
    const twoCycles = makeDiagram(4, 4, [[0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0], [2, 2, 0], [3, 2, 0], [2, 3, 0], [3, 3, 0]]);
    const chord = makeDiagram(3, 3, [[0, 0, 0], [1, 0, 0], [1, 1, 0], [2, 1, 0], [2, 2, 0], [0, 2, 0], [0, 1, 0], [1, 2, 0]]);
    const path = makeDiagram(2, 2, [[0, 0, 0], [1, 0, 0], [1, 1, 0], [1, 1, 0]]);
    for (const d of [twoColours, twoCycles, chord, path, makeDiagram(1, 1, [])]) {
      expect(cycleHalfLength(d)).toBe(0);
      expect(cycleExpectation(d)).toBeNull();
      expect(wickExpectation(d).equals(wickByPairings(d))).toBe(true);
    }
  });
});
