/**
 * Free evolution (zero target), extreme under-parameterized point A (paper §6, eq.
 * free-underparam-loss; App. G, recurrence eq. freerecasymunder and its SYM analogue). Floats.
 *
 *   E[L(t)] ≈ E[L(0)] (1 + c t/T)^{−ν/(ν−1)},   E[L(0)] = ½ p^ν H σ^{2ν},
 *   c = 2(ν−1) p^{ν−1} σ^{2(ν−1)}  (ASYM),   c = 2ν(ν−1) p^{ν−1} σ^{2(ν−1)}  (SYM, even ν).
 *
 * E[L] is the total loss ½Σ f² (zero target, no per-entry normalisation); t and T are the physical
 * time and inverse learning rate (natural scale T ≍ p^{ν−1}σ^{2ν−2}).
 */
import { InputError } from '../../../errors.js';
import { checkCurveParams, checkTime, type CurveParams } from '../params.js';

/** Rate c of the under-parameterized power law, `E[L] = E[L(0)](1 + ct/T)^{−ν/(ν−1)}`. */
export function freeUnderRate(params: CurveParams): number {
  const { nu, scenario, p, sigma2 } = checkFreeUnder(params);
  const base = 2 * (nu - 1) * Math.pow(p * sigma2, nu - 1);
  return scenario === 'asym' ? base : nu * base;
}

/** E[L(0)] = ½ p^ν H σ^{2ν}, the flower (one H-node) part of ½E[D_{2ν}]. */
export function freeUnderInitialLoss(params: CurveParams): number {
  const { nu, p, H, sigma2 } = checkFreeUnder(params);
  return 0.5 * H * Math.pow(p * sigma2, nu);
}

/**
 * Under-parameterized free loss at time t (floats). Throws InputError for SYM with odd ν, for
 * H > p^{ν−1} (ASYM) or H > p^{ν/2} (SYM) — past the balance point the point-A limit does not
 * apply — and for t at or before the blow-up time −T/c of gradient ascent.
 * @example
 * ```ts
 * // at t = 0: ½·p³·H·σ⁶ = ½·128³·128·1e-6
 * freeUnderLoss({ nu: 3, scenario: 'asym', p: 128, H: 128, sigma2: 0.01, T: 1 }, 0); // ≈ 134.217728
 * ```
 */
export function freeUnderLoss(params: CurveParams, t: number): number {
  checkTime(t);
  const c = freeUnderRate(params);
  const base = 1 + (c * t) / params.T;
  if (!(base > 0)) throw new InputError(`curve free-under: t = ${t} is at or beyond the blow-up time ${-params.T / c} of gradient ascent`);
  return freeUnderInitialLoss(params) * Math.pow(base, -params.nu / (params.nu - 1));
}

/** Scenario and regime checks for the point-A formula. */
export function checkFreeUnder(params: CurveParams): CurveParams {
  const q = checkCurveParams(params);
  if (q.scenario === 'sym' && q.nu % 2 !== 0) throw new InputError(`curve free-under: SYM needs even nu (got ${q.nu})`);
  const balance = q.scenario === 'asym' ? Math.pow(q.p, q.nu - 1) : Math.pow(q.p, q.nu / 2);
  if (q.H > balance) {
    const what = q.scenario === 'asym' ? 'p^(nu-1)' : 'p^(nu/2)';
    throw new InputError(`curve free-under: under-parameterized limit needs H ≤ ${what} = ${balance} (got H = ${q.H})`);
  }
  return q;
}
