/**
 * The chain on families of orders (seriesFamily.ts, solveFamilies.ts): detection of an affine tail
 * and of a split by parity on hand-built limit series, and, on the engine's series of SYM ν = 3 at
 * the vertex E (docs/summation.md §"SYM with odd ν at the vertices D and E"), the odd family
 * c_{2k+1} = −3·18^k (k+1)! ((2k+3)!!)² y z^{k+2} recovered from the series alone: the expected
 * values come from that formula, written here, at orders beyond those the chain saw.
 */
import { describe, expect, it } from 'vitest';
import { affineExponents, contractedLeadingSeries, limitSeries, parseScaling, YZPoly, type LimitSeries } from '../../../src/asymptotics/index.js';
import { makeModel } from '../../../src/model/index.js';
import { Rational } from '../../../src/rational/index.js';
import { borelFormTaylor, detectFamilies, familyLimitSeries, solveFamilies, termValues } from '../../../src/solutions/index.js';

const R = (x: number | bigint, d: number | bigint = 1) => Rational.of(x, d);
const factorial = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * factorial(n - 1));
const doubleFactorial = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * doubleFactorial(n - 2));

/** A limit series from exponents and coefficients c_s (constants times y z^s). */
function handSeries(exponent: (s: number) => Rational, coeff: (s: number) => Rational, S: number): LimitSeries {
  const terms = Array.from({ length: S + 1 }, (_, s) => ({ s, exponent: exponent(s), coeff: YZPoly.fromTerms([{ coeff: coeff(s), y: 1, z: s }]) }));
  return { terms, ...affineExponents(terms) };
}

describe('families of orders on hand-built series', () => {
  it('an affine tail from s = 4 (the first orders out of line), found and solved on its own', () => {
    // e_s = 3 − s from s = 4, other values before; c_s = s!·2^s on the tail: a_s = 2^s, a geometric g
    const lim = handSeries((s) => (s < 4 ? R(10 - s) : R(3 - s)), (s) => R(factorial(s) * 2n ** BigInt(s)), 12);
    const found = detectFamilies(lim);
    expect(found.map((d) => [d.family.parity, d.family.from, d.source])).toEqual([['all', 4, 'tail']]);
    const [tail] = solveFamilies(lim, { y: R(1), z: R(1) });
    // g(u) = Σ_k 2^{4+k} u^k = 16/(1 − 2u): held-out equations counted on the 9 tail orders
    expect([tail!.chain.solution?.text, tail!.timeScale?.rate.toString(), tail!.timeScale?.normalisation.toString()]).toEqual(['16*(1 - 2*x)^(-1)', '-1', '3']);
    expect(tail!.chain.guess!.fitEquations + tail!.chain.guess!.heldOutEquations).toBe(8);
  });
  it('a split by parity: odd and even orders with their own exponents; familyLimitSeries keeps a_s', () => {
    const lim = handSeries((s) => (s % 2 === 1 ? R(-2 * s - 3, 2) : R(-s - 2)), (s) => R(s + 1), 11);
    expect(lim.affine).toBe(false);
    expect(detectFamilies(lim).map((d) => `${d.family.parity}:${d.family.from}:${d.source}`)).toEqual(['odd:1:parity', 'even:0:parity']);
    const odd = familyLimitSeries(lim, { parity: 'odd', from: 3 });
    // k-th term: k!·c_s/s!, s = 3 + 2k
    expect(odd.terms.map((t) => t.coeff.toString())).toEqual([3, 5, 7, 9, 11].map((s, k) => YZPoly.fromTerms([{ coeff: R(factorial(k) * BigInt(s + 1), factorial(s)), y: 1, z: s }]).toString()));
    expect([odd.affine, odd.rate?.toString(), odd.normalisation?.toString()]).toEqual([true, '-2', '-9/2']);
  });
  it('explicit choices are checked: parity of --from, orders left to hold out equations', () => {
    const lim = handSeries((s) => R(-s), () => R(1), 9);
    const at = { y: R(1), z: R(1) };
    expect(() => solveFamilies(lim, at, {}, { parity: 'odd', from: 2 })).toThrow(/not odd/);
    expect(() => solveFamilies(lim, at, { heldOut: 3 }, { parity: 'even', from: 4 })).toThrow(/3 orders of the family .* at least 5 needed to hold out 3 equations/);
    expect(() => solveFamilies(lim, at, {}, { parity: 'all', from: 12 })).toThrow(/beyond the last order 9/);
    expect(solveFamilies(lim, at)).toEqual([]); // affine on all orders: no families
  });
});

