/**
 * The parameters of one named curve: the scenario is inferred when the formula applies to one
 * scenario only and checked against the formula otherwise; then the shared ranges
 * ({@link checkCurveParams}) and the formula's own conditions are checked. Inputs for which a
 * derived constant or a value of the curve is not a finite double (overflow, or ∞·0 = NaN) are
 * refused: a curve never reports NaN or ±Infinity as a result.
 */
import { InputError } from '../../errors.js';
import type { Scenario } from '../../model/index.js';
import { checkCurveParams, type CurveParams } from './params.js';
import type { CurveFormula } from './registry.js';

/** Curve parameters with the scenario optional. */
export type CurveParamsSpec = Omit<CurveParams, 'scenario'> & { readonly scenario?: Scenario };

/**
 * The scenario a formula is evaluated in: the given one if the formula applies to it, the
 * formula's only scenario if none is given. Throws {@link InputError}.
 */
export function inferScenario(formula: CurveFormula, scenario: Scenario | undefined): Scenario {
  if (scenario === undefined) {
    if (formula.scenarios.length !== 1) throw new InputError(`curve: --scenario (${formula.scenarios.join(' or ')}) is required for ${formula.name}`);
    return formula.scenarios[0]!;
  }
  if (!formula.scenarios.includes(scenario)) {
    throw new InputError(`curve: ${formula.name} applies to scenario ${formula.scenarios.join(' or ')}, not ${scenario}`);
  }
  return scenario;
}

/**
 * Checked parameters of `formula` (scenario inferred if omitted): also refuses inputs for which a
 * derived constant of the curve (its `info`) overflows. Throws {@link InputError}.
 */
export function formulaParams(formula: CurveFormula, spec: CurveParamsSpec): CurveParams {
  const scenario = inferScenario(formula, spec.scenario);
  const params = checkCurveParams({ nu: spec.nu, scenario, p: spec.p, H: spec.H, sigma2: spec.sigma2, T: spec.T });
  const checked = formula.check(params);
  for (const [key, v] of Object.entries(formula.info(checked))) {
    if (typeof v === 'number' && !Number.isFinite(v)) {
      throw new InputError(`curve ${formula.name}: ${key} is not a finite number for these inputs (overflow); use smaller p, H, sigma2 or 1/T`);
    }
  }
  return checked;
}

/**
 * The values of `formula` at `times`, all finite: a value that overflows (or is NaN) is refused
 * with an {@link InputError} naming the first such time. Throws {@link InputError}.
 */
export function curveValues(formula: CurveFormula, params: CurveParams, times: readonly number[]): Float64Array {
  const values = formula.curve(params, times);
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) {
    throw new InputError(
      `curve ${formula.name}: the value at t = ${times[bad]} is not a finite number for these inputs (overflow); use smaller p, H, sigma2 or a shorter time range`,
    );
  }
  return values;
}
