/**
 * Truncated power series: identities of the operations on random series with coefficients in two
 * parameters, and known expansions against coefficients computed independently (binomial
 * coefficients, Catalan and Narayana numbers, factorials).
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { LaurentPoly, Rational } from '../../src/rational/index.js';
import {
  borelFSeries,
  borelTransform,
  compose,
  narayanaSeries,
  PowerSeries,
  reversion,
  seriesExp,
  seriesLog,
  seriesPow,
  seriesSqrt,
} from '../../src/series/index.js';
import { narayanaGf, borelF } from '../../src/solutions/index.js';
import { randInt, rng } from '../helpers/randomDiagram.js';

const y = LaurentPoly.variable('y');
const z = LaurentPoly.variable('z');
const N = 7;

/** A random coefficient: small integer combination of 1, y, z, y·z, y². */
function randomCoeff(r: () => number): LaurentPoly {
  const basis = [LaurentPoly.ONE, y, z, y.mul(z), y.mul(y)];
  let c = LaurentPoly.ZERO;
  for (const b of basis) if (r() < 0.5) c = c.add(b.scale(Rational.of(randInt(r, -3, 3), randInt(r, 1, 2))));
  return c;
}

/** Random series with a prescribed first coefficient (from index `from`). */
function randomSeries(r: () => number, head: LaurentPoly[], order = N): PowerSeries {
  const cs = [...head];
  while (cs.length < order) cs.push(randomCoeff(r));
  return PowerSeries.of(cs, order);
}

function binomial(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let b = 1n;
  for (let i = 0; i < k; i++) b = (b * BigInt(n - i)) / BigInt(i + 1);
  return b;
}

