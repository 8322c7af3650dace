/**
 * Regimes against Tables 1–2 of the paper: the rows are typed in here from the tables (as
 * functions of ν) and compared with what the computation derives from the polygons.
 */
import { describe, expect, it } from 'vitest';
import { leadingFaces } from '../../src/asymptotics/newtonPolyhedron.js';
import { limitRegimes } from '../../src/asymptotics/limitRegimes.js';
import { conjecturedOddSymTerms, frontPoints, paretoFront, regimesFromFronts, theoremParetoExponents, theoremRegimes, type Regime } from '../../src/asymptotics/index.js';
import { lossSeries } from '../../src/expansion/index.js';
import { makeModel, type Scenario } from '../../src/model/index.js';

type M = [number, number, number]; // exponents of p, H, σ
type Rel = 'asymp' | 'to_infinity' | 'to_zero';
interface Row {
  face: string;
  conditions: [M, Rel][];
  T: M;
  parameterization: Regime['parameterization'];
  learning: Regime['learning'];
  interpretation: string | null;
}

/** Table 2, ASYM (= Table 1). */
const asymTable = (v: number): Row[] => [
  { face: 'A-B', conditions: [[[-(v - 1), 1, 0], 'asymp'], [[v - 1, 0, v], 'to_infinity']], T: [0, 1, 2 * v - 2], parameterization: 'balanced', learning: 'none', interpretation: 'free evolution' },
  { face: 'B-C', conditions: [[[v - 1, 1, 2 * v], 'asymp'], [[0, 1, v], 'to_infinity']], T: [0, 1, 2 * v - 2], parameterization: 'over', learning: 'lazy', interpretation: 'NTK' },
  { face: 'C', conditions: [[[v - 1, 1, 2 * v], 'to_zero'], [[0, 1, v], 'to_infinity']], T: [0, 1, 2 * v - 2], parameterization: 'over', learning: 'lazy', interpretation: 'NTK, f(0) ≡ 0' },
  { face: 'C-D', conditions: [[[0, 1, v], 'asymp'], [[-(v - 1), 1, 0], 'to_infinity']], T: [0, 0, v - 2], parameterization: 'over', learning: 'rich', interpretation: 'mean-field' },
  { face: 'D-E', conditions: [[[-(v - 1), 1, 0], 'asymp'], [[0, 1, v], 'to_zero']], T: [0, 0, v - 2], parameterization: 'balanced', learning: 'rich', interpretation: null },
  { face: 'E-A', conditions: [[[v - 1, 0, v], 'asymp'], [[-(v - 1), 1, 0], 'to_zero']], T: [0, 0, v - 2], parameterization: 'under', learning: 'rich', interpretation: null },
];

/** Table 2, SYM with even ν. */
const symTable = (v: number): Row[] => [
  { face: 'A-B', conditions: [[[-v, 2, 0], 'asymp'], [[v - 1, 0, v], 'to_infinity']], T: [v - 1, 0, 2 * v - 2], parameterization: 'balanced', learning: 'none', interpretation: 'free evolution' },
  { face: 'B-E', conditions: [[[v - 2, 2, 2 * v], 'asymp'], [[-v, 2, 0], 'to_infinity']], T: [0, 0, v - 2], parameterization: 'over', learning: 'rich', interpretation: 'mean-field' },
  { face: 'E', conditions: [[[v - 2, 2, 2 * v], 'to_zero'], [[v - 1, 0, v], 'to_zero']], T: [0, 0, v - 2], parameterization: 'agnostic', learning: 'rich', interpretation: null },
  { face: 'E-A', conditions: [[[v - 1, 0, v], 'asymp'], [[-v, 2, 0], 'to_zero']], T: [0, 0, v - 2], parameterization: 'under', learning: 'rich', interpretation: null },
];

const dot = (a: M, b: M) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: M, b: M): M => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const holds = (conds: [M, Rel][], a: M) => conds.every(([m, r]) => (r === 'asymp' ? dot(m, a) === 0 : r === 'to_infinity' ? dot(m, a) > 0 : dot(m, a) < 0));
const toM = (m: { p: number; H: number; sigma: number }): M => [m.p, m.H, m.sigma];
const rank = (vs: M[]): number => {
  const nz = vs.filter((v) => v.some((x) => x !== 0));
  if (nz.length === 0) return 0;
  let r = 1;
  for (const a of nz) for (const b of nz) {
    const c = cross(a, b);
    if (c.some((x) => x !== 0)) {
      r = 2;
      if (nz.some((w) => dot(w, c) !== 0)) return 3;
    }
  }
  return r;
};

