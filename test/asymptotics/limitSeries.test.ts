/**
 * Large-size limit series against independent derivations: a numerical extraction from the full
 * polynomials at large p, and the closed forms of the paper (each coded here from its formula).
 */
import { describe, expect, it } from 'vitest';
import { limitSeries, parseScaling, parseDirection, YZPoly, leadingAlong } from '../../src/asymptotics/index.js';
import { lossSeries } from '../../src/expansion/index.js';
import { makeModel } from '../../src/model/index.js';
import { Rational, type Poly } from '../../src/rational/index.js';

const R = (x: number | string | bigint) => Rational.parse(x);
const yz = (terms: [number | string | Rational, number, number][]) => YZPoly.fromTerms(terms.map(([c, y, z]) => ({ coeff: Rational.parse(c), y, z })));
const fact = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * fact(n - 1));
const dfact = (n: number): number => (n <= 1 ? 1 : n * dfact(n - 2));

function expectYZ(got: YZPoly, want: YZPoly, what: string): void {
  expect(got.toString(), what).toBe(want.toString());
}

describe('scaling syntax', () => {
  it('reads the forms of the documentation', () => {
    const s = parseScaling('H = y*p^(1), sigma2 = z*p^(-1)');
    expect([s.a.toString(), s.b.toString()]).toEqual(['1', '-1']);
    const t = parseScaling('sigma^2 = z/p^(5/2), H = y*p^3');
    expect([t.a.toString(), t.b.toString()]).toEqual(['3', '-5/2']);
    expect(parseScaling('H=y, sigma2=z*p').b.toString()).toBe('1');
    const d = parseDirection('p=1, H=2, sigma=-2/3');
    expect([d.p, d.H, d.sigma].map(String)).toEqual(['1', '2', '-2/3']);
  });
  it.each(['H = y*p^(1)', 'H = y*q, sigma2 = z', 'H = x*p, sigma2 = z', 'H = y*p^(1/0), sigma2 = z', 'K = y, sigma2 = z', ''])('rejects %j with an InputError', (bad) => {
    expect(() => parseScaling(bad)).toThrow(expect.objectContaining({ name: 'InputError' }) as unknown);
  });
});

describe('limit against a numerical extraction at large p', () => {
  // Y_s(P, yP^a, zP^b) / P^{e_s} → c_s(y, z): evaluated exactly at P = 10^8 and 10^12
  const cases = [
    { nu: 2, scenario: 'asym' as const, scaling: 'H = y*p^(1/2), sigma2 = z*p^(-1)' },
    { nu: 2, scenario: 'sym' as const, scaling: 'H = y*p^(2), sigma2 = z*p^(-3/2)' },
    { nu: 3, scenario: 'asym' as const, scaling: 'H = y*p, sigma2 = z*p^(-1/2)' },
  ];
  it.each(cases)('$scenario ν=$nu along $scaling', ({ nu, scenario, scaling }) => {
    const sc = parseScaling(scaling);
    const ys = lossSeries(makeModel({ nu, scenario }), 3);
    const lim = limitSeries(ys, sc);
    const [y0, z0] = [R('3/2'), R('2/5')];
    const at = (poly: Poly, k: number) => {
      // P = 10^{4k}: every power P^a, P^b with denominators 2 and 4 is exact
      const P = R(10n ** BigInt(4 * k));
      const root = (e: Rational) => R(10n ** BigInt(Number((e.num * BigInt(4 * k)) / e.den) >= 0 ? Number((e.num * BigInt(4 * k)) / e.den) : 0));
      const pow = (e: Rational) => (e.sign() >= 0 ? root(e) : Rational.ONE.div(R(10n ** BigInt(-Number((e.num * BigInt(4 * k)) / e.den)))));
      return { value: poly.evaluate(P, y0.mul(pow(sc.a)), z0.mul(pow(sc.b))), pow };
    };
    ys.forEach((poly, s) => {
      const e = lim.terms[s]!.exponent!;
      // the exponent from two large p (slope of log|Y| in log p)
      const v1 = Math.abs(at(poly, 2).value.toNumber());
      const v2 = Math.abs(at(poly, 3).value.toNumber());
      expect(Math.log10(v2 / v1) / 4, `slope at s=${s}`).toBeCloseTo(e.toNumber(), 2);
      // the coefficient
      const { value, pow } = at(poly, 3);
      const ratio = value.div(pow(e)).toNumber();
      const c = lim.terms[s]!.coeff.terms().reduce((acc, t) => acc.add(t.coeff.mul(y0.pow(t.y)).mul(z0.pow(t.z))), Rational.ZERO).toNumber();
      expect(Math.abs(ratio - c) / Math.abs(c), `c_${s}`).toBeLessThan(1e-4);
    });
  });
});

