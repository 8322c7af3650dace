/**
 * Rational roots of any degree, hypergeometric terms of first-order recurrences and the Borel step,
 * against expansions written here by hand (products of linear factors, binomial coefficients,
 * floating-point sums of the functions the forms name).
 */
import { describe, expect, it } from 'vitest';
import { Rational } from '../../../src/rational/index.js';
import { borelForm, borelFormTaylor, hypergeometricTerm, makeRecurrence, makeTerm, rationalRoots, termValues, UPoly } from '../../../src/solutions/index.js';

const R = (x: number, d = 1) => Rational.of(x, d);

/** Π (n − r_i) times a constant, as coefficients by increasing power. */
function fromRoots(lead: Rational, roots: Rational[]): Rational[] {
  return roots.reduce((p, r) => mulLinear(p, r), UPoly.fromCoefficients([lead])).coefficients();
}
/** (n − r)·p */
function mulLinear(p: UPoly, r: Rational): UPoly {
  const c = p.coefficients();
  return UPoly.fromCoefficients(Array.from({ length: c.length + 1 }, (_, i) => (c[i - 1] ?? Rational.ZERO).sub((c[i] ?? Rational.ZERO).mul(r))));
}

const binomial = (n: number, k: number): bigint => {
  let v = 1n;
  for (let i = 0; i < k; i++) v = (v * BigInt(n - i)) / BigInt(i + 1);
  return v;
};

describe('rationalRoots', () => {
  it('finds every rational root with multiplicity, of degrees 1 to 5', () => {
    const cases = [[R(3)], [R(-5, 2), R(-5, 2), R(-2)], [R(-7, 3), R(0), R(1, 2), R(1, 2), R(4)], [R(-1), R(-1), R(-1), R(2, 9), R(6)]];
    for (const roots of cases) {
      const got = rationalRoots(fromRoots(R(-6, 5), roots));
      expect(got?.map(String)).toEqual([...roots].sort((a, b) => a.compare(b)).map(String));
    }
  });
  it('gives null when a root is irrational or complex, [] for a constant', () => {
    expect(rationalRoots([R(-2), R(0), R(1)])).toBeNull();
    expect(rationalRoots(mulLinear(UPoly.fromCoefficients([R(1), R(0), R(1)]), R(3)).coefficients())).toBeNull(); // (n² + 1)(n − 3)
    expect(rationalRoots([R(7)])).toEqual([]);
  });
});

describe('hypergeometricTerm', () => {
  it('Catalan numbers: (n + 2) C_{n+1} = (4n + 2) C_n gives C_n = 4^n (1/2)_n/(2)_n = binomial(2n, n)/(n + 1)', () => {
    const t = hypergeometricTerm(makeRecurrence([[R(-2), R(-4)], [R(2), R(1)]]), R(1))!;
    expect([t.text, t.excess]).toEqual(['a_n = 4^n*(1/2)_n/(2)_n', 0]);
    expect(termValues(t, 15).map(String)).toEqual(Array.from({ length: 16 }, (_, n) => String(binomial(2 * n, n) / BigInt(n + 1))));
  });
  it('a divergent term: C_{n+1} = (n + 1)(2n + 1) C_n is n! (1/2)_n 2^n, excess 2 (C_{n+1}/C_n grows like n²)', () => {
    const t = hypergeometricTerm(makeRecurrence([[R(-1), R(-3), R(-2)], [R(1)]]), R(1))!;
    expect(t.excess).toBe(2);
    let f = 1n;
    let dbl = 1n;
    const expected = ['1'];
    for (let n = 1; n <= 12; n++) {
      f *= BigInt(n);
      dbl *= BigInt(2 * n - 1);
      expected.push(String(f * dbl)); // n! (2n−1)!! = n! (1/2)_n 2^n
    }
    expect(termValues(t, 12).map(String)).toEqual(expected);
  });
  it('no term when P_1 vanishes at some n ≥ 0 or a root is irrational', () => {
    expect(hypergeometricTerm(makeRecurrence([[R(1)], [R(-2), R(1)]]), R(1))).toBeNull();
    expect(hypergeometricTerm(makeRecurrence([[R(-2), R(0), R(1)], [R(1), R(1)]]), R(1))).toBeNull();
  });
});

describe('borelForm', () => {
  const partial = (c: Rational[], w: number) => c.reduce((acc, a, n) => acc + a.toNumber() * w ** n, 0);
  it('algebraic: C_n = (2)_n (5/2)_n² 18^n/((3/2)_n n!) has B(w) = (1 + 69w + 324w²)(1 − 18w)^{−9/2}', () => {
    const t = makeTerm(R(-27), R(18), [R(2), R(5, 2), R(5, 2)], [R(3, 2), R(1)]);
    const b = borelForm(t);
    expect([b.kind, b.text]).toEqual(['algebraic', '-27*(324*w^2 + 69*w + 1)*(1 - 18*w)^(-9/2)']);
    // the transform's coefficients C_n/n!, against the elementary function summed in floats inside the disc |w| < 1/18
    const coeffs = termValues(b.term, 120);
    const w = 0.01;
    expect(partial(coeffs, w)).toBeCloseTo(-27 * (1 + 69 * w + 324 * w * w) * (1 - 18 * w) ** -4.5, 9);
    expect(borelFormTaylor(b, 30)!.map(String)).toEqual(coeffs.slice(0, 31).map(String));
  });
  it('exponential: C_n = 3^n (2)_n/n! gives (1 + 3w)e^{3w}; rational: C_n = 2^n (2)_n gives 1/(1 − 2w)²', () => {
    // b_n = C_n/n! = (n + 1) 3^n/n!: Σ (n + 1)(3w)^n/n! = (1 + 3w) e^{3w}
    const e = borelForm(makeTerm(R(1), R(3), [R(2)], [R(1)]));
    expect([e.kind, e.text]).toEqual(['exponential', '(3*w + 1)*exp(3*w)']);
    expect(partial(termValues(e.term, 60), 0.4)).toBeCloseTo((1 + 1.2) * Math.exp(1.2), 10);
    // b_n = (n + 1) 2^n: Σ (n + 1)(2w)^n = 1/(1 − 2w)²
    const r = borelForm(makeTerm(R(1), R(2), [R(2)], []));
    expect([r.kind, r.text]).toEqual(['rational', '(1 - 2*w)^(-2)']);
    expect(partial(termValues(r.term, 200), 0.1)).toBeCloseTo(1 / 0.8 ** 2, 10);
  });
  it('no elementary form when the parameters do not reduce (₂F₁(1/3, 1/4; 1; w))', () => {
    const b = borelForm(makeTerm(R(1), R(1), [R(1, 3), R(1, 4)], [R(1)]));
    expect([b.kind, borelFormTaylor(b, 3)]).toEqual([null, null]);
  });
});
