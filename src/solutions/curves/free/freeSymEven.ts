/**
 * General free evolution (zero target) of SYM with even ν ≥ 4 — the whole edge A–B (paper §6;
 * App. G, boxed formula, from eqs. freesymnucrec, EGF-ode and EGF-sol). Floats.
 *
 * With y = H/p^{ν/2} and θ = 1 + (ν−1)!! y, the exponential generating function is
 * f(x, y) = (y + (ν−1)!! y²)(1 − 4ν(ν−1)θx)^{−ν/(ν−1)}  (eq. EGF-sol), and at
 * x = −p^{ν−1}σ^{2(ν−1)} t/(2T):
 *
 *   E[L(t)] ≈ ½ p^ν H σ^{2ν} θ · (1 + 2ν(ν−1) θ p^{ν−1} σ^{2(ν−1)} t/T)^{−ν/(ν−1)}.
 *
 * E[L] is the total loss ½Σ f²; t, T physical (natural scale T ≍ p^{ν−1}σ^{2ν−2}). The recurrence
 * fails at ν = 2 (use `sym2-narayana`), so ν = 2 is refused.
 */
import { InputError } from '../../../errors.js';
import { checkCurveParams, checkTime, oddDoubleFactorial, type CurveParams } from '../params.js';

/** θ = 1 + (ν−1)!! H/p^{ν/2}. */
export function freeSymEvenTheta(params: CurveParams): number {
  const { nu, p, H } = checkFreeSymEven(params);
  return 1 + (oddDoubleFactorial(nu / 2) * H) / Math.pow(p, nu / 2);
}

/** Rate c = 2ν(ν−1)θ p^{ν−1}σ^{2(ν−1)} of `E[L] = E[L(0)](1 + ct/T)^{−ν/(ν−1)}`. */
export function freeSymEvenRate(params: CurveParams): number {
  const { nu, p, sigma2 } = checkFreeSymEven(params);
  return 2 * nu * (nu - 1) * freeSymEvenTheta(params) * Math.pow(p * sigma2, nu - 1);
}

/** E[L(0)] = ½p^νHσ^{2ν}θ = ½(p^νH + (ν−1)!! p^{ν/2}H²)σ^{2ν}, the Pareto part of ½E[D_{2ν}]. */
export function freeSymEvenInitialLoss(params: CurveParams): number {
  const { nu, p, H, sigma2 } = checkFreeSymEven(params);
  return 0.5 * H * Math.pow(p * sigma2, nu) * freeSymEvenTheta(params);
}

/**
 * The boxed general SYM even-ν free loss at time t (floats). InputError for ASYM, odd ν, ν = 2,
 * or t at or before the blow-up time −T/c of gradient ascent.
 * @example
 * ```ts
 * freeSymEvenLoss({ nu: 4, scenario: 'sym', p: 64, H: 4096, sigma2: 1e-3, T: 1 }, 0); // ≈ 0.137438953472
 * ```
 */
export function freeSymEvenLoss(params: CurveParams, t: number): number {
  checkTime(t);
  const c = freeSymEvenRate(params);
  const base = 1 + (c * t) / params.T;
  if (!(base > 0)) throw new InputError(`curve free-sym-even: t = ${t} is at or beyond the blow-up time ${-params.T / c} of gradient ascent`);
  return freeSymEvenInitialLoss(params) * Math.pow(base, -params.nu / (params.nu - 1));
}

/** SYM, even ν ≥ 4. */
export function checkFreeSymEven(params: CurveParams): CurveParams {
  const q = checkCurveParams(params);
  if (q.scenario !== 'sym') throw new InputError('curve free-sym-even: needs scenario sym');
  if (q.nu % 2 !== 0 || q.nu < 4) throw new InputError(`curve free-sym-even: needs even nu ≥ 4 (got ${q.nu}; for nu = 2 use sym2-narayana)`);
  return q;
}
