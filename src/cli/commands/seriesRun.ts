/**
 * What the large-size commands (pareto, regimes, limit) share: the order bound, and for pareto
 * and limit the choice between the leading-terms engine and the full series.
 */
import { leadingSeries, leadingStart, type LeadingGoal } from '../../asymptotics/index.js';
import { expandLossParallel, observableSeriesParallel } from '../../expansion/index.js';
import type { Diagram } from '../../diagram/index.js';
import type { DiagramSum } from '../../merge/index.js';
import type { Model } from '../../model/index.js';
import type { Poly } from '../../rational/index.js';
import { InputError } from '../../errors.js';
import { availableParallelism } from 'node:os';
import { modelJson } from '../../render/index.js';

/**
 * Largest order the large-size commands accept with the full series. The diagram classes grow
 * about sevenfold per order; beyond this the engine would run for hours.
 */
export const MAX_ASYMPTOTIC_ORDER = 12;

/** Largest order `pareto` and `limit` accept with the leading-terms engine. */
export const MAX_LEADING_ORDER = 40;

export const ENGINES = ['leading', 'full'] as const;
export type Engine = (typeof ENGINES)[number];

export interface GoalRun {
  engine: Engine;
  threads?: number;
  /** the series of this observable instead of the loss */
  observable?: Diagram | DiagramSum;
  /** each order as soon as it is known: the goal monomials (leading) or all of Y_s (full) */
  onTerm?: (s: number, y: Poly) => void;
  onProgress?: (s: number, done: number, total: number, phase: 'merge' | 'wick') => void;
}

/**
 * Y_0 … Y_order as far as the goals need them: with the leading engine only the goal monomials
 * (exact); if its exactness check fails at some order, the full series takes over from there.
 */
export async function goalSeries(model: Model, order: number, goals: readonly LeadingGoal[], run: GoalRun): Promise<Poly[]> {
  if (run.engine === 'full' && order > MAX_ASYMPTOTIC_ORDER) {
    throw new InputError(`--order: at most ${MAX_ASYMPTOTIC_ORDER} with --engine full, got ${order}`);
  }
  let reported = 0;
  const onTerm = (s: number, y: Poly) => {
    if (s < reported) return;
    reported = s + 1;
    run.onTerm?.(s, y);
  };
  if (run.engine === 'leading') {
    const opts = { onTerm: (t: { s: number; poly: Poly }) => onTerm(t.s, t.poly), onProgress: run.onProgress, threads: run.threads ?? availableParallelism() };
    const lead = await leadingSeries(leadingStart(model, run.observable), order, goals, opts);
    if (lead) return lead.map((t) => t.poly);
  }
  const opts = { onTerm: (t: { s: number; poly: Poly }) => onTerm(t.s, t.poly), onProgress: run.onProgress, threads: run.threads };
  const terms = run.observable === undefined ? await expandLossParallel(model, order, opts) : await observableSeriesParallel(model, run.observable, order, opts);
  return terms.map((t) => t.poly);
}

/**
 * What a command that prints one document at the end prints when it is interrupted (with
 * `--format json`; nothing otherwise): the model, the requested order, the orders whose
 * coefficients were finished, and `"complete": false` with the reason (docs/json.md).
 */
export function partialJson(json: boolean, model: Model, order: number, finished: readonly number[]): (reason: string) => string | null {
  return (reason) => (json ? JSON.stringify({ model: modelJson(model), order, finishedOrders: [...finished], complete: false, reason }) : null);
}
