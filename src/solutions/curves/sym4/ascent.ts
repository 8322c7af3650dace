/**
 * SYM ν=4 with the identity target, gradient ascent t ≤ 0 (paper §9, eqs. nu4-loss, nu4-1st-int,
 * nu4-threshold; App. "SYM even ν ≥ 4", case ν = 4). Floats.
 *
 *   E[L(t)] ≈ p/2 + p² g(−t/T, y),   y = H/p²,  θ = 1 + 3y,  τ = t/T ≤ 0,
 *   g = (yθ/2)(pσ² φ(τ) F(σ²ψ(τ)))⁴ − (y/8) p σ⁴ φ(τ)² F'(σ²ψ(τ)),
 *   φ(τ)⁻² = 1 + 16θ p³σ⁴ ∫_0^{σ²ψ(τ)} F(u)³ du,   ψ' = φ,  ψ(0) = 0,  φ(0) = 1.
 *
 * With b = −σ²ψ ≥ 0, ρ = p³σ⁴, κ = 16θρ and P(b) = ∫_0^b F(−u)³ du ({@link cubeIntegral}) the first
 * integral reads φ = (1 − κP(b))^{−1/2} and dτ = −db/(σ²φ), so
 *   σ²|τ| = S(b) := ∫_0^b √(1 − κP(b')) db'.
 * S is tabulated per parameter set (piecewise Chebyshev in v = √b) and inverted by Brent's method.
 * Low noise (ρ ≤ ρ*(θ), i.e. κP(∞) ≤ 1): defined for all τ ≤ 0 and E[L] → p/2 as t → −∞.
 * High noise (ρ > ρ*): φ blows up at b_crit, κP(b_crit) = 1, reached at τ_crit = −S(b_crit)/σ²,
 * i.e. t_crit = T τ_crit; times t ≤ t_crit are refused. E[L] is the total loss ½Σ(f − F)²; its
 * deviation from p/2 is O(1) when y and ρ are fixed, and the natural time scale is T ≍ σ² (σ^{ν−2}).
 * The formula is refused for t > 0 (F(σ²ψ) diverges there).
 */
import { InputError } from '../../../errors.js';
import { brentRoot } from '../numeric/brent.js';
import { chebyshevAntiderivative, type Antiderivative } from '../numeric/chebyshevAntiderivative.js';
import { checkCurveParams, checkTime, type CurveParams } from '../params.js';
import { borelFWithDerivative } from '../special/borelIntegral.js';
import { cubeIntegral, cubeIntegralAtVariable, cubeIntegralTotal } from './cubeIntegral.js';
import { nu4Threshold } from './threshold.js';

/** The solution at one time. */
export interface Sym4AscentState {
  /** Physical time t ≤ 0. */
  readonly t: number;
  /** τ = t/T. */
  readonly tau: number;
  /** ψ(τ) ≤ 0. */
  readonly psi: number;
  /** φ(τ) = ψ'(τ) ≥ 1. */
  readonly phi: number;
  /** g(−τ, y) of eq. nu4-loss. */
  readonly g: number;
  /** E[L(t)] = p/2 + p²g. */
  readonly loss: number;
}

/** A prepared SYM ν=4 ascent solution for one parameter set. */
export interface Sym4AscentSolution {
  readonly params: CurveParams;
  /** y = H/p². */
  readonly y: number;
  /** θ = 1 + 3y. */
  readonly theta: number;
  /** ρ = p³σ⁴. */
  readonly rho: number;
  /** ρ*(θ) of eq. nu4-threshold. */
  readonly rhoStar: number;
  readonly regime: 'low-noise' | 'high-noise';
  /** Blow-up time τ_crit < 0 (high noise) or −∞ (low noise). */
  readonly tauCrit: number;
  /** Physical blow-up time t_crit = T τ_crit (high noise) or −∞. */
  readonly tCrit: number;
  /** The solution at t ≤ 0 (InputError for t > 0 or t ≤ t_crit). */
  at(t: number): Sym4AscentState;
}

/**
 * Prepare the SYM ν=4 gradient-ascent solution for `params` (scenario sym, ν = 4).
 * @example
 * ```ts
 * sym4Ascent({ nu: 4, scenario: 'sym', p: 256, H: 256, sigma2: Math.sqrt(0.1 / 256 ** 3), T: 1 }).at(-0.01).loss; // ≈ 127.9988479546
 * ```
 */
