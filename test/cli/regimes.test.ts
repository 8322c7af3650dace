import { describe, expect, it } from 'vitest';
import { gfd } from './run.js';

describe('gfd regimes', () => {
  it('JSON: exactly the contract keys per face; ASYM ν=3 edge B-C is the NTK row of Table 1', () => {
    const r = gfd(['regimes', '--nu', '3', '--scenario', 'asym', '--order', '2', '--quiet']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    for (const f of doc.faces) {
      expect(Object.keys(f).sort()).toEqual(['conditions', 'face', 'interpretation', 'learning', 'naturalT', 'parameterization']);
    }
    const bc = doc.faces.find((f: { face: string }) => f.face === 'B-C');
    // Table 1: p^{ν−1}Hσ^{2ν} ≍ 1, Hσ^ν → ∞, T = Hσ^{2ν−2}
    expect(bc).toEqual({
      face: 'B-C',
      conditions: [
        { monomial: { p: 2, H: 1, sigma: 6 }, relation: 'asymp' },
        { monomial: { p: 0, H: 1, sigma: 3 }, relation: 'to_infinity' },
      ],
      naturalT: { p: 0, H: 1, sigma: 4 },
      parameterization: 'over',
      learning: 'lazy',
      interpretation: 'NTK',
    });
  });
  it('LaTeX is a tabular laid out like Table 2', () => {
    const r = gfd(['regimes', '--nu', '4', '--scenario', 'sym', '--order', '1', '--format', 'latex', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\\begin{tabular}{|c|c|c|c|c|c|}');
    expect(r.stdout).toContain('B -- E & $p^{2} H^{2} \\sigma^{8} \\asymp 1$, $H^{2} / p^{4} \\to \\infty$ & $\\sigma^{2}$ & Over- & Rich & Mean-field \\\\');
  });
  it('--face selects one row; an unknown face exits 2 with one line', () => {
    const ok = gfd(['regimes', '--nu', '2', '--scenario', 'asym', '--order', '1', '--face', 'C', '--quiet']);
    expect(JSON.parse(ok.stdout).faces.map((f: { face: string }) => f.face)).toEqual(['C']);
    const bad = gfd(['regimes', '--nu', '2', '--scenario', 'sym', '--order', '1', '--face', 'C']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('SYM odd ν (ν = 7: computed fronts only) with too few orders is refused with exit code 2', () => {
    const r = gfd(['regimes', '--nu', '7', '--scenario', 'sym', '--order', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('SYM ν = 3: the first-order faces of the limit polytope conv{E, M, A, B} (derived by hand in docs/asymptotics.md)', () => {
    const r = gfd(['regimes', '--nu', '3', '--scenario', 'sym', '--order', '2', '--quiet']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source).toMatch(/limit polytope/);
    type F = { face: string; conditions: { monomial: { p: number; H: number; sigma: number }; relation: string }[]; naturalT: Record<string, number | string>; interpretation: string | null };
    const byFace = new Map<string, F>(doc.faces.map((f: F) => [f.face, f]));
    // P_∞ = conv{E = (0,0,1), M = (2/5,1/5,8/5), A = (2,0,4), B = (1,1,4)} + cone(−e_p, −e_H): four
    // vertices, four bounded edges (E-M, M-A, M-B, A-B) and the triangle M-A-B
    expect([...byFace.keys()].sort()).toEqual(['A', 'A-B', 'B', 'D=E', 'D=E-M', 'M', 'M-A', 'M-A-B', 'M-B'].sort());
    const cond = (f: string) => byFace.get(f)!.conditions.map((c) => `${c.monomial.p},${c.monomial.H},${c.monomial.sigma}:${c.relation}`).sort();
    // E-M: M/E = p^{2/5}H^{1/5}σ^{3/5} ≍ 1; the others are implied by p, H → ∞
    expect(cond('D=E-M')).toEqual(['2,1,3:asymp']);
    // M-B: B/M = p^{3/5}H^{4/5}σ^{12/5} ≍ 1 and B/A = H/p → ∞: the over-parameterised rich edge
    expect(cond('M-B')).toEqual(['-1,1,0:to_infinity', '3,4,12:asymp'].sort());
    expect(byFace.get('M-B')!.interpretation).toBe('mean-field');
    // M leads alone: beyond E (p²Hσ³ → ∞), A (A/M = p^{8/5}H^{−1/5}σ^{12/5} → 0), B (B/M → 0); T is M's per-order monomial
    expect(cond('M')).toEqual(['2,1,3:to_infinity', '-8,1,-12:to_infinity', '3,4,12:to_zero'].sort());
    expect(byFace.get('M')!.naturalT).toEqual({ p: '2/5', H: '1/5', sigma: '8/5' });
  });
  it('SYM ν = 5: the faces of conv{E, M, A, B} with M = (3/5, 1/5, 4) per order (derived by hand in docs/asymptotics.md)', () => {
    const r = gfd(['regimes', '--nu', '5', '--scenario', 'sym', '--order', '2', '--quiet']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source).toMatch(/limit polytope/);
    type F = { face: string; conditions: { monomial: { p: number; H: number; sigma: number }; relation: string }[]; naturalT: Record<string, number | string> };
    const byFace = new Map<string, F>(doc.faces.map((f: F) => [f.face, f]));
    // per order in (q, n, t): E = (0, 0, 3), M = (3/5, 1/5, 4), A = (4, 0, 8), B = (2, 1, 8); the
    // bounded facets are M-A-B (normal (4, 8, −3)) and E-M-A (normal (5, 5, −4)); E-M-B has a zero
    // p part (not bounded), and E-A-B is cut off by M
    expect([...byFace.keys()].sort()).toEqual(['A', 'A-B', 'B', 'D=E', 'D=E-A', 'D=E-M', 'D=E-M-A', 'M', 'M-A', 'M-A-B', 'M-B'].sort());
    const cond = (f: string) => byFace.get(f)!.conditions.map((c) => `${c.monomial.p},${c.monomial.H},${c.monomial.sigma}:${c.relation}`).sort();
    // M leads alone: M/E = p³Hσ⁵ → ∞, M/A = p^{−17}Hσ^{−20} → ∞, B/M = p⁷H⁴σ²⁰ → 0
    expect(cond('M')).toEqual(['3,1,5:to_infinity', '-17,1,-20:to_infinity', '7,4,20:to_zero'].sort());
    expect(byFace.get('M')!.naturalT).toEqual({ p: '3/5', H: '1/5', sigma: 4 });
  });
});