describe('PowerSeries arithmetic', () => {
  const r = rng(11);
  const cases = Array.from({ length: 6 }, () => ({
    f: randomSeries(r, []),
    g: randomSeries(r, []),
    u: randomSeries(r, [LaurentPoly.ONE]),
    w: randomSeries(r, [LaurentPoly.ZERO, y.scale(2)]),
  }));

  it('1/(1 − t) = Σ t^k and the product of a series with its inverse is 1', () => {
    const t = PowerSeries.variable(N);
    const geo = PowerSeries.constant(1, N).sub(t).inverse();
    expect(geo.coefficients().every((c) => c.equals(LaurentPoly.ONE))).toBe(true);
    for (const { u } of cases) expect(u.mul(u.inverse()).equals(PowerSeries.constant(1, N))).toBe(true);
  });

  it('division by a series vanishing at 0 with a monomial leading coefficient (Laurent intermediate)', () => {
    const { u, w } = cases[0]!;
    const q = u.div(w); // w = 2y t + …: 1/w = t^-1/(2y) + … to O(t^{N−2}), and u(0) = 1
    expect(q.low).toBe(-1);
    expect(q.coeff(-1).equals(LaurentPoly.monomial('1/2', [['y', -1]]))).toBe(true);
    expect(q.order).toBe(N - 2);
    expect(q.mul(w).equals(u.truncate(N - 1))).toBe(true);
  });

  it('refuses division by a series whose leading coefficient is not a monomial', () => {
    const g = PowerSeries.of([y.add(LaurentPoly.ONE), LaurentPoly.ONE], 4);
    expect(() => g.inverse()).toThrow(InputError);
    expect(() => g.inverse()).toThrow(/leading coefficient 1 \+ y is not a monomial/);
    expect(() => PowerSeries.zero(3).inverse()).toThrow(/vanishes to O\(t\^3\)/);
  });

  it('Leibniz: (fg)\' = f\'g + fg\'', () => {
    for (const { f, g } of cases) {
      const lhs = f.mul(g).derivative();
      const rhs = f.derivative().mul(g).add(f.mul(g.derivative()));
      expect(lhs.equals(rhs)).toBe(true);
    }
  });

  it('the derivative of the integral is the series itself', () => {
    for (const { f } of cases) expect(f.integral().derivative().equals(f)).toBe(true);
  });

  it('exp(log u) = u and log(exp w) = w', () => {
    for (const { u, w } of cases) {
      expect(seriesExp(seriesLog(u)).equals(u)).toBe(true);
      expect(seriesLog(seriesExp(w)).equals(w)).toBe(true);
    }
  });

  it('exp(f + g) = exp(f)·exp(g) and log(uv) = log u + log v', () => {
    const [a, b] = cases;
    expect(seriesExp(a!.w.add(b!.w)).equals(seriesExp(a!.w).mul(seriesExp(b!.w)))).toBe(true);
    expect(seriesLog(a!.u.mul(b!.u)).equals(seriesLog(a!.u).add(seriesLog(b!.u)))).toBe(true);
  });

  it('(u^α)^(1/α) = u and u^α·u^β = u^(α+β) for rational α, β', () => {
    for (const { u } of cases) {
      for (const a of ['1/2', '-2/3', '5/7', '3']) {
        const alpha = Rational.parse(a);
        expect(seriesPow(seriesPow(u, alpha), Rational.ONE.div(alpha)).equals(u)).toBe(true);
      }
      expect(seriesPow(u, '1/3').mul(seriesPow(u, '1/6')).equals(seriesSqrt(u))).toBe(true);
      expect(seriesSqrt(u).mul(seriesSqrt(u)).equals(u)).toBe(true);
    }
  });

  it('rational powers of a series with a monomial leading term t^2·4y²', () => {
    const f = PowerSeries.of([0, 0, y.mul(y).scale(4), z], N);
    const s = seriesSqrt(f);
    expect(s.low).toBe(1);
    expect(s.coeff(1).equals(y.scale(2))).toBe(true);
    expect(s.mul(s).equals(f)).toBe(true);
    expect(() => seriesSqrt(PowerSeries.of([0, 1], 4))).toThrow(/not a power series/);
    expect(() => seriesSqrt(PowerSeries.of([y, 1], 4))).toThrow(/not a monomial with a rational coefficient/);
    expect(() => seriesSqrt(PowerSeries.of([2, 1], 4))).toThrow(InputError);
  });

  it('composition is associative and reversion twice is the identity', () => {
    for (const { f, w } of cases.slice(0, 3)) {
      const a = cases[3]!.w;
      expect(compose(compose(f, w), a).equals(compose(f, compose(w, a)))).toBe(true);
      const rw = reversion(w);
      expect(reversion(rw).equals(w)).toBe(true);
      expect(compose(w, rw).equals(PowerSeries.variable(N))).toBe(true);
      expect(compose(rw, w).equals(PowerSeries.variable(N))).toBe(true);
    }
  });

  it('exp and log refuse arguments whose value at 0 is not exact', () => {
    expect(() => seriesExp(PowerSeries.of([1, 1], 3))).toThrow(/exp needs an argument vanishing at t = 0/);
    expect(() => seriesLog(PowerSeries.of([2, 1], 3))).toThrow(/log needs an argument equal to 1/);
  });

  it('tracks the truncation order', () => {
    const f = PowerSeries.of([1, 2, 3], 5);
    const g = PowerSeries.of([0, 1], 3);
    expect(f.mul(g).order).toBe(3); // min(5 + 1, 3 + 0)
    expect(f.add(g).order).toBe(3);
    expect(f.derivative().order).toBe(4);
    expect(f.integral().order).toBe(6);
    expect(compose(f, g).order).toBe(3);
    expect(f.toString()).toBe('1 + 2*t + 3*t^2 + O(t^5)');
  });
});

