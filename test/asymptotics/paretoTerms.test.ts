/**
 * Theorem 4.1 (paper eq. pareto_terms), identity target: the Pareto-optimal monomials of Y_s.
 * Brute force against the code: the Pareto front of the exact Y_s (the engine's full series, small
 * ν and s) is computed here by comparing every pair of monomials of the same power of σ², and must
 * be the set `theoremParetoExponents` lists. The front and the dominance test are written here
 * independently of asymptotics/paretoFront.ts; the theorem's formula is not restated, so an error
 * in the code's formula shows up as a difference from the series. The check values of
 * docs/conventions.md (Y_0, Y_1 of SYM ν = 2) anchor it by hand.
 */
import { describe, expect, it } from 'vitest';
import { conjecturedOddSymTerms, theoremParetoExponents } from '../../src/asymptotics/index.js';
import { lossSeries } from '../../src/expansion/index.js';
import { makeModel, type Scenario } from '../../src/model/index.js';
import { Poly } from '../../src/rational/index.js';

/** A monomial p^q H^n (σ²)^l as the string "q,n,l". */
type Key = string;
const key = (q: number, n: number, l: number): Key => `${q},${n},${l}`;

/** What `theoremParetoExponents` predicts for Y_s, as keys. */
const predictedParetoTerms = (nu: number, scenario: Scenario, s: number): Set<Key> =>
  new Set(theoremParetoExponents(nu, scenario, s).map((e) => key(e.p, e.H, e.sigma2)));

/** (q', n') dominates (q, n): q' ≥ q, n' ≥ n, one strictly. */
const dominates = (a: [number, number], b: [number, number]): boolean =>
  a[0] >= b[0] && a[1] >= b[1] && (a[0] > b[0] || a[1] > b[1]);

/** Pareto-optimal monomials of a polynomial, per power of σ² (the constant σ⁰ term excluded). */
function paretoFront(y: Poly): Set<Key> {
  const byL = new Map<number, [number, number][]>();
  for (const t of y.terms()) {
    if (t.sigma2 === 0) continue; // ½‖F‖² in Y_0: no diagram, outside the theorem
    let list = byL.get(t.sigma2);
    if (!list) byL.set(t.sigma2, (list = []));
    list.push([t.p, t.H]);
  }
  const out = new Set<Key>();
  for (const [l, list] of byL) {
    for (const a of list) if (!list.some((b) => dominates(b, a))) out.add(key(a[0], a[1], l));
  }
  return out;
}

const sorted = (x: Iterable<Key>): Key[] => [...x].sort();

const cases: { nu: number; scenario: Scenario; maxOrder: number }[] = [
  { nu: 2, scenario: 'sym', maxOrder: 4 },
  { nu: 4, scenario: 'sym', maxOrder: 3 },
  { nu: 2, scenario: 'asym', maxOrder: 4 },
  { nu: 3, scenario: 'asym', maxOrder: 4 },
];

describe.each(cases)('Theorem 4.1 (pareto_terms): $scenario ν=$nu, identity target', ({ nu, scenario, maxOrder }) => {
  const model = makeModel({ nu, scenario, target: 'identity' });
  let series: Poly[] | undefined;
  const Y = (s: number): Poly => (series ??= lossSeries(model, maxOrder))[s]!;
  const orders = Array.from({ length: maxOrder + 1 }, (_, s) => s);

  it.each(orders)('s=%i: every predicted monomial occurs and is not dominated', (s) => {
    const y = Y(s);
    const terms = y.terms();
    for (const k of predictedParetoTerms(nu, scenario, s)) {
      const [q, n, l] = k.split(',').map(Number) as [number, number, number];
      expect(y.coeff(q, n, l).isZero(), `p^${q} H^${n} sigma2^${l} missing from Y_${s}`).toBe(false);
      const dom = terms.find((t) => t.sigma2 === l && dominates([t.p, t.H], [q, n]));
      expect(dom, `p^${q} H^${n} sigma2^${l} dominated in Y_${s}`).toBeUndefined();
    }
  });

  it.each(orders)('s=%i: the Pareto front of Y_s is exactly the predicted set', (s) => {
    expect(sorted(paretoFront(Y(s)))).toEqual(sorted(predictedParetoTerms(nu, scenario, s)));
  });
});

