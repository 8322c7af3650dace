/**
 * Brute-force expansion of the diagonal R = Σ_i f_{i…i} = Σ_k Σ_i Π_m u^{(m)}_{k,i} along gradient
 * flow at fixed small p, H: G_0 = R, G_{s+1} = −∇G_s·∇L (= T dG_s/dt), value E[G_s]. No diagrams.
 */
import { Poly, Rational } from '../../src/rational/index.js';
import { cpLoss, weightIndex, type CpProblem } from './cpLoss.js';
import { gaussianExpectation } from './gaussianMoment.js';
import { addTerm, gradient, gradientDot, type WeightPoly } from './weightPolynomial.js';

/** [T^s E[d^sR/dt^s(0)]]_{s=0..order} at (p, H), as polynomials in σ² only. */
export function oracleDiagonalSeries(problem: CpProblem, order: number): Poly[] {
  const { space, poly: M, scale } = cpLoss(problem, order);
  const gradM = gradient(space, M);
  let K: WeightPoly = new Map();
  for (let k = 0; k < problem.H; k++) {
    for (let i = 0; i < problem.p; i++) {
      let key = 0;
      for (let m = 0; m < problem.nu; m++) key += space.stride[weightIndex(problem, m, k, i)]!;
      addTerm(K, key, 1n);
    }
  }
  // M = scale·L, so K_s = −∇K_{s−1}·∇M = scale^s G_s
  const out: Poly[] = [];
  for (let s = 0; s <= order; s++) {
    if (s > 0) {
      K = gradientDot(space, K, gradM, s === order);
      for (const [key, c] of K) K.set(key, -c);
    }
    const e = gaussianExpectation(space, K);
    out.push(Poly.fromTerms(e.map((c, l) => ({ coeff: Rational.of(c, scale ** BigInt(s)), p: 0, H: 0, sigma2: l }))));
  }
  return out;
}
