import { describe, expect, it } from 'vitest';
import { Rational } from '../../../src/rational/index.js';
import { borelPadeSum, borelCoefficients } from '../../../src/solutions/resummation/borelPade.js';
import { gaussLegendre } from '../../../src/solutions/resummation/gaussLegendre.js';

const factorial = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * factorial(n - 1));
const euler = (n: number) => Array.from({ length: n }, (_, k) => Rational.of((k % 2 ? -1n : 1n) * factorial(k)));

/** E1(z) = −γ − ln z − Σ_{k≥1} (−z)^k/(k·k!) (convergent series; independent of quadrature). */
function expIntegralE1(z: number): number {
  const gamma = 0.5772156649015329;
  let sum = 0;
  let term = 1;
  for (let k = 1; k < 80; k++) {
    term *= -z / k;
    sum += term / k;
  }
  return -gamma - Math.log(z) - sum;
}

describe('gaussLegendre', () => {
  it('integrates polynomials of degree 2n − 1 exactly on [−1, 1]', () => {
    const { nodes, weights } = gaussLegendre(6);
    for (let k = 0; k <= 11; k++) {
      const q = nodes.reduce((s, x, i) => s + weights[i]! * x ** k, 0);
      expect(q, `x^${k}`).toBeCloseTo(k % 2 ? 0 : 2 / (k + 1), 13);
    }
  });
});

describe('Borel–Padé summation', () => {
  it('Borel transform of Euler’s series Σ(−1)^n n! x^n is Σ(−u)^n', () => {
    expect(borelCoefficients(euler(6)).map(String)).toEqual(['1', '-1', '1', '-1', '1', '-1']);
  });

  it('sums Euler’s series to e^{1/x} E1(1/x)/x (Gompertz constant at x = 1)', () => {
    const sum = borelPadeSum(euler(8), 3, 4);
    expect(sum.evaluate(1)!).toBeCloseTo(0.596347362323194, 12); // Gompertz δ
    // the E1 series loses digits for 1/x ≫ 1, so x ≥ 1/2
    for (const x of [0.5, 2, 7]) {
      const exact = (Math.exp(1 / x) * expIntegralE1(1 / x)) / x;
      expect(Math.abs(sum.evaluate(x)! / exact - 1), `x = ${x}`).toBeLessThan(1e-11);
    }
  });

  it('returns null when a pole of the Borel transform lies on the integration ray', () => {
    const a = Array.from({ length: 4 }, (_, k) => Rational.of(factorial(k))); // B(u) = 1/(1 − u)
    const sum = borelPadeSum(a, 1, 2);
    expect(sum.evaluate(0.5)).toBeNull();
    expect(sum.evaluate(-1)!).toBeCloseTo(0.596347362323194, 12); // Σ n!(−1)^n at x = −1
  });
});
