/**
 * The resummed large-size limit series as a theory curve of an experiment: the exact series of the
 * model (expansion/), its limit along a scaling (asymptotics/), evaluated at the run's y, z exactly
 * and resummed by Padé (solutions/resummation/). Floats from the resummation on.
 */
import { limitSeries, parseScaling, type LimitSeries } from '../asymptotics/index.js';
import { lossSeries } from '../expansion/index.js';
import { makeModel, type ModelSpec } from '../model/index.js';
import { Rational } from '../rational/index.js';
import { resummedLimitLoss, type ResummationVariable } from '../solutions/index.js';
import type { TheoryFormula } from './series.js';

const cache = new Map<string, LimitSeries>();

/** The limit series of the loss to `order` along `scaling` (memoised for the process). */
export function limitSeriesOf(model: ModelSpec, scaling: string, order: number): LimitSeries {
  const key = JSON.stringify([model.nu, model.scenario, model.target ?? 'identity', scaling, order]);
  let lim = cache.get(key);
  if (!lim) {
    lim = limitSeries(lossSeries(makeModel(model), order), parseScaling(scaling));
    cache.set(key, lim);
  }
  return lim;
}

/** A number as the exact rational its decimal form names (0.01 → 1/100). */
export function decimalRational(x: number): Rational {
  return Rational.parse(String(x));
}

/**
 * The theory entry 'resummed-limit' for one run: E[L(t)] ≈ p^{e_0} R(t p^ρ/T) with R the resummed
 * Σ c_s(y, z) x^s/s!; `info` reports the order, the approximant and its nearest pole.
 */
export function resummedTheory(
  lim: LimitSeries,
  at: { y: Rational; z: Rational; p: number; T: number },
  label: string,
  variable?: ResummationVariable,
  degrees: { L?: number; M?: number } = {},
): TheoryFormula {
  const r = resummedLimitLoss(lim, at.y, at.z, { p: at.p, T: at.T }, { ...degrees, ...(variable ? { variable } : {}) });
  const rs = r.resummation;
  return {
    name: 'resummed-limit',
    label,
    curve: (times) => times.map((t) => r.evaluate(t)),
    info: {
      order: lim.terms.length - 1,
      approximant: `[${rs.L}/${rs.M}] in ${variable?.kind === 'exp' ? `1 − exp(−${variable.rate}·x)` : 'x'}`,
      nearestPole: rs.nearestPole,
    },
  };
}
