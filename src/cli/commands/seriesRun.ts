/**
 * What the large-size commands (pareto, regimes, limit, check, solve) share: the order bounds,
 * and the engine that computes the goal monomials (asymptotics/goalSeries.ts).
 */
import {
  contractedServes,
  contractedTooLarge,
  goalSeries as goalSeriesOf,
  resolveEngine,
  type Engine,
  type GoalSeriesOptions,
  type LeadingGoal,
} from '../../asymptotics/index.js';
import type { Model } from '../../model/index.js';
import type { Poly } from '../../rational/index.js';
import { InputError } from '../../errors.js';
import { availableParallelism } from 'node:os';
import { modelJson } from '../../render/index.js';
import { interruptible } from '../openDocuments.js';
import { makeProgress, seriesProgress } from '../progress.js';

/**
 * Largest order the large-size commands accept with the full series. The diagram classes grow
 * about sevenfold per order; beyond this the engine would run for hours.
 */
export const MAX_ASYMPTOTIC_ORDER = 12;

/** Largest order `pareto` and `limit` accept with the leading-terms engine. */
export const MAX_LEADING_ORDER = 40;

export { ENGINES, type Engine } from '../../asymptotics/index.js';

export interface GoalRun extends GoalSeriesOptions {
  engine: Engine;
}

/**
 * Y_0 … Y_order as far as the goals need them (asymptotics/goalSeries.ts), with the CLI's caps:
 * the full series to order 12, worker threads as many as cores by default; an engine that cannot
 * serve the goals is bad input.
 */
export async function goalSeries(model: Model, order: number, goals: readonly LeadingGoal[], run: GoalRun): Promise<Poly[]> {
  const engine = resolveEngine(run.engine, model, goals, run.observable);
  if (engine === 'full' && order > MAX_ASYMPTOTIC_ORDER) {
    throw new InputError(`--order: at most ${MAX_ASYMPTOTIC_ORDER} with --engine full, got ${order}`);
  }
  const tooLarge = engine === 'contracted' ? contractedTooLarge(model) : null;
  if (tooLarge !== null) throw new InputError(`--engine contracted: ${tooLarge} (use leading or full)`);
  if (engine === 'contracted' && !contractedServes(model, goals, run.observable)) {
    throw new InputError('--engine contracted: serves scalings and directions with positive p and H weights, and loss fronts, of models whose loss terms have no bridge (use leading or full)');
  }
  return goalSeriesOf(model, order, goals, { ...run, engine, threads: run.threads ?? availableParallelism() });
}

/**
 * What a command that prints one document at the end prints when it is interrupted (with
 * `--format json`; nothing otherwise): the model, the requested order, the orders whose
 * coefficients were finished, and `"complete": false` with the reason (docs/json.md).
 */
export function partialJson(json: boolean, model: Model, order: number, finished: readonly number[]): (reason: string) => string | null {
  return (reason) => (json ? JSON.stringify({ model: modelJson(model), order, finishedOrders: [...finished], complete: false, reason }) : null);
}

/** The progress and per-order hooks {@link withSeriesBookkeeping} hands to the computation. */
export interface SeriesHooks {
  onProgress: ReturnType<typeof seriesProgress>;
  onTerm: (term: number | { readonly s: number }) => void;
}

/**
 * Runs `compute` (a series computed order by order) with what every command that prints one
 * document at the end needs around it: a progress bar (not with `quiet`), the list of finished
 * orders, and the interrupt behaviour of {@link partialJson} until the series is done.
 */
export async function withSeriesBookkeeping<T>(
  model: Model,
  order: number,
  output: { readonly json: boolean; readonly quiet?: boolean },
  compute: (hooks: SeriesHooks) => Promise<T>,
): Promise<T> {
  const progress = makeProgress(output.quiet);
  const finished: number[] = [];
  const onTerm = (term: number | { readonly s: number }) => {
    progress.stop();
    finished.push(typeof term === 'number' ? term : term.s);
  };
  const release = interruptible(partialJson(output.json, model, order, finished));
  try {
    return await compute({ onProgress: seriesProgress(progress), onTerm });
  } finally {
    release();
    progress.stop();
  }
}

/** {@link goalSeries} with the bookkeeping of {@link withSeriesBookkeeping}. */
export function runGoalSeries(
  model: Model,
  order: number,
  goals: readonly LeadingGoal[],
  run: { readonly engine: Engine; readonly threads?: number; readonly observable?: GoalRun['observable'] },
  output: { readonly json: boolean; readonly quiet?: boolean },
): Promise<Poly[]> {
  return withSeriesBookkeeping(model, order, output, (hooks) => goalSeries(model, order, goals, { ...run, ...hooks }));
}