/** Directions α = (α_p, α_H, α_σ) with α_p, α_H > 0 satisfying the equalities of a row. */
function samples(eqs: M[]): M[] {
  const basis: M[] =
    eqs.length === 0
      ? [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
      : eqs.length === 2
        ? [cross(eqs[0]!, eqs[1]!)]
        : ([[1, 0, 0], [0, 1, 0], [0, 0, 1]] as M[]).map((e) => cross(eqs[0]!, e)).filter((v) => v.some((x) => x !== 0));
  const out: M[] = [];
  const R = Array.from({ length: 25 }, (_, i) => i - 12);
  for (const a of R) for (const b of basis.length > 1 ? R : [0]) for (const c of basis.length > 2 ? R : [0]) {
    const v: M = [0, 1, 2].map((k) => a * basis[0]![k]! + b * (basis[1]?.[k] ?? 0) + c * (basis[2]?.[k] ?? 0)) as M;
    if (v[0] > 0 && v[1] > 0) out.push(v);
  }
  return out;
}

const cases: { nu: number; scenario: Scenario; table: (v: number) => Row[] }[] = [
  { nu: 2, scenario: 'asym', table: asymTable },
  { nu: 3, scenario: 'asym', table: asymTable },
  { nu: 4, scenario: 'asym', table: asymTable },
  { nu: 2, scenario: 'sym', table: symTable },
  { nu: 4, scenario: 'sym', table: symTable },
  { nu: 6, scenario: 'sym', table: symTable },
];

describe.each(cases)('Tables 1–2: $scenario ν=$nu', ({ nu, scenario, table }) => {
  const { regimes } = theoremRegimes(nu, scenario, (v, s) => theoremParetoExponents(v, scenario, s));
  const byFace = new Map(regimes.map((r) => [r.face, r]));

  it.each(table(nu))('$face', (row) => {
    const got = byFace.get(row.face);
    expect(got, `face ${row.face} in ${[...byFace.keys()].join(' ')}`).toBeDefined();
    expect([got!.parameterization, got!.learning, got!.interpretation]).toEqual([row.parameterization, row.learning, row.interpretation]);
    const mine = got!.conditions.map((c) => [toM(c.monomial), c.relation] as [M, Rel]);
    // the same scaling conditions: equalities spanning the same space, the same directions satisfying them
    const eqT = row.conditions.filter(([, r]) => r === 'asymp').map(([m]) => m);
    const eqM = mine.filter(([, r]) => r === 'asymp').map(([m]) => m);
    expect(rank([...eqT, ...eqM])).toBe(eqT.length);
    expect(eqM.length).toBe(eqT.length);
    const pts = samples(eqT);
    expect(pts.some((a) => holds(row.conditions, a))).toBe(true);
    for (const a of pts) expect(holds(mine, a), `alpha=${a}`).toBe(holds(row.conditions, a));
    // natural T equal up to the equalities of the face
    const dT = [0, 1, 2].map((k) => (got!.naturalT as Record<string, number>)[['p', 'H', 'sigma'][k]!]! - row.T[k]!) as M;
    expect(rank([...eqT, dT])).toBe(rank(eqT));
    {
      // literally the table's entries
      const key = (c: [M, Rel][]) => c.map(([m, r]) => `${m.join(',')}:${r}`).sort();
      expect(key(mine)).toEqual(key(row.conditions));
      expect(toM(got!.naturalT as { p: number; H: number; sigma: number })).toEqual(row.T);
    }
  });
});

describe('SYM odd ν (conjectured fronts, docs/asymptotics.md §"SYM with odd ν")', () => {
  it('ν = 3: the polyhedron of the fronts grows by exactly 40·P_∞ from s = 41 to 81, P_∞ = conv{E, M, A, B} (derived by hand)', () => {
    // per order in (q, n, t): A = p^{2s+3}Hσ^{4s+6} → (2, 0, 4), B = p^{s+2}H^{s+1}σ^{4s+6} → (1, 1, 4),
    // E = pHσ^{s+3} (odd s) → (0, 0, 1), and M = (2/5, 1/5, 8/5), where the lower edge
    // n = ⌊(s_R − 2)/4⌋ + 1 of the columns meets the diagonal n = s_D + 1 (s_D ≈ s/5)
    const limit = [[0, 0, 1], [2 / 5, 1 / 5, 8 / 5], [2, 0, 4], [1, 1, 4]];
    const vertices = (s: number) => {
      // within a column (one σ power) only the ends of its straight pieces can be vertices
      const all = conjecturedOddSymTerms(3, s).map((e): [number, number, number] => [e.p, e.H, 2 * e.sigma2]);
      const pts = all.filter(([q, n, t]) => {
        const prev = all.find((x) => x[2] === t && x[1] === n - 1);
        const next = all.find((x) => x[2] === t && x[1] === n + 1);
        return !prev || !next || prev[0] + next[0] !== 2 * q;
      });
      return leadingFaces(pts)
        .filter((f) => f.dim === 0)
        .map((f) => pts[f.points[0]!]!);
    };
    const [v41, v81] = [vertices(41), vertices(81)];
    const dot = (a: readonly number[], x: readonly number[]) => a[0]! * x[0]! + a[1]! * x[1]! + a[2]! * x[2]!;
    const h = (vs: readonly (readonly number[])[], a: readonly number[]) => Math.max(...vs.map((v) => dot(a, v)));
    // the support functions: h_81 − h_41 = 40 h_∞ on every weight with positive p and H parts tried
    // (without M, or with M elsewhere, 18 of these 275 weights differ)
    for (let a = 1; a <= 5; a++) {
      for (let b = 1; b <= 5; b++) {
        for (let c = -5; c <= 5; c++) {
          const alpha = [a, b, c];
          expect(h(v81, alpha) - h(v41, alpha), `α = ${alpha}`).toBeCloseTo(40 * h(limit, alpha), 9);
        }
      }
    }
  });
});

describe('limitRegimes (first-order faces from a description of all fronts)', () => {
  it('SYM ν = 3: the vertices are the families E, M, A, B with the hand-derived growth; s_R grows on E and M only', () => {
    const r = limitRegimes(3, (s) => conjecturedOddSymTerms(3, s), 21, 41, [-1, 1, 0]);
    const got = new Map(r.vertices.map((v) => [v.label, { growth: v.growth.map(String), sR: v.sR.toString() }]));
    expect(got).toEqual(
      new Map([
        ['D=E', { growth: ['0', '0', '1'], sR: '1' }],
        ['M', { growth: ['2/5', '1/5', '8/5'], sR: '4/5' }],
        ['A', { growth: ['2', '0', '4'], sR: '0' }],
        ['B', { growth: ['1', '1', '4'], sR: '0' }],
      ]),
    );
  });
  it('a description whose vertex families are not affine in s is refused', () => {
    // q = s² on one point: its growth per order changes with s
    const bent = (s: number) => [...conjecturedOddSymTerms(3, s), { p: s * s, H: 1, sigma2: 2 * s + 3 }];
    expect(() => limitRegimes(3, bent, 21, 41, [-1, 1, 0])).toThrow(/not affine/);
  });
});

describe('free evolution (zero target, computed fronts): App. F time scales', () => {
  it('ASYM ν=3: A under-parameterised with T ∝ p^{ν−1}σ^{2ν−2}, B over-parameterised with T ∝ Hσ^{2ν−2}', () => {
    const nu = 3;
    const ys = lossSeries(makeModel({ nu, scenario: 'asym', target: 'zero' }), 4);
    const fronts = ys.map((y, s) => ({ s, points: frontPoints(nu, s, paretoFront(y, nu, s)) }));
    const byFace = new Map(regimesFromFronts(nu, 'asym', fronts).regimes.map((r) => [r.face, r]));
    expect(byFace.get('A')).toMatchObject({ naturalT: { p: 2, H: 0, sigma: 4 }, parameterization: 'under', learning: 'none', interpretation: 'free evolution' });
    expect(byFace.get('B')).toMatchObject({ naturalT: { p: 0, H: 1, sigma: 4 }, parameterization: 'over', learning: 'none' });
    expect(byFace.get('A-B')?.conditions).toEqual([{ monomial: { p: -2, H: 1, sigma: 0 }, relation: 'asymp' }]);
  });
});
