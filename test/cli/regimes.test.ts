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
  it('SYM odd ν with too few orders is refused with exit code 2', () => {
    const r = gfd(['regimes', '--nu', '3', '--scenario', 'sym', '--order', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