describe('free evolution closed forms (App. F)', () => {
  it('under-parameterised ASYM ν=3: sC_s = 4(1+(ν−1)s)C_{s−1}, c_s = (−1)^s s! C_s/2^{s+1} y z^{ν+(ν−1)s}', () => {
    const nu = 3;
    const lim = limitSeries(lossSeries(makeModel({ nu, scenario: 'asym', target: 'zero' }), 3), parseScaling('H = y, sigma2 = z'));
    let C = Rational.ONE;
    for (let s = 0; s <= 3; s++) {
      if (s > 0) C = C.mul(4 * (1 + (nu - 1) * s)).div(s);
      const c = C.mul(fact(s)).div(2 ** (s + 1)).mul(s % 2 ? -1 : 1);
      expect(lim.terms[s]!.exponent!.toString()).toBe(String(nu + (nu - 1) * s));
      expectYZ(lim.terms[s]!.coeff, yz([[c, 1, nu + (nu - 1) * s]]), `s=${s}`);
    }
    expect(lim.affine && lim.rate!.toString()).toBe('2'); // T ∝ p^{ν−1}
  });
  it.each([2, 4])('under-parameterised SYM ν=%i: 4ν in place of 4', (nu) => {
    const order = nu === 2 ? 4 : 2;
    const lim = limitSeries(lossSeries(makeModel({ nu, scenario: 'sym', target: 'zero' }), order), parseScaling('H = y, sigma2 = z'));
    let C = Rational.ONE;
    for (let s = 0; s <= order; s++) {
      if (s > 0) C = C.mul(4 * nu * (1 + (nu - 1) * s)).div(s);
      expectYZ(lim.terms[s]!.coeff, yz([[C.mul(fact(s)).div(2 ** (s + 1)).mul(s % 2 ? -1 : 1), 1, nu + (nu - 1) * s]]), `s=${s}`);
    }
  });
  it.each([2, 3])('over-parameterised ASYM ν=%i: E[D^{⋆(s+1)}] ~ (4ν)^s p^ν H^{s+1} σ^{2(νs+ν−s)}', (nu) => {
    const order = nu === 2 ? 4 : 3;
    const lim = limitSeries(lossSeries(makeModel({ nu, scenario: 'asym', target: 'zero' }), order), parseScaling(`H = y*p^(${nu}), sigma2 = z`));
    for (let s = 0; s <= order; s++) {
      const c = R(4 * nu).pow(s).div(2 ** (s + 1)).mul(s % 2 ? -1 : 1);
      expect(lim.terms[s]!.exponent!.toString()).toBe(String(nu + nu * (s + 1)));
      expectYZ(lim.terms[s]!.coeff, yz([[c, s + 1, nu * (s + 1) - s]]), `s=${s}`);
    }
  });
  it('SYM ν=4 along the edge A-B (H = y p^{ν/2}): the App. G recurrence C_{ns} = 2ν(2(ν−1)s+2)[(ν−1)!! C_{n−1,s−1} + C_{n,s−1}]', () => {
    const nu = 4;
    const order = 3;
    const lim = limitSeries(lossSeries(makeModel({ nu, scenario: 'sym', target: 'zero' }), order), parseScaling('H = y*p^(2), sigma2 = z'));
    let C: Rational[] = [R(0), R(1), R(dfact(nu - 1))]; // C_{n,0}, n = 0, 1, 2
    for (let s = 0; s <= order; s++) {
      if (s > 0) {
        const prev = C;
        C = Array.from({ length: s + 3 }, (_, n) =>
          n === 0 ? R(0) : R(2 * nu * (2 * (nu - 1) * s + 2)).mul((prev[n - 1] ?? R(0)).mul(dfact(nu - 1)).add(prev[n] ?? R(0))),
        );
      }
      const want = yz(C.map((c, n) => [c.div(2 ** (s + 1)).mul(s % 2 ? -1 : 1), n, nu + (nu - 1) * s] as [Rational, number, number]));
      // Q(n,s) + (ν/2)n = ν + (ν−1)s + ν/2 for every n: the whole edge leads
      expect(lim.terms[s]!.exponent!.toString()).toBe(String(nu + (nu - 1) * s + nu / 2));
      expectYZ(lim.terms[s]!.coeff, want, `s=${s}`);
    }
  });
});

