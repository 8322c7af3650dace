/**
 * Brute-force Y_s(p, H, σ²) at fixed small integers p, H (docs/conventions.md §"The series Y_s"):
 * G_0 = L, G_{s+1} = −∇G_s·∇L (= T dG_s/dt, paper eq. dgdt), Y_s = E[G_s] under
 * u ~ N(0, σ²) i.i.d. Exact; no diagrams — an independent check of the engine.
 */
import { Poly, Rational } from '../../src/rational/index.js';
import { cpLoss, type CpProblem } from './cpLoss.js';
import { gaussianExpectation } from './gaussianMoment.js';
import { gradient, gradientDot, type WeightPoly } from './weightPolynomial.js';

/**
 * [Y_0, …, Y_order] at the given (p, H), each as a polynomial in σ² only (p, H exponents 0),
 * directly comparable with `engineY.evaluatePH(p, H)`.
 */
export function oracleLossSeries(problem: CpProblem, order: number): Poly[] {
  const { space, poly: M, scale } = cpLoss(problem, order);
  // M = scale·L; K_0 = M, K_{s+1} = −∇K_s·∇M  ⇒  K_s = scale^{s+1} G_s
  const gradM = gradient(space, M);
  const out: Poly[] = [];
  let K: WeightPoly = M;
  for (let s = 0; s <= order; s++) {
    if (s > 0) K = negate(gradientDot(space, K, gradM, s === order));
    const e = gaussianExpectation(space, K);
    const den = scale ** BigInt(s + 1);
    out.push(Poly.fromTerms(e.map((c, l) => ({ coeff: Rational.of(c, den), p: 0, H: 0, sigma2: l }))));
  }
  return out;
}

function negate(P: WeightPoly): WeightPoly {
  for (const [k, c] of P) P.set(k, -c);
  return P;
}