describe('SYM ν = 3, identity target, vertex E: the odd family from the series alone', () => {
  it('term, lift to y, z and Borel transform of c_{2k+1}; the even family reported as found', async () => {
    const S = 19; // ten odd orders: an order-1, degree-3 recurrence with two held-out equations
    const sc = parseScaling('H = y*p^(1/2), sigma2 = z*p^(-2)');
    const { terms } = await contractedLeadingSeries(makeModel({ nu: 3, scenario: 'sym' }), S, { p: R(1), H: sc.a, sigma2: sc.b });
    const lim = limitSeries(terms, sc);
    const at = { y: R(2, 3), z: R(5, 7) };
    const families = solveFamilies(lim, at);
    expect(families.map((f) => `${f.family.parity}:${f.family.from}`)).toEqual(['odd:1', 'even:6']);
    const odd = families[0]!;
    // e_s = −s − 3/2: ρ = −1 per order, e extrapolated to s = 0 is −3/2
    expect([odd.timeScale?.rate.toString(), odd.timeScale?.normalisation.toString()]).toEqual(['-1', '-3/2']);
    const c = (k: number, y: Rational, z: Rational) => R(-3n * 18n ** BigInt(k) * factorial(k + 1) * doubleFactorial(2 * k + 3) ** 2n).mul(y).mul(z.pow(k + 2));
    // the chain's term at the point, 25 orders (15 beyond the data), against the formula: a_k = c_{2k+1}/(2k+1)!
    const chainTerm = termValues(odd.chain.term!, 24);
    chainTerm.forEach((a, k) => expect(a.toString(), `k = ${k}`).toBe(c(k, at.y, at.z).div(R(factorial(2 * k + 1))).toString()));
    // lifted to all y, z: a_k(y, z) = a_0 K^k τ_k, evaluated at another point
    const lifted = odd.chain.symbolicTerm!;
    expect(lifted.text).toBe('a_n = -27*y*z^2*(18*z)^n*(2)_n*(5/2)_n^2/((3/2)_n*n!)');
    const [y, z] = [R(-4), R(3, 11)];
    const tau = termValues({ ...odd.chain.term!, scale: R(1), rate: R(1) }, 20);
    for (let k = 0; k <= 20; k++) {
      const value = lifted.scale.evaluate(y, z).mul(lifted.rate.num.evaluate(y, z).div(lifted.rate.den.evaluate(y, z)).pow(k)).mul(tau[k]!);
      expect(value.toString(), `lift, k = ${k}`).toBe(c(k, y, z).div(R(factorial(2 * k + 1))).toString());
    }
    // Borel transform Σ a_k w^k/k!: with v = 18zw, (1 + θ_v)(1 + 2θ_v/3)(1 − v)^{−5/2} worked out by
    // hand is (1 + 23v/6 + v²)(1 − v)^{−9/2}; its coefficients against c_{2k+1}/((2k+1)! k!)
    const borel = odd.chain.borel!;
    expect([borel.kind, borel.exponent?.toString(), borel.check]).toEqual(['algebraic', '-9/2', { through: 9, agrees: true }]);
    const K = R(18).mul(at.z);
    expect(borel.polynomial.map(String)).toEqual([R(1), R(69, 18).mul(K), K.mul(K)].map(String));
    borelFormTaylor(borel, 24)!.forEach((b, k) => expect(b.toString(), `Borel k = ${k}`).toBe(c(k, at.y, at.z).div(R(factorial(2 * k + 1) * factorial(k))).toString()));
    // the even family (s = 6, 8, …, 18): too few orders here for the recurrences docs/summation.md tried on s ≤ 36
    expect(families[1]!.chain.stop?.step).toBe('recurrence');
  }, 30_000);
});
