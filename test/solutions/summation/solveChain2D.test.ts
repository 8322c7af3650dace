/**
 * The 2-index chain on limit series built by hand (no engine): c_s(y, z) = (1 + y)^s z gives
 * C_{s,n} = binom(s, n) z/s!, h = z e^{x(1+y)}, the recurrence (s + 1)C_{s+1,n+1} = C_{s,n+1} + C_{s,n}
 * and the PDE x h_x = (x + xy) h; c_s = s!(1 + y)^s gives Pascal's rule, whose operator has no
 * derivative (h = 1/(1 − x − xy), L h = 1). The App. G case with the engine is in test/cli/solve.test.ts.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { YZPoly, type LimitSeries } from '../../../src/asymptotics/index.js';
import { LaurentPoly, Rational } from '../../../src/rational/index.js';
import { exponentVector, limitArray, multiTheoremOperator, recurrence2DText, recurrence2DTheoremTerms, solveChain2D } from '../../../src/solutions/index.js';
import { solve2DJson, solve2DText } from '../../../src/render/index.js';

const nerdamer = createRequire(import.meta.url)('nerdamer') as (e: string) => { buildFunction(v: string[]): (...a: number[]) => number };
const S = 7;
const binom = (a: number, b: number): bigint => {
  let r = 1n;
  for (let i = 1; i <= b; i++) r = (r * BigInt(a - b + i)) / BigInt(i);
  return r;
};
const fact = (s: number): bigint => (s <= 1 ? 1n : BigInt(s) * fact(s - 1));
function series(c: (s: number, n: number) => Rational, zPower: number): LimitSeries {
  return {
    terms: Array.from({ length: S + 1 }, (_, s) => ({
      s,
      exponent: Rational.of(s),
      coeff: YZPoly.fromTerms(Array.from({ length: s + 1 }, (_, n) => ({ coeff: c(s, n), y: n, z: zPower }))),
    })),
    affine: true,
    rate: Rational.ONE,
    normalisation: Rational.ZERO,
  };
}

describe('solveChain2D (hand-built limit series)', () => {
  it('c_s = (1 + y)^s z: h = z e^{x(1+y)}, x h_x = (x + xy) h, Ψ = x(1 + y), I = y', () => {
    const lim = series((s, n) => Rational.of(binom(s, n)), 1);
    const arr = limitArray(lim, 'y', Rational.of(3)); // z = 3
    expect(arr[4]!.get(2)!.toString()).toBe(Rational.of(3n * 6n, fact(4)).toString());
    const c = solveChain2D(lim, 'y', Rational.of(3));
    expect(c.ansatz).toBe('s');
    expect(recurrence2DText(c.recurrence!)).toBe('(s + 1)*C_{s+1,n+1} - C_{s,n+1} - C_{s,n} = 0');
    // by hand: Σ (s+1)C_{s+1,n+1} x^{s+1} y^{n+1} = θ_x h (n ≥ 0 part), the rest x y h + x h
    expect([c.pde!.field, c.pde!.rate]).toEqual([['x', '0'], 'x + x*y']);
    expect([c.operatorCheck, c.inhomogeneity]).toEqual([{ through: S, vanishes: true }, []]);
    expect(c.integrals!.integrals.map((I) => I.text)).toEqual(['y']);
    const psi = nerdamer(c.integrals!.logFactor!.text).buildFunction(['x', 'y']);
    expect(psi(0.3, 2)).toBeCloseTo(0.3 * 3, 12);
    expect(c.stop).toBeNull();
    const doc = solve2DJson(c);
    expect([doc.index, doc.at, doc.pde!.text]).toEqual(['y', { z: '3' }, '(x)*h_x = (x + x*y)*h']);
    expect(solve2DText(c)).toContain('data: h(0, y) = 3 (row s = 0)');
  });
  it('c_s = s!(1 + y)^s: Pascal’s rule, an operator without derivative, L h = 1', () => {
    const lim = series((s, n) => Rational.of(binom(s, n) * fact(s)), 0);
    const c = solveChain2D(lim, 'y', Rational.ONE);
    expect(recurrence2DText(c.recurrence!)).toBe('C_{s+1,n+1} - C_{s,n+1} - C_{s,n} = 0');
    expect(c.inhomogeneity!.map((b) => [b.m, b.value.toString()])).toEqual([[[0, 0], '1']]);
    expect(c.stop?.step).toBe('pde');
    expect(c.integrals).toBeNull();
  });
  it('the K-terms of Theorem 5.1: P_k(u) = P_ij(u_1 − i, u_2 − j), k = (i − r_1, j − r_2)', () => {
    // (s + 2n)C_{s+1,n+1} + C_{s,n} = 0: k = (0,0) with P = (u_1 − 1) + 2(u_2 − 1); k = (−1,−1) with P = 1
    const R = (x: number) => Rational.of(x);
    const terms = recurrence2DTheoremTerms({
      terms: [
        { shift: [0, 0], poly: LaurentPoly.constant(1) },
        { shift: [1, 1], poly: LaurentPoly.fromTerms([{ coeff: R(1), exponents: [['s', 1]] }, { coeff: R(2), exponents: [['n', 1]] }]) },
      ],
    }, ['x', 'y']);
    const show = terms.map((t) => ({ k: t.k, poly: t.poly.map((m) => `${m.coeff}@${exponentVector(m, ['x', 'y']).join(',')}`).sort() }));
    expect(show).toEqual([
      { k: [-1, -1], poly: ['1@0,0'] },
      { k: [0, 0], poly: ['-3@0,0', '1@1,0', '2@0,1'].sort() },
    ]);
  });
  it('the K-terms keep the order in which the expansion reaches them, not the sorted order', () => {
    // 2s·C_{s+1,n+1} + 3sn·C_{s+1,n+1} + C_{s,n} = 0: P_(0,0)(u) = 2(u_1 − 1) + 3(u_1 − 1)(u_2 − 1)
    // = 1 − u_1 − 3u_2 + 3u_1u_2; s reaches θ_1^0, θ_1^1, then sn reaches θ_2^1 and θ_1θ_2
    const R = (x: number) => Rational.of(x);
    const P = LaurentPoly.fromTerms([{ coeff: R(2), exponents: [['s', 1]] }, { coeff: R(3), exponents: [['s', 1], ['n', 1]] }]);
    const terms = recurrence2DTheoremTerms({ terms: [{ shift: [0, 0], poly: LaurentPoly.constant(1) }, { shift: [1, 1], poly: P }] }, ['x', 'z']);
    expect(terms[1]!.poly.map((m) => `${m.coeff}@${exponentVector(m, ['x', 'z']).join(',')}`)).toEqual(['1@0,0', '-1@1,0', '-3@0,1', '3@1,1']);
    const op = multiTheoremOperator(['x', 'z'], terms);
    expect(op.terms[1]!.poly.map((m) => exponentVector(m, ['x', 'z']).join(','))).toEqual(['0,0', '1,0', '0,1', '1,1']);
  });
  it('not affine: stops at the limit', () => {
    const lim = { ...series((s, n) => Rational.of(binom(s, n)), 0), affine: false, rate: null, normalisation: null };
    expect(solveChain2D(lim, 'z', Rational.ONE).stop?.step).toBe('limit');
  });
});
