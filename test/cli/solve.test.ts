/**
 * `gfd solve`: the JSON contract of docs/json.md on the free under-parameterised SYM ν = 2
 * evolution (paper §6: E[L]/E[L(0)] = (1 + 4pσ²t/T)^{−2}), the stop report on the Narayana
 * regime, and bad input (exit 2, one `gfd:` line, nothing on stdout).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gfd } from './run.js';

const BASE = ['solve', '--nu', '2', '--scenario', 'sym', '--target', 'zero', '--order', '6', '--scaling', 'H = y, sigma2 = z', '--quiet'];

describe('gfd solve', () => {
  it('the leading-terms engine (default) and the full series give the same document', () => {
    const lead = gfd([...BASE, '--format', 'json']);
    const full = gfd([...BASE, '--format', 'json', '--engine', 'full']);
    expect([lead.code, full.code]).toEqual([0, 0]);
    expect(lead.stdout).toBe(full.stdout);
  });
  it('beyond the full engine’s reach: the ASYM ν = 2 NTK edge to s = 16, rate νη (exp(−4yzx))', () => {
    const r = gfd(['solve', '--nu', '2', '--scenario', 'asym', '--order', '16', '--scaling', 'H = y*p^(3), sigma2 = z*p^(-2)', '--quiet', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.solution.kind).toBe('exponential');
    expect(doc.symbolic.text).toBe('(1/2 + 1/2*y*z^2)*exp(-4*y*z*x)');
    // --engine full keeps its order bound
    const full = gfd(['solve', '--nu', '2', '--scenario', 'asym', '--order', '16', '--scaling', 'H = y*p^(3), sigma2 = z*p^(-2)', '--quiet', '--engine', 'full']);
    expect([full.code, full.stdout]).toEqual([2, '']);
    expect(full.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('JSON: limit → recurrence → Theorem 5.1 → (1 + 4x)^{−2}, lifted to ½yz²(1 + 4zx)^{−2}', () => {
    const r = gfd([...BASE, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.model).toEqual({ nu: 2, scenario: 'sym', target: 'zero' });
    expect([doc.order, doc.at, doc.timeScale.rate, doc.timeScale.normalisation]).toEqual([6, { y: '1', z: '1' }, '1', '2']);
    // a_s = ½ (−4)^s (s + 1)
    expect(doc.series).toEqual(['1/2', '-4', '24', '-128', '640', '-3072', '14336']);
    expect(doc.recurrence.text).toBe('(n + 1)*a_{n+1} + (4*n + 8)*a_n = 0');
    expect(doc.recurrence.coefficients).toEqual([['8', '4'], ['1', '1']]);
    expect(doc.recurrence.heldOutEquations).toBeGreaterThanOrEqual(2);
    expect([doc.operator.text, doc.operator.inhomogeneity, doc.operator.check]).toEqual(['theta + x*(4*theta + 8)', [], { through: 6, vanishes: true }]);
    expect(doc.solution).toMatchObject({ kind: 'power', text: '1/2*(1 + 4*x)^(-2)', check: { through: 6, agrees: true } });
    expect(doc.symbolic.text).toBe('1/2*y*z^2*(1 + 4*z*x)^(-2)');
    expect(doc.stop).toBeNull();
  });
  it('text and LaTeX name every step; --at moves the point', () => {
    const t = gfd([...BASE, '--at', 'y=2, z=1/2']);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('# at y = 2, z = 1/2');
    expect(t.stdout).toContain('4. solution: h(x) = 1/4*(1 + 2*x)^(-2)');
    const l = gfd([...BASE, '--format', 'latex']);
    expect(l.stdout).toContain('\\bigl[\\theta + x(4\\theta + 8)\\bigr] h = 0');
  });
  it('the README worked example (App. G, free under-parameterised ASYM ν = 3) prints what the README shows', () => {
    const r = gfd(['solve', '--nu', '3', '--scenario', 'asym', '--target', 'zero', '--order', '4', '--scaling', 'H = y, sigma2 = z', '--held-out', '1', '--quiet']);
    expect(r.code).toBe(0);
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const block = readme.slice(readme.indexOf('**Worked example: App. G'));
    const shown = block.slice(block.indexOf('```\n') + 4, block.indexOf('```', block.indexOf('```\n') + 4)).trim();
    // the README leaves out the two header lines
    expect(r.stdout.trim().split('\n').slice(2).join('\n')).toBe(shown);
    // App. G: (1 + 2(ν−1)p^{ν−1}σ^{2(ν−1)}t/T)^{−ν/(ν−1)} = (1 + 4z²x)^{−3/2}
    expect(shown).toContain('h(x) = 1/2*y*z^3*(1 + 4*z^2*x)^(-3/2)');
  });
  it('SYM ν=2 identity, H = y p, σ² = z/p: the chain stops at the recurrence and says so', () => {
    const r = gfd(['solve', '--nu', '2', '--scenario', 'sym', '--order', '8', '--scaling', 'H = y*p, sigma2 = z/p', '--at', 'y=1/2, z=1/3', '--format', 'json', '--quiet']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect([doc.recurrence, doc.operator, doc.solution, doc.stop.step]).toEqual([null, null, null, 'recurrence']);
  });
  it('--index y, App. G (free SYM ν = 4, H = y p², σ² = z at z = 1): the paper’s recurrence, eq. EGF-ode, and h = (1 + 24(1 + 3y)x)^{−4/3} g(y)', () => {
    const r = gfd(['solve', '--nu', '4', '--scenario', 'sym', '--target', 'zero', '--order', '4', '--scaling', 'H = y*p^2, sigma2 = z', '--index', 'y', '--quiet', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect([doc.index, doc.at, doc.order, doc.timeScale.rate, doc.timeScale.normalisation]).toEqual(['y', { z: '1' }, 4, '3', '6']);
    // App. G: c_s(y, 1) = ½(−½)^s Σ_n C_{n,s} y^n with s C_{n,s}/s! = 16(3s + 1)(3C_{n−1,s−1} + C_{n,s−1})/(s−1)!, so
    // D_{s,n} = [y^n]c_s/s! obeys s D_{s,n} = −8(3s + 1)(3D_{s−1,n−1} + D_{s−1,n}), i.e. with s → s + 1, n → n + 1:
    expect(doc.recurrence.text).toBe('(s + 1)*C_{s+1,n+1} + (24*s + 32)*C_{s,n+1} + (72*s + 96)*C_{s,n} = 0');
    expect(doc.array[0]).toEqual({ 1: '1/2', 2: '3/2' }); // ½(y + 3y²), f(0, y) of App. G
    // Theorem 5.1 by hand: θ_x h = −8x(1 + 3y)(3θ_x + 4)h, i.e. x(1 + 24(1 + 3y)x) h_x = −32x(1 + 3y) h
    // (eq. EGF-ode at ν = 4 times x, with x → −x/2)
    expect([doc.pde.vars, doc.pde.field, doc.pde.rate]).toEqual([['x', 'y'], ['x + 24*x^2 + 72*x^2*y', '0'], '-32*x - 96*x*y']);
    expect([doc.operator.check, doc.operator.inhomogeneity]).toEqual([{ through: 4, vanishes: true }, []]);
    expect(doc.integrals.integrals.map((I: { text: string }) => I.text)).toEqual(['y']);
    expect(doc.integrals.complete).toBe(true);
    expect(doc.stop).toBeNull();
    // eq. EGF-sol at x → −x/2: h = ½(y + 3y²)(1 + 24(1 + 3y)x)^{−4/3}, against e^Ψ g(y) with g from h(0, y)
    const nerdamer = createRequire(import.meta.url)('nerdamer') as (e: string) => { buildFunction(v: string[]): (...a: number[]) => number };
    const psi = nerdamer(doc.integrals.logFactor.text).buildFunction(['x', 'y']);
    for (const [x, y] of [[0.001, 0.5], [-0.004, 2]] as const) {
      const h = Math.exp(psi(x, y) - psi(0, y)) * (y + 3 * y * y) / 2;
      expect(h / (((y + 3 * y * y) / 2) * (1 + 24 * (1 + 3 * y) * x) ** (-4 / 3))).toBeCloseTo(1, 12);
    }
  });
  it('--index z, SYM ν = 2 identity along H = y p, σ² = z/p at y = 1: a recurrence of degree 2, the chain stops at the PDE', () => {
    const r = gfd(['solve', '--nu', '2', '--scenario', 'sym', '--order', '10', '--scaling', 'H = y*p, sigma2 = z/p', '--index', 'z', '--at', 'y=1', '--quiet', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect([doc.at, doc.recurrence.ansatz, doc.operator.check.vanishes, doc.pde, doc.integrals, doc.stop.step]).toEqual([{ y: '1' }, 's,n', true, null, null, 'pde']);
    // the paper's M recurrence (App. J) has n-dependent coefficients of degree 1; at y = 1 all powers of y mix
    expect(doc.recurrence.terms.some((t: { poly: { s: number; n: number }[] }) => t.poly.some((m) => m.s + m.n === 2))).toBe(true);
    const t = gfd(['solve', '--nu', '2', '--scenario', 'sym', '--order', '10', '--scaling', 'H = y*p, sigma2 = z/p', '--index', 'z', '--at', 'y=1', '--quiet']);
    const lines = t.stdout.trim().split('\n');
    expect(lines[1]).toBe('# two indices: s and the power n of z, at y = 1');
    // c_0 ∋ ½ (½ tr I = p/2 at the normalisation p^1) and −yz (M_{0,0} = −1, App. J)
    expect(lines[3]).toMatch(/^ {3}s=0: C_\{0,0\} = 1\/2, C_\{0,1\} = -1, /);
    expect(lines.at(-1)).toBe('stops at pde: a recurrence coefficient has degree > 1: Theorem 5.1 gives a PDE of order > 1');
  });
  it.each([
    [['--index', 'w'], /--index/],
    [['--index', 'y', '--at', 'y=1, z=1'], /--at: with --index y give only z/],
    [['--index', 'z', '--at', 'y=abc'], /--at.*"abc"/],
    [['--at', 'y=1'], /--at.*both y and z/],
    [['--at', 'y=1, z=abc'], /--at.*"abc"/],
    [['--at', 'w=1, z=1'], /--at/],
    [['--order', '0'], /--order/],
    [['--max-order', '0'], /--max-order/],
    [['--held-out', '0'], /--held-out/],
    [['--scaling', 'H = y'], /--scaling/],
    [['--format', 'svg'], /--format/],
  ])('bad %j exits 2 with one gfd: line', (extra, pattern) => {
    const args = [...BASE];
    for (let i = 0; i < extra.length; i += 2) {
      const j = args.indexOf(extra[i]!);
      if (j >= 0) args.splice(j, 2, extra[i]!, extra[i + 1]!);
      else args.push(extra[i]!, extra[i + 1]!);
    }
    const r = gfd(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^gfd: /);
    expect(lines[0]).toMatch(pattern);
  });
});
