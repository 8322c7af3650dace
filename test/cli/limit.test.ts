import { describe, expect, it } from 'vitest';
import { gfd } from './run.js';

describe('gfd limit', () => {
  it('JSON follows the contract (SYM ν=2, H = yp, σ² = z/p; Y_0 = p/2 − pHσ² + ½(p²H + pH² + pH)σ⁴)', () => {
    const r = gfd(['limit', '--nu', '2', '--scenario', 'sym', '--order', '1', '--scaling', 'H = y*p^(1), sigma2 = z*p^(-1)', '--quiet']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.series.map((e: { s: number; exponent: string }) => [e.s, e.exponent])).toEqual([[0, '1'], [1, '1']]);
    const c0 = Object.fromEntries(doc.series[0].terms.map((t: { coeff: string; y: number; z: number }) => [`${t.y},${t.z}`, t.coeff]));
    expect(c0).toEqual({ '0,0': '1/2', '1,1': '-1', '1,2': '1/2', '2,2': '1/2' });
    expect(doc.affine).toBe(true);
    expect(doc.timeScale.rate).toBe('0');
  });
  it('--alpha reports the leading monomials and their face (ASYM ν=2 on edge B-C)', () => {
    // B-C: p^{ν−1}Hσ^{2ν} ≍ 1 and Hσ^ν → ∞, e.g. p ~ x, H ~ x^3, σ ~ x^{-1}
    const r = gfd(['limit', '--nu', '2', '--scenario', 'asym', '--order', '4', '--alpha', 'p=1, H=3, sigma=-1', '--quiet']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect([doc.leading[3].face, doc.leading[4].face]).toEqual(['B-C', 'B-C']);
  });
  it.each([
    ['--scaling', 'H = y*p^(1)'],
    ['--scaling', 'H = w*p, sigma2 = z'],
    ['--alpha', 'p=1, H=2'],
  ])('bad %s %j exits 2 with one line', (opt, val) => {
    const r = gfd(['limit', '--nu', '2', '--scenario', 'sym', '--order', '1', opt, val]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('--engine leading (the default) and --engine full print the same', () => {
    const args = ['limit', '--nu', '3', '--scenario', 'asym', '--order', '3', '--scaling', 'H = y*p^(4), sigma2 = z*p^(-2)', '--alpha', 'p=1, H=2, sigma=-2/3', '--quiet'];
    const lead = gfd(args);
    const full = gfd([...args, '--engine', 'full']);
    expect(lead.code).toBe(0);
    expect(lead.stdout).toBe(full.stdout);
  });
  it.each([
    ['ASYM ν=3 NTK edge', ['--nu', '3', '--scenario', 'asym', '--scaling', 'H = y*p^(4), sigma2 = z*p^(-2)']],
    ['SYM ν=3 mean-field edge', ['--nu', '3', '--scenario', 'sym', '--scaling', 'H = y*p^(2), sigma2 = z*p^(-2)']],
    ['SYM ν=2 double limit, an observable', ['--nu', '2', '--scenario', 'sym', '--scaling', 'H = y*p, sigma2 = z/p', '--observable', 'R']],
    ['SYM ν=4 target {1,2}{3,4}, a direction, observable D', ['--nu', '4', '--scenario', 'sym', '--target', '{1,2}{3,4}', '--alpha', 'p=1, H=2, sigma=-3/4', '--observable', 'D']],
  ])('%s: --engine contracted, leading and full print the same bytes', (_name, model) => {
    const args = ['limit', ...model, '--order', '3', '--quiet'];
    const outs = ['contracted', 'leading', 'full'].map((e) => gfd([...args, '--engine', e]));
    for (const r of outs) expect(r.code).toBe(0);
    expect(outs[0]!.stdout).toBe(outs[2]!.stdout);
    expect(outs[1]!.stdout).toBe(outs[2]!.stdout);
    expect(gfd(args).stdout).toBe(outs[2]!.stdout); // auto
  });
  it('--engine contracted refuses the Pareto fronts a direction needs for the loss, in one line', () => {
    const r = gfd(['limit', '--nu', '3', '--scenario', 'asym', '--order', '2', '--alpha', 'p=1, H=2, sigma=-2/3', '--engine', 'contracted']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/contracted/);
  });
  it.each([
    [['--engine', 'fast']],
    [['--engine', 'full', '--order', '13']],
    [['--order', '41']],
  ])('bad engine or order %j exits 2 with one line', (extra) => {
    const args = ['limit', '--nu', '3', '--scenario', 'asym', '--order', '3', '--scaling', 'H = y*p^(4), sigma2 = z*p^(-2)', '--alpha', 'p=1, H=2, sigma=-2/3', '--quiet'].filter((a, i, all) => a !== '--order' && all[i - 1] !== '--order');
    const r = gfd([...args, '--order', '3', ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