describe('known expansions', () => {
  it('(1 + y t)^α has coefficients C(α, k) y^k (generalised binomial, α = 5, −3, 1/2)', () => {
    const f = PowerSeries.of([LaurentPoly.ONE, y], 10);
    for (const a of ['5', '-3', '1/2']) {
      const alpha = Rational.parse(a);
      const s = seriesPow(f, alpha);
      let c = Rational.ONE;
      for (let k = 0; k < 10; k++) {
        expect(s.coeff(k).equals(LaurentPoly.monomial(c, [['y', k]])), `${a}, k = ${k}`).toBe(true);
        c = c.mul(alpha.sub(k)).div(k + 1);
      }
    }
    // integer case against Pascal's triangle
    const s7 = seriesPow(f, 7);
    for (let k = 0; k <= 7; k++) expect(s7.coeff(k).coeff([['y', k]]).equals(Rational.of(binomial(7, k)))).toBe(true);
  });

  it('the Catalan numbers: C(t) = (1 − √(1 − 4t))/(2t) and C = 1 + t C² (reversion of t − t²)', () => {
    const M = 12;
    const t = PowerSeries.variable(M + 1);
    const cat = PowerSeries.constant(1, M + 1).sub(seriesSqrt(PowerSeries.constant(1, M + 1).sub(t.scale(4)))).div(t.scale(2));
    for (let n = 0; n < M; n++) {
      const catalan = binomial(2 * n, n) / BigInt(n + 1);
      expect(cat.coeff(n).equals(LaurentPoly.constant(catalan)), `C_${n}`).toBe(true);
    }
    // t·C(t) is the compositional inverse of t − t²
    const r = reversion(PowerSeries.of([0, 1, -1], M));
    for (let n = 1; n < M; n++) expect(r.coeff(n).equals(LaurentPoly.constant(binomial(2 * n - 2, n - 1) / BigInt(n)))).toBe(true);
  });

  it('the Narayana series: [w^{m−1} y^n] h = (1/m) C(m, n) C(m, n−1)', () => {
    const M = 12;
    const h = narayanaSeries(M);
    for (let m = 1; m <= M; m++) {
      const expected = LaurentPoly.fromTerms(
        Array.from({ length: m }, (_, i) => ({ coeff: Rational.of(binomial(m, i + 1) * binomial(m, i), m), exponents: [['y', i + 1]] as [string, number][] })),
      );
      expect(h.coeff(m - 1).equals(expected), `m = ${m}`).toBe(true);
    }
  });

  it('the Narayana series satisfies w²h² − (1 − w(y+1))h + y = 0 and matches the float closed form', () => {
    const M = 10;
    const h = narayanaSeries(M);
    const w = PowerSeries.variable(M);
    const lhs = w.mul(w).mul(h).mul(h).sub(PowerSeries.of([LaurentPoly.ONE, y.add(LaurentPoly.ONE).neg()], M).mul(h)).add(PowerSeries.constant(y, M));
    expect(lhs.isZero()).toBe(true);
    // partial sums at a point well inside the radius 1/(1+√y)²
    const yv = 0.5;
    const wv = 0.05;
    let sum = 0;
    for (let k = 0; k < M; k++) sum += h.coeff(k).substitute({ y: Rational.parse(yv) }).constantValue()!.toNumber() * wv ** k;
    expect(sum).toBeCloseTo(narayanaGf(wv, yv).h, 8);
  });

  it('the Borel integral F(a) ~ Σ (2k+1)!/k! (4a)^k: exact terms and asymptotic accuracy at small a < 0', () => {
    const F = borelFSeries(8);
    let fact = 1n; // (2k+1)!/k!
    for (let k = 0; k < 8; k++) {
      let num = 1n;
      for (let i = 2n; i <= BigInt(2 * k + 1); i++) num *= i;
      let den = 1n;
      for (let i = 2n; i <= BigInt(k); i++) den *= i;
      fact = num / den;
      expect(F.coeff(k).equals(LaurentPoly.constant(fact * 4n ** BigInt(k))), `k = ${k}`).toBe(true);
    }
    // optimal truncation is far beyond 4 terms at a = −1e−3: the error is about the first omitted term
    const a = -1e-3;
    let partial = 0;
    for (let k = 0; k < 4; k++) partial += F.coeff(k).constantValue()!.toNumber() * a ** k;
    const omitted = Math.abs(F.coeff(4).constantValue()!.toNumber() * a ** 4);
    expect(Math.abs(borelF(a) - partial)).toBeLessThan(2 * omitted);
  });

  it('the Borel transform of the F(a) series is (1 − 16a)^{−3/2}: Σ (2k+1)C(2k,k)x^k = (1 + 2x d/dx)(1 − 4x)^{−1/2}', () => {
    const M = 12;
    const a = PowerSeries.variable(M);
    const one = PowerSeries.constant(1, M);
    const closed = seriesPow(one.sub(a.scale(16)), '-3/2');
    expect(borelTransform(borelFSeries(M)).equals(closed)).toBe(true);
  });
});
