/**
 * Borel–Padé summation (floats after an exact Padé step): for f(x) = Σ a_n x^n, the Borel transform
 * B(u) = Σ a_n u^n/n! is replaced by its [L/M] Padé approximant and f(x) = ∫_0^∞ e^{−u} B(xu) du is
 * evaluated by composite Gauss–Legendre quadrature. When a real pole of the approximant lies on
 * the integration ray the sum is ambiguous and null is returned.
 */
import { Rational } from '../../rational/index.js';
import { gaussLegendre } from './gaussLegendre.js';
import { evaluatePade, padeApproximant, padePoles, type PadeApproximant } from './pade.js';
import { type Complex } from './polynomialRoots.js';

export interface BorelPadeSum {
  /** the Padé approximant of the Borel transform B(u) = Σ a_n u^n/n! */
  readonly borel: PadeApproximant;
  /** poles of the approximant in the Borel plane */
  readonly poles: readonly Complex[];
  /** ∫_0^∞ e^{−u} B(xu) du, or null when a real pole lies on the ray xu, u > 0 */
  evaluate(x: number): number | null;
}

/** Borel transform coefficients a_n/n!, exactly. */
export function borelCoefficients(a: readonly Rational[]): Rational[] {
  let f = 1n;
  return a.map((c, n) => {
    if (n > 0) f *= BigInt(n);
    return c.div(Rational.of(f));
  });
}

/**
 * Borel–Padé sum of Σ a_n x^n with an [L/M] approximant of the Borel transform.
 *
 * @example
 * ```ts
 * // Euler's series Σ (−1)^n n! x^n: B(u) = 1/(1 + u), and at x = 1 the sum is the Gompertz constant
 * const a = Array.from({ length: 6 }, (_, n) => Rational.of(BigInt((-1) ** n) * [1n, 1n, 2n, 6n, 24n, 120n][n]!));
 * borelPadeSum(a, 0, 1).evaluate(1); // ≈ 0.5963473623
 * ```
 */
export function borelPadeSum(a: readonly Rational[], L: number, M: number): BorelPadeSum {
  const borel = padeApproximant(borelCoefficients(a), L, M);
  const poles = padePoles(borel);
  const rule = gaussLegendre(24);
  const upper = 64 + 4 * Math.max(0, L - M);
  return Object.freeze({
    borel,
    poles: Object.freeze(poles),
    evaluate(x: number): number | null {
      if (x === 0) return borel.numerator[0]!.toNumber();
      // a real pole u0 of B with u0/x > 0 sits on the path
      if (poles.some((z) => z.im === 0 && z.re / x > 0)) return null;
      let sum = 0;
      for (let k = 0; k < upper; k++) {
        for (let i = 0; i < rule.nodes.length; i++) {
          const u = k + (rule.nodes[i]! + 1) / 2;
          sum += (rule.weights[i]! / 2) * Math.exp(-u) * evaluatePade(borel, x * u);
        }
      }
      return sum;
    },
  });
}
