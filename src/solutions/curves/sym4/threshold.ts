/**
 * The low/high-noise threshold of SYM ν=4 gradient ascent (paper §9, eq. nu4-threshold; App. K):
 *
 *   p³σ⁴ < ρ*(θ) = (−16θ ∫_0^{−∞} F(u)³ du)⁻¹ = 1/(16 θ P(∞)),   θ = 1 + 3H/p²,
 *
 * with F the Borel integral ({@link borelF}) and P(∞) = ∫_0^∞ F(−u)³ du. Floats.
 */
import { InputError } from '../../../errors.js';
import { cubeIntegralTotal } from './cubeIntegral.js';

/**
 * ρ*(θ) for θ ≥ 1 (θ = 1 + 3y with y = H/p² ≥ 0). ρ*(θ) = ρ*(1)/θ, ρ*(1) ≈ 2.0778.
 * @example
 * ```ts
 * nu4Threshold(1); // ≈ 2.0778094484725798
 * ```
 */
export function nu4Threshold(theta: number): number {
  if (!Number.isFinite(theta) || !(theta >= 1)) throw new InputError(`threshold: theta = 1 + 3H/p² must be a finite number ≥ 1 (got ${theta})`);
  return 1 / (16 * theta * cubeIntegralTotal());
}
