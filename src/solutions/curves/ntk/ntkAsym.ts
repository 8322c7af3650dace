/**
 * NTK regime of ASYM with the identity target, points B and C (paper §7, Proposition 7.1
 * prop:ntk_training_main; App. "NTK limit", kernel-method equivalence). Floats.
 *
 * The linearised model evolves as a kernel method with the initial kernel; with
 * η := Hσ^{2ν−2}/T the appendix shows T⁻¹Θ(0) → νη·Id, so
 *   f(t) − F = e^{−κt}(f(0) − F),   E[L(t)] = ½(p + p^ν H σ^{2ν}) e^{−2κt},   E[R(t)]/p = 1 − e^{−κt},
 * where R = Σ_i f_{i…i} and ½(p + p^νHσ^{2ν}) = E[L(0)] exactly (E f(0) = 0, E D_{2ν} = p^νHσ^{2ν}).
 *
 * Rate convention (the two statements in the paper differ by ν):
 * - `'eta'`: κ = η, as Proposition 7.1 states (f_{i…i}(t) → 1 − e^{−ηt});
 * - `'nu-eta'`: κ = νη, as the kernel limit T⁻¹Θ → νη·Id implies, and as the over-parameterized free
 *   formula of §6 (E[L] ∝ e^{−2νσ^{2(ν−1)}Ht/T} = e^{−2νηt}) and the exact first derivatives
 *   E[R ⋆ R] = νpHσ^{2ν−2}, ¼E[D ⋆ D] ≈ νp^νH²σ^{4ν−2} agree with.
 * Both are exposed so that simulations can decide.
 */
import { InputError } from '../../../errors.js';
import { checkCurveParams, checkTime, type CurveParams } from '../params.js';

/** Which rate multiplies t in f_{i…i}(t) = 1 − e^{−κt}: η (Prop. 7.1 as stated) or νη (kernel limit). */
export type NtkRateConvention = 'eta' | 'nu-eta';

/** η = Hσ^{2ν−2}/T, the rate of Proposition 7.1 (T ~ η⁻¹Hσ^{2ν−2}). */
export function ntkEta(params: CurveParams): number {
  const { nu, H, sigma2, T } = checkNtk(params);
  return (H * Math.pow(sigma2, nu - 1)) / T;
}

/** κ = η or νη according to the convention. */
export function ntkRate(params: CurveParams, convention: NtkRateConvention): number {
  const eta = ntkEta(params);
  return convention === 'eta' ? eta : params.nu * eta;
}

/**
 * Predicted E[L(t)] = ½(p + p^νHσ^{2ν}) e^{−2κt} (floats).
 * @example
 * ```ts
 * ntkAsymLoss({ nu: 2, scenario: 'asym', p: 16, H: 4096, sigma2: 1e-3, T: 4.096 }, 0, 'nu-eta'); // ≈ 8.524288
 * ```
 */
export function ntkAsymLoss(params: CurveParams, t: number, convention: NtkRateConvention): number {
  checkTime(t);
  const kappa = ntkRate(params, convention);
  const { nu, p, H, sigma2 } = params;
  return 0.5 * (p + H * Math.pow(p * sigma2, nu)) * Math.exp(-2 * kappa * t);
}

/** Predicted E[R(t)]/p = E[f_{i…i}(t)] = 1 − e^{−κt} (floats). */
export function ntkAsymTrace(params: CurveParams, t: number, convention: NtkRateConvention): number {
  checkTime(t);
  return -Math.expm1(-ntkRate(params, convention) * t);
}

/** ASYM and over-parameterized (H ≥ p^{ν−1}; points B and C need H/p^{ν−1} → ∞). */
export function checkNtk(params: CurveParams): CurveParams {
  const q = checkCurveParams(params);
  if (q.scenario !== 'asym') throw new InputError('curve ntk-asym: the NTK limit exists only in scenario asym');
  const balance = Math.pow(q.p, q.nu - 1);
  if (q.H < balance) throw new InputError(`curve ntk-asym: points B/C are over-parameterized, need H ≥ p^(nu-1) = ${balance} (got H = ${q.H})`);
  return q;
}
