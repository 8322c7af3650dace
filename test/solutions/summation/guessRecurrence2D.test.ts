/**
 * 2-index recurrence guessing: Pascal's rule, a Narayana-number recurrence checked on rows not
 * given to the guesser, and the paper's recurrence for the SYM ν = 2 Pareto coefficients
 * M_{s,s_D} (App. J) read from the engine's limit series; refusals on random and perturbed data.
 */
import { describe, expect, it } from 'vitest';
import { limitSeries, parseScaling } from '../../../src/asymptotics/index.js';
import { lossSeries } from '../../../src/expansion/index.js';
import { makeModel } from '../../../src/model/index.js';
import { Rational } from '../../../src/rational/index.js';
import { guessRecurrence2D, recurrence2DResidual, recurrence2DText, type Array2D } from '../../../src/solutions/index.js';

const binom = (a: number, b: number): bigint => {
  if (b < 0 || b > a) return 0n;
  let r = 1n;
  for (let i = 1; i <= b; i++) r = (r * BigInt(a - b + i)) / BigInt(i);
  return r;
};
const rows = (S: number, f: (s: number) => [number, Rational][]): Array2D => Array.from({ length: S + 1 }, (_, s) => new Map(f(s)));
// Narayana numbers N(s+1, n) = C(s+1, n) C(s+1, n−1)/(s+1), n = 1 … s+1
const narayana = (S: number) => rows(S, (s) => Array.from({ length: s + 1 }, (_, k) => [k + 1, Rational.of(binom(s + 1, k + 1) * binom(s + 1, k), s + 1)]));

function holdsEverywhere(rec: NonNullable<ReturnType<typeof guessRecurrence2D>>, C: Array2D, r1: number): void {
  const ns = C.flatMap((row) => [...row.keys()]);
  for (let s = 0; s + r1 < C.length; s++)
    for (let n = Math.min(...ns) - 3; n <= Math.max(...ns) + 1; n++) expect(recurrence2DResidual(rec, C, s, n).isZero(), `(${s}, ${n})`).toBe(true);
}

describe('guessRecurrence2D', () => {
  it('binomial coefficients: Pascal’s rule', () => {
    const C = rows(8, (s) => Array.from({ length: s + 1 }, (_, n) => [n, Rational.of(binom(s, n))]));
    expect(recurrence2DText(guessRecurrence2D(C)!)).toBe('C_{s+1,n+1} - C_{s,n+1} - C_{s,n} = 0');
  });
  it('Narayana numbers: a first-order relation in s, confirmed on 8 further rows', () => {
    const rec = guessRecurrence2D(narayana(9))!;
    expect(recurrence2DText(rec)).toBe('(n + 1)*C_{s+1,n+1} - (n + 1)*C_{s,n+1} - (2*s - n + 3)*C_{s,n} = 0');
    holdsEverywhere(rec, narayana(17), 1);
  });
  it('SYM ν=2 Pareto coefficients from the limit series (H = y p, σ² = z/p): the paper’s M recurrence, up to the sign (−1)^s', () => {
    // c_s(y, z) ∋ M_{s,s_D} N_{s_D+1,1} y z^{s_D+1} with N_{k,1} = 1. The paper (App. J, GUIDE) states
    // M_{s,s_D} = −4(s_D+1)M_{s−1,s_D} + 4s_D M_{s−1,s_D−1}, M_{0,0} = −1, M_{0,1} = ½, for the coefficients
    // of E[L^{⋆(s+1)}] = (−1)^s Y_s (docs/conventions.md, "Sign of the series"); the engine's Y_s carry
    // (−1)^s, so the guessed recurrence has the signs of the shifted terms reversed.
    const lim = limitSeries(lossSeries(makeModel({ nu: 2, scenario: 'sym' }), 12), parseScaling('H = y*p, sigma2 = z/p'));
    const M: Array2D = lim.terms.map((t) => new Map(t.coeff.terms().filter((u) => u.y === 1).map((u) => [u.z - 1, u.coeff] as [number, Rational])));
    expect([M[0]!.get(0)!.toString(), M[0]!.get(1)!.toString()]).toEqual(['-1', '1/2']);
    const rec = guessRecurrence2D(M)!;
    expect(recurrence2DText(rec, 'M')).toBe('M_{s+1,n+1} - (4*n + 8)*M_{s,n+1} + (4*n + 4)*M_{s,n} = 0');
    // the paper's form on (−1)^s M
    const paper: Array2D = M.map((row, s) => new Map([...row].map(([n, v]) => [n, s % 2 ? v.neg() : v] as [number, Rational])));
    for (let s = 1; s < paper.length; s++)
      for (let d = 0; d <= s + 1; d++) {
        const want = (paper[s - 1]!.get(d) ?? Rational.ZERO).mul(-4 * (d + 1)).add((paper[s - 1]!.get(d - 1) ?? Rational.ZERO).mul(4 * d));
        expect((paper[s]!.get(d) ?? Rational.ZERO).toString(), `M_{${s},${d}}`).toBe(want.toString());
      }
  });
  it('nDegree 0 (coefficients in s alone): the recurrence in s rather than the relation within each row', () => {
    // h = y(1 + 3y)(1 − (1 + 3y)x)^{−4/3} (the shape of App. G): C_{s,n} = (4/3)_s/s! · C(s+1, n−1) 3^{n−1}, so
    // within a row n C_{s,n+1} = 3(s − n + 2) C_{s,n}, and across rows (s + 1)C_{s+1,n+1} = (s + 4/3)(C_{s,n+1} + 3C_{s,n})
    const poch = (s: number) => Array.from({ length: s }, (_, k) => Rational.of(3 * k + 4, 3 * (k + 1))).reduce((a, b) => a.mul(b), Rational.ONE);
    const C = (S: number) => rows(S, (s) => Array.from({ length: s + 2 }, (_, k) => [k + 1, poch(s).mul(Rational.of(binom(s + 1, k) * 3n ** BigInt(k)))]));
    expect(recurrence2DText(guessRecurrence2D(C(5))!)).toBe('n*C_{s,n+1} - (3*s - 3*n + 6)*C_{s,n} = 0');
    const rec = guessRecurrence2D(C(5), { nDegree: 0 })!;
    expect(recurrence2DText(rec)).toBe('(3*s + 3)*C_{s+1,n+1} - (3*s + 4)*C_{s,n+1} - (9*s + 12)*C_{s,n} = 0');
    holdsEverywhere(rec, C(10), 1);
  });
  it('random data: none; a perturbed last row: none', () => {
    let seed = 99;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed);
    expect(guessRecurrence2D(rows(7, (s) => Array.from({ length: s + 1 }, (_, n) => [n, Rational.of(rnd() % 1000, 1 + (rnd() % 13))])))).toBeNull();
    const C = narayana(9).map((row) => new Map(row));
    C[9]!.set(3, C[9]!.get(3)!.add(1));
    expect(guessRecurrence2D(C)).toBeNull();
  });
});
