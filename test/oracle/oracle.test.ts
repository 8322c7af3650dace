/**
 * Self-checks of the brute-force oracle against the independently verified values of
 * docs/conventions.md §"Check values", before it is used to test the engine.
 */
import { describe, expect, it } from 'vitest';
import { Poly, Rational } from '../../src/rational/index.js';
import { oracleLossSeries } from './index.js';

/** σ²-polynomial Σ_l c_l (σ²)^l from [l, c] pairs. */
function sigmaPoly(terms: [number, RationalLike][]): Poly {
  return Poly.fromTerms(terms.map(([l, c]) => ({ coeff: c, p: 0, H: 0, sigma2: l })));
}
type RationalLike = Rational | number | string | bigint;

const points: [number, number][] = [
  [1, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3],
  [3, 2],
  [2, 3],
];

describe('oracle: SYM ν=2, identity target (check values)', () => {
  it.each(points)('Y_0 and Y_1 at p=%i, H=%i', (p, H) => {
    const [y0, y1] = oracleLossSeries({ nu: 2, scenario: 'sym', target: 'identity', p, H }, 1);
    // Y_0 = p/2 − pHσ² + ½(p²H + pH² + pH)σ⁴
    const Y0 = sigmaPoly([
      [0, Rational.of(p, 2)],
      [1, -p * H],
      [2, Rational.of(p * p * H + p * H * H + p * H, 2)],
    ]);
    // Y_1 = −4pHσ² + 8(pH + pH² + p²H)σ⁴ − (16pH + 12pH² + 4pH³ + 12p²H + 12p²H² + 4p³H)σ⁶
    const Y1 = sigmaPoly([
      [1, -4 * p * H],
      [2, 8 * (p * H + p * H * H + p * p * H)],
      [3, -(16 * p * H + 12 * p * H * H + 4 * p * H ** 3 + 12 * p * p * H + 12 * p * p * H * H + 4 * p ** 3 * H)],
    ]);
    expect(y0!.toString()).toBe(Y0.toString());
    expect(y1!.toString()).toBe(Y1.toString());
  });

  it('Y_2 at p = H = 1 is 5040σ⁸ − 1680σ⁶ + 240σ⁴ − 16σ²', () => {
    const y = oracleLossSeries({ nu: 2, scenario: 'sym', target: 'identity', p: 1, H: 1 }, 2);
    expect(y[2]!.toString()).toBe(sigmaPoly([[4, 5040], [3, -1680], [2, 240], [1, -16]]).toString());
  });
});

describe('oracle: E[D_{2ν}] = 2·Y_0 for the zero target', () => {
  const cases: { nu: number; scenario: 'sym' | 'asym'; ED: (p: number, H: number) => number }[] = [
    { nu: 2, scenario: 'sym', ED: (p, H) => p * p * H + p * H * H + p * H },
    // SYM ν=3: D_6 = Σ_{k,k'} (Σ_i u_{ki}u_{k'i})³; the k ≠ k' terms are odd in u_k, and
    // E[(Σ_i u_i²)³] = p(p+2)(p+4)σ⁶ (third moment of a χ²_p variable)
    { nu: 3, scenario: 'sym', ED: (p, H) => p * (p + 2) * (p + 4) * H },
    { nu: 2, scenario: 'asym', ED: (p, H) => p ** 2 * H },
    { nu: 3, scenario: 'asym', ED: (p, H) => p ** 3 * H },
    { nu: 4, scenario: 'asym', ED: (p, H) => p ** 4 * H },
  ];
  for (const { nu, scenario, ED } of cases) {
    it.each(points.slice(0, 6))(`${scenario} ν=${nu} at p=%i, H=%i`, (p, H) => {
      const [y0] = oracleLossSeries({ nu, scenario, target: 'zero', p, H }, 0);
      expect(y0!.scale(2).toString()).toBe(sigmaPoly([[nu, ED(p, H)]]).toString());
    });
  }
});

describe('oracle: the target tensor', () => {
  it('Y_0 constant term is ½‖F‖², ‖F‖² = p³ for F = 2δ_{i1=i2} − 1 (ν = 3)', () => {
    // ‖F‖² = Σ_{i1,i2,i3} (2δ_{i1=i2} − 1)² = p·p·1 + (p² − p)·p·1 = p³
    for (const p of [1, 2, 3]) {
      const [y0] = oracleLossSeries({ nu: 3, scenario: 'asym', target: '2*{1,2}{3} - {1}{2}{3}', p, H: 1 }, 0);
      expect(y0!.coeff(0, 0, 0).toString()).toBe(Rational.of(p ** 3, 2).toString());
    }
  });
  it('Y_0 = p/2 − pH(ν−1)!!σ^ν + ½E[D_{2ν}] for the identity, SYM ν = 4 at p = 1', () => {
    // at p = 1: L = ½(Σ_k u_k⁴ − 1)², so E[D_8] = Σ_{k,k'} E[u_k⁴u_{k'}⁴] and E[R] = Σ_k E[u_k⁴]
    for (const H of [1, 2, 3]) {
      const [y0] = oracleLossSeries({ nu: 4, scenario: 'sym', target: 'identity', p: 1, H }, 0);
      const ED = H * 105 + H * (H - 1) * 9; // E[u⁸] = 105σ⁸, E[u⁴]² = 9σ⁸
      expect(y0!.toString()).toBe(sigmaPoly([[0, Rational.of(1, 2)], [2, -3 * H], [4, Rational.of(ED, 2)]]).toString());
    }
  });
});

describe('oracle: internal consistency', () => {
  it('the even-part shortcut of the last step agrees with the full product', () => {
    // oracleLossSeries(…, s)[s] uses the shortcut for its last step, oracleLossSeries(…, s + 1)[s] does not
    const problems = [
      { nu: 2, scenario: 'sym' as const, target: 'identity', p: 2, H: 2 },
      { nu: 3, scenario: 'asym' as const, target: '2*{1,2}{3} - {1}{2}{3}', p: 2, H: 1 },
      { nu: 3, scenario: 'sym' as const, target: 'identity', p: 2, H: 2 },
    ];
    for (const pr of problems) {
      const long = oracleLossSeries(pr, 3);
      for (const s of [1, 2]) expect(oracleLossSeries(pr, s)[s]!.toString()).toBe(long[s]!.toString());
    }
  });
  it('Y_1 = −E[‖∇L‖²] ≤ 0 for every σ² (checked at σ² = 1/3, 1, 2)', () => {
    const y = oracleLossSeries({ nu: 3, scenario: 'sym', target: 'identity', p: 2, H: 2 }, 1);
    for (const s2 of ['1/3', 1, 2]) expect(y[1]!.evaluate(0, 0, s2).sign()).toBeLessThan(0);
  });
});
