/**
 * Free evolution (zero target), extreme over-parameterized point B (paper §6; App. G
 * "Overparameterized free evolutions"). Floats.
 *
 * ASYM (exponential):   E[L(t)] ≈ ½ p^ν H σ^{2ν} · exp(−2ν σ^{2(ν−1)} H t/T).
 * SYM, even ν (power):  E[L(t)] ≈ ½ (ν−1)!! p^{ν/2} H² σ^{2ν} · (1 + c t/T)^{−ν/(ν−1)},
 *                       c = 2ν(ν−1)!!(ν−1) p^{ν/2−1} H σ^{2(ν−1)}.
 *
 * E[L] is the total loss ½Σ f²; t, T physical (natural scale T ≍ Hσ^{2ν−2} in ASYM).
 */
import { InputError } from '../../../errors.js';
import { checkCurveParams, checkTime, oddDoubleFactorial, type CurveParams } from '../params.js';

/**
 * Decay constant: ASYM, the exponent rate 2νσ^{2(ν−1)}H (E[L] = E[L(0)] e^{−rate·t/T});
 * SYM, the power-law rate c (`E[L] = E[L(0)](1 + ct/T)^{−ν/(ν−1)}`).
 */
export function freeOverRate(params: CurveParams): number {
  const { nu, scenario, p, H, sigma2 } = checkFreeOver(params);
  if (scenario === 'asym') return 2 * nu * Math.pow(sigma2, nu - 1) * H;
  return 2 * nu * oddDoubleFactorial(nu / 2) * (nu - 1) * Math.pow(p, nu / 2 - 1) * H * Math.pow(sigma2, nu - 1);
}

/** E[L(0)]: ½p^νHσ^{2ν} (ASYM, exact) or ½(ν−1)!! p^{ν/2}H²σ^{2ν} (SYM, the two-H-node part of ½E[D]). */
export function freeOverInitialLoss(params: CurveParams): number {
  const { nu, scenario, p, H, sigma2 } = checkFreeOver(params);
  if (scenario === 'asym') return 0.5 * H * Math.pow(p * sigma2, nu);
  return 0.5 * oddDoubleFactorial(nu / 2) * Math.pow(p, nu / 2) * H * H * Math.pow(sigma2, nu);
}

/**
 * Over-parameterized free loss at time t (floats). Throws InputError for SYM with odd ν, for
 * H < p^{ν−1} (ASYM) or H < p^{ν/2} (SYM) — below the balance point the point-B limit does not
 * apply — and, in SYM, for t at or before the blow-up time −T/c of gradient ascent.
 * @example
 * ```ts
 * // at t = 0: ½·p³·H·σ⁶ = ½·32³·32768·1e-9
 * freeOverLoss({ nu: 3, scenario: 'asym', p: 32, H: 32768, sigma2: 1e-3, T: 1 }, 0); // ≈ 0.536870912
 * ```
 */
export function freeOverLoss(params: CurveParams, t: number): number {
  checkTime(t);
  const rate = freeOverRate(params);
  const e0 = freeOverInitialLoss(params);
  if (params.scenario === 'asym') return e0 * Math.exp((-rate * t) / params.T);
  const base = 1 + (rate * t) / params.T;
  if (!(base > 0)) throw new InputError(`curve free-over: t = ${t} is at or beyond the blow-up time ${-params.T / rate} of gradient ascent`);
  return e0 * Math.pow(base, -params.nu / (params.nu - 1));
}

/** Scenario and regime checks for the point-B formula. */
export function checkFreeOver(params: CurveParams): CurveParams {
  const q = checkCurveParams(params);
  if (q.scenario === 'sym' && q.nu % 2 !== 0) throw new InputError(`curve free-over: SYM needs even nu (got ${q.nu})`);
  const balance = q.scenario === 'asym' ? Math.pow(q.p, q.nu - 1) : Math.pow(q.p, q.nu / 2);
  if (q.H < balance) {
    const what = q.scenario === 'asym' ? 'p^(nu-1)' : 'p^(nu/2)';
    throw new InputError(`curve free-over: over-parameterized limit needs H ≥ ${what} = ${balance} (got H = ${q.H})`);
  }
  return q;
}
