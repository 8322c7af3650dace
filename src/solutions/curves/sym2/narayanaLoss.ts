/**
 * SYM ν=2 with the identity target: the general large-size solution (paper §8, eqs. loss-narayana,
 * loss-narayana2; App. "SYM ν=2: explicit solution"). Floats.
 *
 *   E[L(t)] ≈ p/2 + p²σ² Ψ(−t/T, H/p, pσ²),
 *   Ψ(x, y, z) = e^{−4x} ( (z e^{−4x}/2) ∂_ζh(ζ, y) − h(ζ, y) ),   ζ = z(1 − e^{−4x}),
 *
 * with h the Narayana generating function ({@link narayanaGf}). E[L] is the total loss
 * ½Σ(f − F)² (not per entry): it is O(p) when y = H/p and z = pσ² are fixed, the paper's figures show
 * E[L]/(p/2) = 1 + 2zΨ, and E[L(t)] → max((p − H)/2, 0) as t → ∞. t and T are the physical time and
 * inverse learning rate; in this regime (triangle A–B–E, ν = 2) the natural scale is T ≍ σ^{ν−2} = 1,
 * and the experiments of App. L use T = 1.
 *
 * Evaluation: with w = e^{4x} = e^{−4t/T} the expression is rewritten without e^{+4t/T}:
 *   B = w + z(1−w)(y+1),  D = w² + 2wz(1−w)(y+1) + z²(1−w)²(y−1)²,  ĥ = 2y/(B + √D),
 *   Ñ = w(y+1) + z(1−w)(y−1)² + (y+1)√D,   Ψ = ĥ ( zÑ / (2(B + √D)√D) − 1 ),
 * every term of which is non-negative for t ≥ 0, so it is stable for all y, z > 0 and t ≥ 0, with the
 * limit Ψ → −min(y, 1)/(2z) as w → 0. For t < 0 (gradient ascent) the same form holds while ζ stays
 * below the branch point 1/(1+√y)² of h; beyond it the formula is refused.
 * Accuracy: Ψ to a few ulps; E[L] = p/2 + pzΨ then carries an absolute rounding error of order
 * 1e-16·p (E[L] is a small difference of O(p) terms once it approaches its limit), so values are
 * clamped from below at that limit max((p − H)/2, 0), which E[L] decreases to.
 */
import { InputError } from '../../../errors.js';
import { checkCurveParams, checkTime, type CurveParams } from '../params.js';
import { narayanaBranchPoint } from './narayana.js';

/**
 * Ψ(x, y, z) of eq. loss-narayana2 for real x, y > 0, z > 0 (floats).
 * @example
 * ```ts
 * // at ζ = 0: Ψ = −y + z(y + y²)/2
 * narayanaPsi(0, 1, 0.5); // -0.5
 * ```
 */
export function narayanaPsi(x: number, y: number, z: number): number {
  if (!(y > 0 && z > 0) || !Number.isFinite(y) || !Number.isFinite(z)) throw new InputError(`sym2-narayana: need y > 0 and z > 0 (got y = ${y}, z = ${z})`);
  if (Number.isNaN(x)) throw new InputError('sym2-narayana: x is NaN');
  const w = Math.exp(4 * x);
  if (w === 0) return -Math.min(y, 1) / (2 * z);
  if (w > 1) {
    const zeta = z * (1 - 1 / w);
    const zb = narayanaBranchPoint(y);
    if (!(zeta < zb)) {
      throw new InputError(`sym2-narayana: gradient ascent blows up before x = ${x} (ζ = ${zeta} reaches the branch point ${zb})`);
    }
  }
  const u = z * (1 - w);
  const ym = (y - 1) * (y - 1);
  const b = w + u * (y + 1);
  const sd = Math.sqrt(w * w + 2 * w * u * (y + 1) + u * u * ym);
  if (sd === 0) return -Math.min(y, 1) / (2 * z);
  const hs = (2 * y) / (b + sd);
  const n = w * (y + 1) + u * ym + (y + 1) * sd;
  return hs * ((z * n) / (2 * (b + sd) * sd) - 1);
}

/**
 * Expected loss E[L(t)] ≈ p/2 + p²σ²Ψ(−t/T, H/p, pσ²) of SYM ν=2 (floats).
 * @example
 * ```ts
 * sym2NarayanaLoss({ nu: 2, scenario: 'sym', p: 512, H: 512, sigma2: 1 / 512, T: 1 }, 0); // ≈ 256
 * ```
 */
export function sym2NarayanaLoss(params: CurveParams, t: number): number {
  checkTime(t);
  const { p, H, sigma2, T } = checkSym2(params);
  const value = p / 2 + p * p * sigma2 * narayanaPsi(-t / T, H / p, p * sigma2);
  return t > 0 ? Math.max(value, sym2LimitLoss(params)) : value;
}

/** The t → ∞ limit max((p − H)/2, 0) (best rank-H approximation of the identity). */
export function sym2LimitLoss(params: CurveParams): number {
  const { p, H } = checkSym2(params);
  return Math.max((p - H) / 2, 0);
}

/** The earliest time t < 0 reached by gradient ascent before the formula blows up (−∞ if it does not). */
export function sym2BlowUpTime(params: CurveParams): number {
  const { p, H, sigma2, T } = checkSym2(params);
  const z = p * sigma2;
  const zb = narayanaBranchPoint(H / p);
  if (z <= zb) return -Infinity;
  // z(1 − e^{4t/T}) = zb  ⇔  t = (T/4) ln(1 − zb/z)
  return (T / 4) * Math.log1p(-zb / z);
}

/** SYM, ν = 2. */
export function checkSym2(params: CurveParams): CurveParams {
  const q = checkCurveParams(params);
  if (q.scenario !== 'sym' || q.nu !== 2) throw new InputError(`curve sym2-narayana: needs scenario sym and nu = 2 (got ${q.scenario}, nu = ${q.nu})`);
  return q;
}
