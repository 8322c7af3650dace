/**
 * The exact Taylor series at t = 0 of the SYM ν=4 gradient-ascent solution (paper §9, eqs. nu4-loss,
 * nu4-1st-int; App. K, case ν = 4), in the large-size limit H = y p², σ² = z p^{−3/2}, p → ∞
 * (so ρ = p³σ⁴ = z², θ = 1 + 3y fixed).
 *
 * With u = σ²t/T, Ψ(u) = σ²ψ(τ) and φ = ψ' the solution reads, to leading order,
 *   E[L(t)] − p/2 → G(u) = (yθρ²/2) φ⁴F(Ψ)⁴ − (yρ/8) φ²F′(Ψ),
 *   φ⁻² = 1 + 16θρ ∫_0^Ψ F³,   dΨ/du = φ,   Ψ(0) = 0,
 * where F(a) ~ Σ_k (2k+1)!/k! (4a)^k is the asymptotic series of the Borel integral ({@link borelFSeries}).
 * Every ingredient is a formal power series, so G is computed exactly (coefficients in y, z). In
 * the engine's limit series (time t/T', T' = T p^{3/2}) the s-th coefficient is c_s = z^s s! G_s
 * for s ≥ 1; the p/2 term dominates c_0, and G_0 = yθz⁴/2 − 3yz² is the O(1) part of Y_0.
 */
import { LaurentPoly, Rational } from '../../../rational/index.js';
import { borelFSeries, compose, PowerSeries, seriesPow } from '../../../series/index.js';

const integrate = (f: PowerSeries): PowerSeries => f.integral();

/** The parameters y, z and θ = 1 + 3y, ρ = z² as Laurent polynomials. */
function parameters(): { y: LaurentPoly; theta: LaurentPoly; rho: LaurentPoly } {
  const y = LaurentPoly.variable('y');
  return { y, theta: LaurentPoly.ONE.add(y.scale(3)), rho: LaurentPoly.variable('z', 2) };
}

/**
 * G(u) + O(u^order) of the SYM ν=4 ascent solution (eq. nu4-loss in the limit y = H/p², z² = p³σ⁴).
 * @example
 * ```ts
 * sym4AscentSeries(1).coeff(0).toString(); // "-3*y*z^2 + 1/2*y*z^4 + 3/2*y^2*z^4"
 * ```
 */
export function sym4AscentSeries(order: number): PowerSeries {
  const { y, theta, rho } = parameters();
  const F = borelFSeries(order + 1);
  const dF = F.derivative();
  const cubeIntegral = integrate(F.pow(3)); // ∫_0^a F³
  const kappa = theta.mul(rho).scale(16);
  const phiOf = (psi: PowerSeries): PowerSeries => seriesPow(PowerSeries.constant(1, order).add(compose(cubeIntegral, psi).scale(kappa)), '-1/2');
  // Ψ = ∫_0^u φ(Ψ): each fixed-point step fixes one more coefficient (eq. nu4-1st-int).
  let psi = PowerSeries.zero(order);
  for (let k = 0; k < order; k++) psi = integrate(phiOf(psi)).truncate(order);
  const phi = phiOf(psi);
  const z2 = phi.mul(compose(F, psi)); // z_2/(pσ²)
  const first = z2.pow(4).scale(y.mul(theta).mul(rho.pow(2)).scale(Rational.of(1, 2)));
  const second = phi.pow(2).mul(compose(dF, psi)).scale(y.mul(rho).scale(Rational.of(1, 8)));
  return first.sub(second).truncate(order);
}

/**
 * The coefficients c_s (s = 1 … order − 1) the engine's limit series along H = y p², σ² = z p^{−3/2}
 * should carry according to the paper: c_s = z^s s! G_s; c_0 is the O(1) part G_0 of Y_0.
 */
export function sym4AscentLimitCoefficients(order: number): LaurentPoly[] {
  const g = sym4AscentSeries(order);
  const out: LaurentPoly[] = [];
  let factorial = Rational.ONE;
  for (let s = 0; s < order; s++) {
    if (s > 0) factorial = factorial.mul(s);
    out.push(g.coeff(s).mul(LaurentPoly.variable('z', s)).scale(factorial));
  }
  return out;
}