describe('NTK regime with rate νη (README, ntk-asym): E[L(t)] ≈ E[L(0)] e^{−2νηt}, T = η⁻¹Hσ^{2ν−2}', () => {
  // Y_s ≈ (p/2 + ½p^νHσ^{2ν}) (−2νHσ^{2ν−2})^s on edge B-C; without the p^νHσ^{2ν} part at point C
  it.each([
    { nu: 2, scaling: 'H = y*p^(3), sigma2 = z*p^(-2)', order: 4 },
    { nu: 3, scaling: 'H = y*p^(4), sigma2 = z*p^(-2)', order: 3 },
  ])('edge B-C, ν=$nu: c_s = ½(1 + y z^ν)(−2ν y z^{ν−1})^s', ({ nu, scaling, order }) => {
    const sc = parseScaling(scaling);
    const lim = limitSeries(lossSeries(makeModel({ nu, scenario: 'asym' }), order), sc);
    for (let s = 0; s <= order; s++) {
      const k = R(-2 * nu).pow(s).div(2);
      expectYZ(lim.terms[s]!.coeff, yz([[k, s, (nu - 1) * s], [k, s + 1, (nu - 1) * s + nu]]), `s=${s}`);
    }
    // T ∝ Hσ^{2ν−2} = y z^{ν−1} p^{a+(ν−1)b}
    expect(lim.rate!.toString()).toBe(sc.a.add(sc.b.mul(nu - 1)).toString());
  });
  it('point C, ν=2 (p^{ν−1}Hσ^{2ν} → 0, Hσ^ν → ∞): c_s = ½(−4yz)^s with e_s = 1 + s/2', () => {
    const lim = limitSeries(lossSeries(makeModel({ nu: 2, scenario: 'asym' }), 4), parseScaling('H = y*p^(3), sigma2 = z*p^(-5/2)'));
    for (let s = 0; s <= 4; s++) {
      expect(lim.terms[s]!.exponent!.toString()).toBe(R(1).add(R(s).div(2)).toString());
      expectYZ(lim.terms[s]!.coeff, yz([[R(-4).pow(s).div(2), s, s]]), `s=${s}`);
    }
    expect([lim.affine, lim.rate?.toString(), lim.normalisation?.toString()]).toEqual([true, '1/2', '1']);
  });
});

