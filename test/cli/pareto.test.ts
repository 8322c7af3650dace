import { describe, expect, it } from 'vitest';
import { gfd } from './run.js';

describe('gfd pareto', () => {
  it('JSON lists exactly the Pareto-optimal monomials of Y_S (SYM ν=2, GUIDE Y_1)', () => {
    const r = gfd(['pareto', '--nu', '2', '--scenario', 'sym', '--order', '1', '--quiet']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    // GUIDE Y_1 = −4pHσ² + 8(pH + pH² + p²H)σ⁴ − (16pH + 12pH² + 4pH³ + 12p²H + 12p²H² + 4p³H)σ⁶
    const got = doc.terms.map((t: { coeff: string; p: number; H: number; sigma2: number }) => `${t.coeff} ${t.p},${t.H},${t.sigma2}`).sort();
    expect(got).toEqual(['-4 1,1,1', '-4 1,3,3', '-12 2,2,3', '-4 3,1,3', '8 1,2,2', '8 2,1,2'].sort());
    expect(doc.fronts[1].check.status).toBe('agree');
    expect(doc.fronts[1].vertices.map((v: { label: string }) => v.label).sort()).toEqual(['A', 'B', 'E']);
  });
  it('SVG (Vega-Lite) draws every polygon, s = 0 included, with its labels under a title naming the model', () => {
    const r = gfd(['pareto', '--nu', '2', '--scenario', 'asym', '--order', '4', '--format', 'svg', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<svg /);
    expect(r.stdout).toContain('>Pareto polygons of Y_s, ASYM ν = 2, target identity, s = 0…4</text>');
    for (let s = 0; s <= 4; s++) expect(r.stdout).toContain(`>s = ${s}</text>`);
    expect(r.stdout.match(/aria-roledescription="line mark"/g)?.length).toBeGreaterThanOrEqual(4); // the filled polygons, s ≥ 1
    for (const l of ['A', 'B', 'C', 'D', 'E']) expect(r.stdout).toContain(`>${l}</text>`);
  });
  it('an order beyond the bound is refused with exit code 2', () => {
    const r = gfd(['pareto', '--nu', '2', '--scenario', 'sym', '--order', '99']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('--engine leading (the default) and --engine full print the same', () => {
    const args = ['pareto', '--nu', '3', '--scenario', 'asym', '--order', '3', '--quiet'];
    const lead = gfd(args);
    const full = gfd([...args, '--engine', 'full']);
    expect(lead.code).toBe(0);
    expect(lead.stdout).toBe(full.stdout);
  });
  it('--engine contracted prints the fronts\' monomials on the Newton polyhedron, checked against the prediction\'s own', () => {
    const args = ['pareto', '--nu', '3', '--scenario', 'sym', '--order', '4', '--quiet'];
    const full = JSON.parse(gfd([...args, '--engine', 'full']).stdout);
    const r = gfd([...args, '--engine', 'contracted']);
    expect(r.code).toBe(0);
    const conv = JSON.parse(r.stdout);
    type T = { coeff: string; p: number; H: number; sigma2: number };
    const key = (t: T) => `${t.coeff} ${t.p},${t.H},${t.sigma2}`;
    for (let s = 0; s <= 4; s++) {
      const f = full.fronts[s];
      const c = conv.fronts[s];
      expect(c.scope).toBe('convex');
      expect(f.scope).toBeUndefined();
      // a subset of the Pareto front: every monomial with the coefficient of the full engine
      const all = new Set(f.terms.map(key));
      for (const t of c.terms) expect(all.has(key(t))).toBe(true);
      expect(c.check.status).toBe('agree');
    }
    // s = 4: the free column above A holds 4 Pareto points, of which only A and B are convex
    const col = (d: { terms: T[] }) => d.terms.filter((t) => t.sigma2 === 11).length;
    expect(col(full.fronts[4])).toBe(5);
    expect(col(conv.fronts[4])).toBe(2);
  });
  it('--engine contracted is refused for a target whose loss terms have a bridge', () => {
    const r = gfd(['pareto', '--nu', '3', '--scenario', 'asym', '--target', '{1,2}{3}', '--order', '2', '--engine', 'contracted']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it.each([
    [['--engine', 'fast']],
    [['--engine', 'full', '--order', '13']],
    [['--order', '41']],
  ])('bad engine or order %j exits 2 with one line', (extra) => {
    const args = ['pareto', '--nu', '3', '--scenario', 'asym', '--order', '3', '--quiet'].filter((a, i, all) => a !== '--order' && all[i - 1] !== '--order');
    const r = gfd([...args, '--order', '3', ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