describe('theoremParetoExponents against the hand-checked values', () => {
  it('SYM ν=2, s=1 gives p H σ², {p²H, pH²} σ⁴, {p³H, p²H², pH³} σ⁶ (check value Y_1)', () => {
    // the Pareto front read off Y_1 = −4pHσ² + 8(pH + pH² + p²H)σ⁴ − (…)σ⁶ (docs/conventions.md §"Check values")
    expect(sorted(predictedParetoTerms(2, 'sym', 1))).toEqual(
      sorted([key(1, 1, 1), key(2, 1, 2), key(1, 2, 2), key(3, 1, 3), key(2, 2, 3), key(1, 3, 3)]),
    );
  });
  it('agrees with the Pareto front of the check-value polynomials Y_0, Y_1 (SYM ν=2)', () => {
    const Y0 = Poly.fromTerms([
      { coeff: '1/2', p: 1, H: 0, sigma2: 0 },
      { coeff: -1, p: 1, H: 1, sigma2: 1 },
      ...[[2, 1], [1, 2], [1, 1]].map(([q, n]) => ({ coeff: '1/2', p: q!, H: n!, sigma2: 2 })),
    ]);
    const Y1 = Poly.fromTerms([
      { coeff: -4, p: 1, H: 1, sigma2: 1 },
      ...[[1, 1], [1, 2], [2, 1]].map(([q, n]) => ({ coeff: 8, p: q!, H: n!, sigma2: 2 })),
      ...[[1, 1, 16], [1, 2, 12], [1, 3, 4], [2, 1, 12], [2, 2, 12], [3, 1, 4]].map(([q, n, c]) => ({
        coeff: -c!,
        p: q!,
        H: n!,
        sigma2: 3,
      })),
    ]);
    expect(sorted(paretoFront(Y0))).toEqual(sorted(predictedParetoTerms(2, 'sym', 0)));
    expect(sorted(paretoFront(Y1))).toEqual(sorted(predictedParetoTerms(2, 'sym', 1)));
  });
  it('ASYM ν=2, s=0 gives only p²H σ⁴ (E[D_4] = p²Hσ⁴; E[R] = 0)', () => {
    expect(sorted(predictedParetoTerms(2, 'asym', 0))).toEqual([key(2, 1, 2)]);
  });
});

describe('the odd-ν SYM description lists Pareto-optimal points only, and all of them', () => {
  it.each([3, 5, 7])('ν = %i, s ≤ 30: the front of its own points is all of them; for ν ≥ 5 every column keeps n = 1', (nu) => {
    for (let s = 0; s <= 30; s++) {
      const points = conjecturedOddSymTerms(nu, s);
      const poly = Poly.fromTerms(points.map((e) => ({ coeff: 1, p: e.p, H: e.H, sigma2: e.sigma2 })));
      expect(sorted(paretoFront(poly))).toEqual(sorted(points.map((e) => key(e.p, e.H, e.sigma2))));
      // for ν ≥ 5 the point n = 1 of each column is never dominated (q falls with n)
      if (nu >= 5) for (const l of new Set(points.map((e) => e.sigma2))) expect(points.some((e) => e.sigma2 === l && e.H === 1)).toBe(true);
    }
  });

  it('ν = 3 keeps only n ≥ b + 1 in a raised column; ν = 5 keeps n = 1 … b + 1 with q falling by h − 1 = 1', () => {
    // s = 9, s_D = 2: s_R = 8, b = 1
    const col = (nu: number) => conjecturedOddSymTerms(nu, 9).filter((e) => e.sigma2 === (nu * 3 + (nu - 2) * 9) / 2);
    expect(col(3).map((e) => [e.H, e.p])).toEqual([
      [2, 5],
      [3, 4],
    ]);
    expect(col(5).map((e) => [e.H, e.p])).toEqual([
      [1, 9],
      [2, 8],
      [3, 6],
    ]);
  });
});
