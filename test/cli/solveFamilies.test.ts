/**
 * `gfd solve` on families of orders (docs/json.md §"gfd solve", `families`): SYM ν = 3 at the
 * vertex E, whose exponents split by parity, gives the odd family's term and Borel transform; an
 * affine series keeps `families: null` unless a family is asked for; bad combinations exit 2 with
 * one `gfd:` line.
 */
import { describe, expect, it } from 'vitest';
import { gfd } from './run.js';

const E = ['solve', '--nu', '3', '--scenario', 'sym', '--order', '19', '--scaling', 'H = y*p^(1/2), sigma2 = z*p^(-2)', '--quiet'];
const BASE = ['solve', '--nu', '2', '--scenario', 'sym', '--target', 'zero', '--order', '6', '--scaling', 'H = y, sigma2 = z', '--quiet'];

describe('gfd solve --family', () => {
  it('SYM ν = 3, vertex E: the whole series stops at the limit; the odd and even families are detected and the odd one solved', () => {
    const r = gfd([...E, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    // the chain on all orders, as before
    expect([doc.timeScale, doc.recurrence, doc.stop.step]).toEqual([null, null, 'limit']);
    expect(doc.families.map((f: { family: unknown }) => f.family)).toEqual([
      { parity: 'odd', step: 2, from: 1, orders: [1, 3, 5, 7, 9, 11, 13, 15, 17, 19], source: 'parity', variable: 'u = x^2', h: 'x*g(x^2)' },
      { parity: 'even', step: 2, from: 6, orders: [6, 8, 10, 12, 14, 16, 18], source: 'parity', variable: 'u = x^2', h: 'x^6*g(x^2)' },
    ]);
    const odd = doc.families[0];
    // e_s = −s − 3/2 on odd s, −s − 2 on even s ≥ 6
    expect([odd.familyTimeScale.rate, odd.familyTimeScale.normalisation, doc.families[1].familyTimeScale.normalisation]).toEqual(['-1', '-3/2', '-2']);
    // c_{2k+3}/c_{2k+1} = 18(k+2)(2k+5)² (docs/summation.md), so a_k = c_{2k+1}/(2k+1)! has the ratio
    // 18(k+2)(2k+5)²/((2k+2)(2k+3)) = 18 (k+2)(k+5/2)²/((k+1)(k+3/2)): K = 18, upper 2, 5/2, 5/2, lower 1, 3/2, a_0 = c_1 = −27
    expect([odd.recurrence.order, odd.recurrence.degree]).toEqual([1, 3]);
    expect([odd.term.scale, odd.term.rate, odd.term.upper, odd.term.lower, odd.term.excess]).toEqual(['-27', '18', ['2', '5/2', '5/2'], ['1', '3/2'], 1]);
    expect(odd.term.symbolic.text).toBe('a_n = -27*y*z^2*(18*z)^n*(2)_n*(5/2)_n^2/((3/2)_n*n!)');
    expect([odd.borel.kind, odd.borel.exponent, odd.borel.polynomial, odd.borel.check]).toEqual(['algebraic', '-9/2', ['1', '69', '324'], { through: 9, agrees: true }]);
    expect(odd.stop.step).toBe('solution');
    expect(doc.families[1].stop.step).toBe('recurrence');
    // text names the families and the Borel form
    const t = gfd(E);
    expect(t.stdout).toContain('## family (parity): odd s >= 1, orders 1, 3, 5, 7, 9, 11, 13, 15, 17, 19');
    expect(t.stdout).toContain('B(w) = -27*(324*w^2 + 69*w + 1)*(1 - 18*w)^(-9/2); Taylor coefficients agree with a_n/n!, n = 0..9');
    // LaTeX states the family's part of E[L] in x = t p^ρ/T, not the chain's per-k time scale
    const l = gfd([...E, '--format', 'latex']);
    expect(l.stdout).toContain('\\[ \\mathbb E[L(t)] \\ni p^{-\\frac{3}{2}}\\,x\\,g(x^{2}),\\quad x = \\frac{t\\,p^{-1}}{T}');
    expect(l.stdout).not.toContain('p^{-\\frac{5}{2}}\\,h(x)');
  });
  it('an affine series: families null by default, one family when asked (--family odd, --from 2; three odd orders hold out one equation)', () => {
    const plain = JSON.parse(gfd([...BASE, '--format', 'json']).stdout);
    expect(plain.families).toBeNull();
    expect(JSON.parse(gfd([...BASE, '--format', 'json', '--family', 'all']).stdout).families).toBeNull();
    // a_s = ½(−4)^s (s + 1): a_{1+2k} = −2·16^k (2k + 2), a first-order recurrence in k
    const odd = JSON.parse(gfd([...BASE, '--format', 'json', '--family', 'odd', '--held-out', '1']).stdout).families;
    expect(odd.map((f: { family: { from: number; orders: number[]; source: string } }) => [f.family.from, f.family.orders, f.family.source])).toEqual([[1, [1, 3, 5], 'given']]);
    expect(odd[0].series).toEqual(['-4', '-128', '-3072']);
    const tail = JSON.parse(gfd([...BASE, '--format', 'json', '--from', '2', '--held-out', '1']).stdout).families;
    expect([tail[0].family.parity, tail[0].family.orders, tail[0].familyTimeScale.normalisation, tail[0].series]).toEqual(['all', [2, 3, 4, 5, 6], '2', ['24', '-128', '640', '-3072', '14336']]);
  });
  it.each([
    [['--from', '9'], /--from 9: beyond --order 6/],
    [['--family', 'odd', '--from', '2'], /--from 2 is not odd/],
    [['--family', 'even', '--from', '4'], /2 orders in the family, at least 4 needed to hold out 2 equations/],
    [['--family', 'odd'], /3 orders of the family .* at least 4 needed/],
    [['--family', 'odd', '--index', 'y', '--at', 'z=1'], /not with --index/],
    [['--family', 'pairs'], /--family/],
  ])('bad %j exits 2 with one gfd: line', (extra, pattern) => {
    const r = gfd([...BASE, ...extra]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^gfd: /);
    expect(lines[0]).toMatch(pattern);
  });
});
