/**
 * `gfd solve`: the JSON contract of docs/json.md on the free under-parameterised SYM ν = 2
 * evolution (paper §6: E[L]/E[L(0)] = (1 + 4pσ²t/T)^{−2}), the stop report on the Narayana
 * regime, and bad input (exit 2, one `gfd:` line, nothing on stdout).
 */
import { readFileSync } from 'node:fs';
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
  it.each([
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
