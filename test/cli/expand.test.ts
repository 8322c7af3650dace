import { describe, expect, it } from 'vitest';
import { gfd } from './run.js';

describe('gfd expand / wick / diagrams', () => {
  it('expand --format json follows the documented contract', () => {
    const r = gfd(['expand', '--nu', '2', '--scenario', 'sym', '--order', '2', '--format', 'json', '--quiet']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.model).toEqual({ nu: 2, scenario: 'sym', target: 'identity' });
    expect(doc.series.map((e: { s: number }) => e.s)).toEqual([0, 1, 2]);
    for (const entry of doc.series) {
      expect(Object.keys(entry).sort()).toEqual(['s', 'terms']);
      for (const t of entry.terms) {
        expect(Object.keys(t).sort()).toEqual(['H', 'coeff', 'p', 'sigma2']);
        expect(t.coeff).toMatch(/^-?\d+(\/\d+)?$/);
        expect(t.coeff).not.toBe('0');
        for (const k of ['p', 'H', 'sigma2']) expect(Number.isInteger(t[k])).toBe(true);
      }
    }
    // docs/conventions.md §"Check values": Y_0 = p/2 − pHσ² + ½(p²H + pH² + pH)σ⁴
    const y0 = Object.fromEntries(doc.series[0].terms.map((t: Record<string, unknown>) => [`${t.p},${t.H},${t.sigma2}`, t.coeff]));
    expect(y0).toEqual({ '1,0,0': '1/2', '1,1,1': '-1', '2,1,2': '1/2', '1,2,2': '1/2', '1,1,2': '1/2' });
  });

  it('expand --format latex prints an align block grouped by powers of σ²', () => {
    const r = gfd(['expand', '--nu', '2', '--scenario', 'sym', '--order', '1', '--format', 'latex']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\\begin{align*}');
    expect(r.stdout).toContain('Y_{1} &= - 4pH\\,\\sigma^{2}');
    expect(r.stdout).toContain('\\end{align*}');
  });

  it('wick prints E[G] of a user diagram', () => {
    const r = gfd(['wick', '--diagram', 'h1-p1 h2-p1 h1-p2 h2-p2', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.expectation.terms).toHaveLength(3);
    expect(doc.automorphisms).toBe('4');
  });

  it('diagrams lists the classes of L^{⋆(S+1)} whose signed sum is Y_S', () => {
    const d = JSON.parse(gfd(['diagrams', '--nu', '3', '--scenario', 'asym', '--order', '1', '--format', 'json', '--quiet']).stdout);
    const y = JSON.parse(gfd(['expand', '--nu', '3', '--scenario', 'asym', '--order', '1', '--quiet']).stdout);
    expect(d.power).toBe(2);
    // Y_1 = −Σ coeff·E[G]: compare at p = 2, H = 3, σ² = 5 with plain floats (small exact integers)
    const at = (terms: { coeff: string; p: number; H: number; sigma2: number }[]) =>
      terms.reduce((a, t) => {
        const [n, den] = t.coeff.split('/').map(Number);
        return a + (n! / (den ?? 1)) * 2 ** t.p * 3 ** t.H * 5 ** t.sigma2;
      }, 0);
    const viaDiagrams = -d.diagrams.reduce((a: number, g: { coeff: string; expectation: { terms: never[] } }) => {
      const [n, den] = g.coeff.split('/').map(Number);
      return a + (n! / (den ?? 1)) * at(g.expectation.terms);
    }, 0);
    expect(viaDiagrams).toBe(at(y.series[1].terms));
  });

  it.each([
    [['expand', '--nu', '1', '--scenario', 'sym', '--order', '2'], /nu/],
    [['expand', '--nu', '2', '--scenario', 'sym', '--order', '-1'], /order/],
    [['expand', '--nu', '2', '--scenario', 'sym', '--order', '1.5'], /order/],
    [['expand', '--nu', '2', '--scenario', 'both', '--order', '1'], /scenario/],
    [['expand', '--nu', '3', '--scenario', 'sym', '--target', 'ones', '--order', '1'], /target/],
    [['expand', '--nu', '3', '--scenario', 'sym', '--target', '{1,2}', '--order', '1'], /partition/],
    [['wick', '--diagram', 'h1-q2'], /diagram/],
    [['expand', '--nu', '2', '--scenario', 'sym', '--order', '1', '--format', 'xml'], /format/],
    [['expand', '--nu', '2', '--scenario', 'sym', '--order', '1', '--threads', '1000'], /threads/],
  ])('bad input %j → one line on stderr, exit 2', (args, msg) => {
    const r = gfd(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('gfd wick --expect', () => {
  it('confirms a correct hand calculation and reports the difference of a wrong one', () => {
    const d6 = ['wick', '--diagram', 'h1-p1 h2-p1 h1-p2 h2-p2 h1-p3 h2-p3'];
    // SYM ν=3: H times the third moment of χ²_p
    const ok = gfd([...d6, '--expect', 'p*(p+2)*(p+4)*H*sigma2^3']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('matches');
    const bad = gfd([...d6, '--expect', '(p^3+5*p^2+9*p)*H*sigma2^3', '--format', 'json']);
    expect(bad.code).toBe(1);
    const doc = JSON.parse(bad.stdout);
    expect(doc.matches).toBe(false);
    expect(doc.difference.terms).toEqual([
      { coeff: '1', p: 2, H: 1, sigma2: 3 },
      { coeff: '-1', p: 1, H: 1, sigma2: 3 },
    ]);
  });
  it('rejects a formula in unknown variables with exit 2', () => {
    const r = gfd(['wick', '--diagram', 'h1-p1*2', '--expect', 'p+q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown variable/);
  });
});

describe('gfd expand --threads', () => {
  it('gives byte-identical output whatever the thread count', () => {
    const args = ['expand', '--nu', '3', '--scenario', 'asym', '--order', '3', '--quiet'];
    const one = gfd([...args, '--threads', '1']);
    const two = gfd([...args, '--threads', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });
});
