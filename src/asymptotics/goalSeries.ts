/**
 * Y_0 … Y_S as far as some goals need them (the leading monomials along weights, the Pareto
 * fronts), by the engine asked for or the fastest that applies:
 * - `contracted` (contracted/): weight goals, p and H weighted positively, bridgeless loss
 *   terms and a connected observable; exact on the goal monomials by a proven bound; for a front
 *   goal (of the loss), the monomials on the bounded faces of each Newton polyhedron only (the
 *   convex part of the fronts, contracted/contractedPolyhedron.ts): chosen only when asked for;
 * - `leading` (leadingSeries.ts): any goals; exact, with the full series taking over from an
 *   order where its guess fails;
 * - `full`: the whole series (expansion/);
 * - `auto`: contracted where it applies and ν ≥ 3 (for ν = 2 the class-building engines are
 *   faster, benchmarks/contracted.mjs), else leading.
 */
import type { Diagram } from '../diagram/index.js';
import { expandLossParallel, observableSeriesParallel } from '../expansion/index.js';
import type { DiagramSum } from '../merge/index.js';
import type { Model } from '../model/index.js';
import { Rational, type Poly } from '../rational/index.js';
import { contractedNewtonPolyhedra } from './contracted/contractedPolyhedron.js';
import { contractedApplies, contractedLeadingSeries, contractedTooLarge, type ContractedWeight } from './contracted/contractedSeries.js';
import { leadingStart } from './leadingGoals.js';
import { leadingSeries, type LeadingGoal } from './leadingSeries.js';

export const ENGINES = ['auto', 'contracted', 'leading', 'full'] as const;
export type Engine = (typeof ENGINES)[number];

export interface GoalSeriesOptions {
  engine?: Engine;
  /** worker threads for the expectations (leading, full) */
  threads?: number;
  /** the series of this observable instead of the loss */
  observable?: Diagram | DiagramSum;
  /** each order as soon as it is known: the goal monomials (contracted, leading) or all of Y_s (full) */
  onTerm?: (s: number, y: Poly) => void;
  onProgress?: (s: number, done: number, total: number, phase: 'merge' | 'wick') => void;
}

/** The weights of the goals when the contracted engine can serve them all, else null. */
export function contractedWeights(model: Model, goals: readonly LeadingGoal[], observable?: Diagram | DiagramSum): ContractedWeight[] | null {
  const out: ContractedWeight[] = [];
  for (const g of goals) {
    if (g.kind !== 'weight') return null;
    const w = { p: g.p, H: g.H, sigma2: g.sigma2 };
    if (!contractedApplies(model, w, observable)) return null;
    out.push(w);
  }
  return out.length > 0 ? out : null;
}

/** Whether the goals are one Pareto-front goal of the loss that the contracted engine can serve (its convex part). */
export function contractedFront(model: Model, goals: readonly LeadingGoal[], observable?: Diagram | DiagramSum): boolean {
  if (goals.length !== 1 || goals[0]!.kind !== 'front' || observable !== undefined) return false;
  return contractedApplies(model, { p: Rational.ONE, H: Rational.ONE, sigma2: Rational.ZERO });
}

/** Whether `contracted` can serve the goals. */
export function contractedServes(model: Model, goals: readonly LeadingGoal[], observable?: Diagram | DiagramSum): boolean {
  return contractedWeights(model, goals, observable) !== null || contractedFront(model, goals, observable);
}

/** The engine `auto` stands for, given the goals. */
export function resolveEngine(engine: Engine, model: Model, goals: readonly LeadingGoal[], observable?: Diagram | DiagramSum): Exclude<Engine, 'auto'> {
  if (engine !== 'auto') return engine;
  return model.nu >= 3 && contractedWeights(model, goals, observable) !== null ? 'contracted' : 'leading';
}

/**
 * Y_0 … Y_order as far as the goals need them. Throws a RangeError when `contracted` is asked
 * for goals it cannot serve (a weight with p or H not positive, a loss term with a bridge, a
 * front mixed with other goals or of an observable).
 */
export async function goalSeries(model: Model, order: number, goals: readonly LeadingGoal[], options: GoalSeriesOptions = {}): Promise<Poly[]> {
  const engine = resolveEngine(options.engine ?? 'auto', model, goals, options.observable);
  let reported = 0;
  const onTerm = (s: number, y: Poly) => {
    if (s < reported) return;
    reported = s + 1;
    options.onTerm?.(s, y);
  };
  // the contracted engine's passes report their levels: level l of the pass for order s is merge l + 1 of s
  const onLevel = (s: number, level: number) => options.onProgress?.(s, level + 1, s + 1, 'merge');
  const tooLarge = engine === 'contracted' ? contractedTooLarge(model) : null;
  if (tooLarge !== null) throw new RangeError(tooLarge);
  if (engine === 'contracted' && contractedFront(model, goals, options.observable)) {
    const polyhedra = await contractedNewtonPolyhedra(model, order, { onPolyhedron: (p) => onTerm(p.s, p.terms), onLevel });
    return polyhedra.map((p) => p.terms);
  }
  if (engine === 'contracted') {
    const weights = contractedWeights(model, goals, options.observable);
    if (weights === null) throw new RangeError('the contracted engine serves weight goals (a scaling or a direction with positive p and H weights) or the convex part of the loss fronts');
    const r = await contractedLeadingSeries(model, order, weights, { observable: options.observable, onTerm, onLevel });
    return r.terms;
  }
  const threads = options.threads;
  if (engine === 'leading') {
    const opts = { onTerm: (t: { s: number; poly: Poly }) => onTerm(t.s, t.poly), onProgress: options.onProgress, threads };
    const lead = await leadingSeries(leadingStart(model, options.observable), order, goals, opts);
    if (lead) return lead.map((t) => t.poly);
  }
  const opts = { onTerm: (t: { s: number; poly: Poly }) => onTerm(t.s, t.poly), onProgress: options.onProgress, threads };
  const terms = options.observable === undefined ? await expandLossParallel(model, order, opts) : await observableSeriesParallel(model, options.observable, order, opts);
  return terms.map((t) => t.poly);
}
