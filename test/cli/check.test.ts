import { describe, expect, it } from 'vitest';
import { gfd } from './run.js';

const SYM2 = ['check', '--nu', '2', '--scenario', 'sym', '--quiet'];
/** Free evolution, under-parameterised SYM ν=2 (App. F): E[L] ≈ yz²/(2(1 + 4zt)²) along H = y, σ² = z. */
const FREE = [...SYM2, '--target', 'zero', '--against', 'limit', '--scaling', 'H = y, sigma2 = z', '--order', '4'];

describe('gfd check', () => {
  it('a correct closed form: "agrees to order S", exit 0', () => {
    const r = gfd([...FREE, '--formula', 'y*z^2/(2*(1+4*z*t)^2)']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('agrees to order 4\n');
  });

  it('against the limit the leading-terms engine (default) and the full series give the same verdict', () => {
    const args = [...FREE, '--coefficients', '(-4)^s*(s+1)!/2*y*z^(s+2)', '--format', 'json'];
    const lead = gfd(args);
    const full = gfd([...args, '--engine', 'full']);
    expect([lead.code, full.code]).toEqual([0, 0]);
    expect(lead.stdout).toBe(full.stdout);
    // and past the full engine's bound: ASYM ν = 2 NTK edge, c_s = ½(1 + yz²)(−4yz)^s, to s = 20
    const ntk = gfd(['check', '--nu', '2', '--scenario', 'asym', '--quiet', '--against', 'limit', '--scaling', 'H = y*p^(3), sigma2 = z*p^(-2)', '--order', '20', '--coefficients', '(1+y*z^2)/2*(-4*y*z)^s']);
    expect([ntk.code, ntk.stdout]).toEqual([0, 'agrees to order 20\n']);
  });

  it('a wrong closed form: the first mismatch with both values, exit 1', () => {
    const r = gfd([...FREE, '--formula', 'y*z^2/(2*(1+4*z*t))']);
    expect(r.code).toBe(1);
    // [t^1]: −4yz³ (formula) against −8yz³ (engine, c_1 = −8yz³)
    expect(r.stdout.split('\n')).toEqual(['first mismatch at s = 1 (agrees to order 0)', '  formula: -2*y*z^3', '  engine:  c_1 = -4*y*z^3', '']);
  });

  it('JSON: the verdict, the mismatch and every coefficient compared; --coefficients', () => {
    const r = gfd([...FREE, '--coefficients', '(-4)^s*s!/2*y*z^(s+2)', '--format', 'json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.model).toEqual({ nu: 2, scenario: 'sym', target: 'zero' });
    expect(doc.scaling).toEqual({ H: 'y*p^(0)', sigma2: 'z*p^(0)', a: '0', b: '0' });
    expect([doc.against, doc.kind, doc.order, doc.agrees]).toEqual(['limit', 'coefficients', 4, false]);
    expect(doc.mismatch).toEqual({ s: 1, formula: '-2*y*z^3', engine: '-4*y*z^3' });
    expect(doc.coefficients).toEqual([
      { s: 0, formula: '1/2*y*z^2', engine: '1/2*y*z^2', agrees: true },
      { s: 1, formula: '-2*y*z^3', engine: '-4*y*z^3', agrees: false },
    ]);
  });

  it('against the exact series with the check values Y_0, Y_1 (t stands for t/T); LaTeX', () => {
    const y0 = 'p/2 - p*H*sigma2 + (p^2*H + p*H^2 + p*H)*sigma2^2/2';
    const ok = gfd([...SYM2, '--against', 'expand', '--order', '1', '--formula', `${y0} - 4*p*H*sigma2*t`, '--format', 'latex']);
    expect(ok.code).toBe(1);
    expect(ok.stdout).toMatch(/^% first mismatch at s = 1\n\\begin\{align\*\}\n/);
    expect(ok.stdout).toContain('Y_{1} = -4 p H \\sigma^{2}');
    const agree = gfd([...SYM2, '--against', 'expand', '--order', '0', '--formula', y0]);
    expect([agree.code, agree.stdout]).toEqual([0, 'agrees to order 0\n']);
  });
});