export function sym4Ascent(params: CurveParams): Sym4AscentSolution {
  const q = checkSym4(params);
  const { p, H, sigma2, T } = q;
  const y = H / (p * p);
  const theta = 1 + 3 * y;
  const rho = p * p * p * sigma2 * sigma2;
  const kappa = 16 * theta * rho;
  const rhoStar = nu4Threshold(theta);
  const high = kappa * cubeIntegralTotal() > 1;

  const rootTerm = (v: number): number => Math.max(0, 1 - kappa * cubeIntegralAtVariable(v / (1 + v)));
  const integrand = (v: number): number => 2 * v * Math.sqrt(rootTerm(v));
  const profile = high ? criticalProfile(integrand, kappa) : null;
  const sCrit = profile === null ? Infinity : profile.sMax;
  const tauCrit = high ? -sCrit / sigma2 : -Infinity;

  /** Low noise: table of S(v) reaching at least s, grown by doubling its range. */
  let table: Antiderivative | null = null;
  const lowNoiseV = (s: number): number => {
    let hi = table === null ? 4 : table.hi;
    while (table === null || table.at(table.hi) < s) {
      if (table !== null) hi *= 2;
      if (hi > 1e150) throw new InputError(`curve sym4-ascent: time too far in the past for this evaluator (σ²|τ| = ${s})`);
      table = chebyshevAntiderivative(integrand, 0, hi, { points: 24 });
    }
    const tab = table;
    return brentRoot((u) => tab.at(u) - s, 0, tab.hi);
  };

  const at = (t: number): Sym4AscentState => {
    checkTime(t);
    if (t > 0) throw new InputError(`curve sym4-ascent: the solution holds only for gradient ascent t ≤ 0 (got t = ${t})`);
    const tau = t / T;
    if (high && tau <= tauCrit) {
      throw new InputError(`curve sym4-ascent: t = ${t} is at or beyond the blow-up time t_crit = ${T * tauCrit} (high-noise regime)`);
    }
    const s = -sigma2 * tau;
    let b = 0;
    if (s > 0) {
      const v = profile === null ? lowNoiseV(s) : profile.vOf(s);
      b = v * v;
    }
    const a = -b;
    const { F, dF } = borelFWithDerivative(a);
    const phi = 1 / Math.sqrt(1 - kappa * cubeIntegral(b));
    const z2 = p * sigma2 * phi * F;
    const g = 0.5 * y * theta * z2 * z2 * z2 * z2 - 0.125 * y * p * sigma2 * sigma2 * phi * phi * dF;
    return Object.freeze({ t, tau, psi: b === 0 ? 0 : a / sigma2, phi, g, loss: p / 2 + p * p * g });
  };

  return Object.freeze({
    params: q,
    y,
    theta,
    rho,
    rhoStar,
    regime: high ? 'high-noise' : 'low-noise',
    tauCrit,
    tCrit: T * tauCrit,
    at,
  });
}

/** E[L(t)] of SYM ν=4 gradient ascent at one time (prepares the solution each call). */
export function sym4AscentLoss(params: CurveParams, t: number): number {
  return sym4Ascent(params).at(t).loss;
}

/** S(v) = ∫_0^v integrand on [0, v_crit] and its inverse, in the high-noise regime. */
interface CriticalProfile {
  /** S(v_crit) = σ²|τ_crit|. */
  readonly sMax: number;
  /** The v ∈ [0, v_crit) with S(v) = s, for 0 ≤ s < sMax. */
  vOf(s: number): number;
}

/**
 * High noise: v_crit solves κP(v²) = 1, where the integrand 2v√(1 − κP(v²)) has a square-root zero.
 * [0, v_crit/2] is tabulated in v; [v_crit/2, v_crit] in r = √(v_crit − v), where the integrand times
 * 2r is smooth.
 */
function criticalProfile(integrand: (v: number) => number, kappa: number): CriticalProfile {
  const xCrit = brentRoot((x) => kappa * cubeIntegralAtVariable(x) - 1, 0, 1);
  const vCrit = xCrit / (1 - xCrit);
  const vMid = vCrit / 2;
  const rMid = Math.sqrt(vCrit - vMid);
  const lower = chebyshevAntiderivative(integrand, 0, vMid, { points: 24 });
  const upper = chebyshevAntiderivative((r) => 2 * r * integrand(vCrit - r * r), 0, rMid, { points: 24 });
  const sMid = lower.at(vMid);
  const gMid = upper.at(rMid);
  const sMax = sMid + gMid;
  return {
    sMax,
    vOf(s: number): number {
      if (s <= sMid) return brentRoot((u) => lower.at(u) - s, 0, vMid);
      const target = gMid - (s - sMid); // = ∫_{v}^{vCrit} integrand, in r = √(vCrit − v)
      const r = brentRoot((u) => upper.at(u) - target, 0, rMid);
      return vCrit - r * r;
    },
  };
}

/** SYM, ν = 4. */
export function checkSym4(params: CurveParams): CurveParams {
  const q = checkCurveParams(params);
  if (q.scenario !== 'sym' || q.nu !== 4) throw new InputError(`curve sym4-ascent: needs scenario sym and nu = 4 (got ${q.scenario}, nu = ${q.nu})`);
  return q;
}
