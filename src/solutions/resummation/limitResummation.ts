/**
 * The resummed large-size limit of the loss: along H = y p^a, σ² = z p^b with e_s = e_0 + s·ρ,
 *   E[L(t)] ≈ p^{e_0} Σ_s c_s(y, z) (t p^ρ/T)^s/s!                       (paper §6, eq. lossexp)
 * evaluated at given numbers y, z (exactly, as rationals) and resummed by Padé or Borel–Padé.
 * Floats from the resummation on.
 */
import { type LimitSeries } from '../../asymptotics/index.js';
import { InputError } from '../../errors.js';
import { Rational } from '../../rational/index.js';
import { resum, type Resummation, type ResummationOptions } from './resummedSeries.js';

export interface ResummedLimitLoss {
  readonly resummation: Resummation;
  /** p^{e_0} */
  readonly normalisation: number;
  /** the argument of the series is t·timeFactor: p^ρ/T */
  readonly timeFactor: number;
  /** E[L(t)] at physical time t (floats); null where the resummation is undefined */
  evaluate(t: number): number | null;
}

/**
 * Resum a limit series at y, z for a run of size p with inverse learning rate T.
 *
 * @example
 * ```ts
 * const ys = await series(makeModel({ nu: 2, scenario: 'sym' }), 6, { threads: 1 });
 * const lim = limitSeries(ys, parseScaling('H = y*p, sigma2 = z/p'));
 * const r = resummedLimitLoss(lim, Rational.of(1), Rational.of(1, 2), { p: 100, T: 1 });
 * r.evaluate(0); // ≈ 25
 * ```
 */
export function resummedLimitLoss(
  series: LimitSeries,
  y: Rational,
  z: Rational,
  run: { p: number; T: number },
  options: ResummationOptions = {},
): ResummedLimitLoss {
  if (!series.affine || series.rate === null || series.normalisation === null) {
    throw new InputError('resummation: the limit exponents are not affine in s, so there is no single time scale to resum on');
  }
  const c = series.terms.map((t) => t.coeff.evaluate(y, z));
  const resummation = resum(c, options);
  const normalisation = Math.pow(run.p, series.normalisation.toNumber());
  const timeFactor = Math.pow(run.p, series.rate.toNumber()) / run.T;
  return Object.freeze({
    resummation,
    normalisation,
    timeFactor,
    evaluate(t: number): number | null {
      const v = resummation.evaluate(t * timeFactor);
      return v === null || !Number.isFinite(v) ? null : normalisation * v;
    },
  });
}
