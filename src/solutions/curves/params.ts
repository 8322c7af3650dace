/**
 * Parameters of the closed-form loss curves (paper §6–9). All curves are evaluated in floating
 * point; p and H are real numbers ≥ 1 here (the formulas are large-size limits, so non-integer
 * sizes are meaningful as scaling parameters).
 */
import { InputError } from '../../errors.js';
import { MAX_NU, type Scenario } from '../../model/index.js';

/**
 * Model and time-scale parameters of a curve: order ν, scenario, sizes p and H, initialisation
 * variance σ² (`sigma2`) and the inverse learning rate T of du/dt = −(1/T)∂L/∂u (paper eq. gf).
 * Every curve is a function of these and of the physical time t; none rescales T implicitly.
 */
export interface CurveParams {
  readonly nu: number;
  readonly scenario: Scenario;
  readonly p: number;
  readonly H: number;
  readonly sigma2: number;
  readonly T: number;
}

/**
 * Check the ranges shared by all curves (ν integer in [2, MAX_NU], scenario sym|asym, p ≥ 1,
 * H ≥ 1, σ² > 0, T > 0, all finite) and return a frozen copy. Throws {@link InputError}.
 */
export function checkCurveParams(params: CurveParams): CurveParams {
  const { nu, scenario, p, H, sigma2, T } = params;
  if (!Number.isInteger(nu) || nu < 2 || nu > MAX_NU) throw new InputError(`curve: nu must be an integer in [2, ${MAX_NU}] (got ${nu})`);
  if (scenario !== 'sym' && scenario !== 'asym') throw new InputError(`curve: scenario must be sym or asym (got ${String(scenario)})`);
  if (!(Number.isFinite(p) && p >= 1)) throw new InputError(`curve: p must be a finite number ≥ 1 (got ${p})`);
  if (!(Number.isFinite(H) && H >= 1)) throw new InputError(`curve: H must be a finite number ≥ 1 (got ${H})`);
  if (!(Number.isFinite(sigma2) && sigma2 > 0)) throw new InputError(`curve: sigma2 must be a finite number > 0 (got ${sigma2})`);
  if (!(Number.isFinite(T) && T > 0)) throw new InputError(`curve: T must be a finite number > 0 (got ${T})`);
  return Object.freeze({ nu, scenario, p, H, sigma2, T });
}

/** Check that t is a finite number. */
export function checkTime(t: number): void {
  if (!Number.isFinite(t)) throw new InputError(`curve: time t must be a finite number (got ${t})`);
}

/** (2k−1)!! for k ≥ 0 as a float; (ν−1)!! for even ν is `oddDoubleFactorial(ν/2)`. */
export function oddDoubleFactorial(k: number): number {
  let r = 1;
  for (let j = 1; j <= k; j++) r *= 2 * j - 1;
  return r;
}