describe('SYM ν=2, H = y p, σ² = z/p: the Narayana solution (§8, eq. loss-narayana)', () => {
  // E[L(t)] ~ p/2 + p²σ²Ψ(−t/T, H/p, pσ²): Y_s = p·z·(−1)^s s! [x^s]Ψ(x, y, z) (+ p/2 at s = 0), with
  // Ψ = (z/2)e^{−8x} h_z(u, y) − e^{−4x} h(u, y), u = z(1 − e^{−4x}), and h the Narayana g.f.,
  // h = (1 − z(y+1) − √(1 − 2z(y+1) + z²(y−1)²))/(2z²), i.e. h = y + z(y+1)h + z²h².
  type P = Map<string, Rational>; // polynomial in y, z
  const add = (a: P, b: P, k: Rational = Rational.ONE): P => {
    const m = new Map(a);
    for (const [key, v] of b) {
      const w = (m.get(key) ?? Rational.ZERO).add(v.mul(k));
      if (w.isZero()) m.delete(key);
      else m.set(key, w);
    }
    return m;
  };
  const mul = (a: P, b: P): P => {
    let m: P = new Map();
    for (const [k1, v1] of a)
      for (const [k2, v2] of b) {
        const [y1, z1] = k1.split(',').map(Number);
        const [y2, z2] = k2.split(',').map(Number);
        m = add(m, new Map([[`${y1! + y2!},${z1! + z2!}`, v1.mul(v2)]]));
      }
    return m;
  };
  const mono = (c: Rational | number | string, y: number, z: number): P => new Map([[`${y},${z}`, Rational.parse(c)]]);
  type S = P[]; // series in x, coefficients in y, z, truncated at degree N
  const N = 4;
  const smul = (a: S, b: S): S => Array.from({ length: N + 1 }, (_, k) => a.slice(0, k + 1).reduce((acc, ai, i) => add(acc, mul(ai, b[k - i]!)), new Map() as P));
  const sadd = (a: S, b: S, k: Rational = Rational.ONE): S => a.map((ai, i) => add(ai, b[i]!, k));
  const exp = (c: number): S => Array.from({ length: N + 1 }, (_, k) => mono(R(c).pow(k).div(R(fact(k))), 0, 0));
  const zero = (): S => Array.from({ length: N + 1 }, () => new Map() as P);
  // h_k(y): h = Σ h_k z^k
  const h: P[] = [mono(1, 1, 0)];
  for (let k = 1; k <= N + 2; k++) {
    let hk = mul(add(mono(1, 1, 0), mono(1, 0, 0)), h[k - 1]!);
    for (let i = 0; i <= k - 2; i++) hk = add(hk, mul(h[i]!, h[k - 2 - i]!));
    h.push(hk);
  }
  // u = z(1 − e^{−4x}) as a series in x; then h(u), h_z(u) = Σ k h_k u^{k−1}
  const u = sadd(exp(0), exp(-4), R(-1)).map((c) => mul(c, mono(1, 0, 1)));
  let uk: S = exp(0).map((c, i) => (i === 0 ? c : new Map()));
  let hU = zero();
  let hzU = zero();
  for (let k = 0; k <= N + 1; k++) {
    hU = sadd(hU, uk.map((c) => mul(c, h[k]!)));
    hzU = sadd(hzU, uk.map((c) => mul(c, mul(h[k + 1]!, mono(k + 1, 0, 0)))));
    uk = smul(uk, u);
  }
  const psi = sadd(smul(exp(-8), hzU).map((c) => mul(c, mono('1/2', 0, 1))), smul(exp(-4), hU), R(-1));

  it('c_s(y, z) are the Taylor coefficients of the solution, s ≤ 4', () => {
    const lim = limitSeries(lossSeries(makeModel({ nu: 2, scenario: 'sym' }), N), parseScaling('H = y*p, sigma2 = z/p'));
    for (let s = 0; s <= N; s++) {
      let want = mul(psi[s]!, mono(R(fact(s)).mul(s % 2 ? -1 : 1), 0, 1));
      if (s === 0) want = add(want, mono('1/2', 0, 0));
      const wantYZ = YZPoly.fromTerms([...want].map(([k, c]) => ({ coeff: c, y: Number(k.split(',')[0]), z: Number(k.split(',')[1]) })));
      expect(lim.terms[s]!.exponent!.toString()).toBe('1');
      expectYZ(lim.terms[s]!.coeff, wantYZ, `s=${s}`);
    }
    expect([lim.affine, lim.rate?.toString()]).toEqual([true, '0']);
  });
});

describe('leading monomials along a power-law direction', () => {
  it('SYM ν=2 along the polygon normal (1, 1, −1/2): every Pareto term of Y_1 leads', () => {
    const y1 = lossSeries(makeModel({ nu: 2, scenario: 'sym' }), 1)[1]!;
    const lead = leadingAlong(y1, 1, parseDirection('p=1, H=1, sigma=-1/2'));
    expect(lead.terms.map((t) => `${t.p},${t.H},${t.sigma2}`).sort()).toEqual(['1,1,1', '1,2,2', '1,3,3', '2,1,2', '2,2,3', '3,1,3']);
  });
});
