/**
 * What the large-size commands ask of the leading-terms engine (leadingSeries.ts): the start of
 * the series, and goals from a scaling, a power-law direction or the Pareto front.
 */
import { DiagramSum } from '../merge/index.js';
import type { Diagram } from '../diagram/index.js';
import { lossDiagrams } from '../expansion/index.js';
import type { Model } from '../model/index.js';
import { Poly, Rational } from '../rational/index.js';
import type { Direction, Scaling } from './scaling.js';
import { conjecturedOddSymTerms, theoremApplies, theoremParetoExponents } from './theorem41.js';
import type { FrontGoal, LeadingStart, WeightGoal } from './leadingSeries.js';

/** C_0 = L (loss series, with ½‖F‖² added to Y_0) or C_0 = G (an observable). */
export function leadingStart(model: Model, observable?: Diagram | DiagramSum): LeadingStart {
  const loss = lossDiagrams(model);
  if (observable === undefined) return { start: loss.sum, loss: loss.sum, constant: loss.constant };
  const start = observable instanceof DiagramSum ? observable : DiagramSum.of(observable);
  return { start, loss: loss.sum, constant: Poly.ZERO };
}

/** Along H = y p^a, σ² = z p^b: weight q + a n + b l. */
export function scalingGoal(scaling: Scaling): WeightGoal {
  return { kind: 'weight', p: Rational.ONE, H: scaling.a, sigma2: scaling.b };
}

/** Along a power-law direction: weight α_p q + α_H n + 2α_σ l. */
export function directionGoal(alpha: Direction): WeightGoal {
  return { kind: 'weight', p: alpha.p, H: alpha.H, sigma2: alpha.sigma.mul(2) };
}

/**
 * The Pareto front, guessed by Theorem 4.1 (ASYM, SYM with even ν) or the odd-ν description
 * (docs/asymptotics.md) for the identity target; no guess (so no pruning) for other targets.
 */
export function frontGoal(model: Model): FrontGoal {
  if (model.target.name !== 'identity') return { kind: 'front', guess: () => [] };
  const guess = theoremApplies(model.nu, model.scenario)
    ? (s: number) => theoremParetoExponents(model.nu, model.scenario, s)
    : (s: number) => conjecturedOddSymTerms(model.nu, s);
  return { kind: 'front', guess };
}
