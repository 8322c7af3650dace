/**
 * Validation of simulation options and the plain-data plan shared by the main thread and the
 * worker threads.
 */
import { InputError } from '../errors.js';
import { colourCount, type Model } from '../model/index.js';
import type { IntegrationSpec, Method } from './integrate.js';
import { problemSpec, type ProblemSpec } from './problem.js';
import { DEFAULT_TIME_GRID, recordSteps, type TimeGrid } from './timeGrid.js';

export interface SimulateOptions {
  readonly model: Model;
  /** Input size p ≥ 1. */
  readonly p: number;
  /** Hidden size (CP rank) H ≥ 1. */
  readonly H: number;
  /** Initialisation variance σ² > 0. */
  readonly sigma2: number;
  /** Time scale T > 0 (learning rate 1/T). */
  readonly T: number;
  /** Final time (nonzero; negative for gradient ascent). */
  readonly tmax: number;
  /** Number of integration steps ≥ 1. */
  readonly steps: number;
  /** Default `euler`. */
  readonly method?: Method;
  /** Number of independent runs, default 1. */
  readonly seeds?: number;
  /** Base seed: run j uses seed + j. Default 0. */
  readonly seed?: number;
  /** Report grid, default {@link DEFAULT_TIME_GRID}. */
  readonly times?: TimeGrid;
}

export interface SimulationPlan {
  readonly problem: ProblemSpec;
  readonly sigma2: number;
  readonly integration: IntegrationSpec;
  readonly seedBase: number;
  readonly seeds: number;
}

/** Largest p·H·colours accepted (memory for weights, gradient and RK4 stages). */
export const MAX_WEIGHTS = 1 << 27;

/** Largest number of runs (`--seeds`); each keeps its recorded loss and diagonal. */
export const MAX_SEEDS = 1_000_000;

/** Largest number of integration steps (`--steps`). */
export const MAX_STEPS = 1_000_000_000;

/** Largest seeds × recorded times (values kept in memory per series). */
export const MAX_RECORDED = 1 << 25;

/** Largest estimated work seeds · steps · stages · ν · p·H·colours (about an hour of arithmetic). */
export const MAX_WORK = 2 ** 44;

function positiveInteger(name: string, v: number): void {
  if (!Number.isSafeInteger(v) || v < 1) throw new InputError(`simulate: ${name} must be an integer >= 1, got ${v}`);
}

/** Check the options and build the plan. Throws {@link InputError} with a one-line message. */
export function planSimulation(opts: SimulateOptions): SimulationPlan {
  positiveInteger('p', opts.p);
  positiveInteger('H', opts.H);
  positiveInteger('steps', opts.steps);
  const seeds = opts.seeds ?? 1;
  positiveInteger('seeds', seeds);
  if (!(Number.isFinite(opts.sigma2) && opts.sigma2 > 0)) throw new InputError(`simulate: sigma2 must be a finite number > 0, got ${opts.sigma2}`);
  if (!(Number.isFinite(opts.T) && opts.T > 0)) throw new InputError(`simulate: T must be a finite number > 0, got ${opts.T}`);
  if (!Number.isFinite(opts.tmax) || opts.tmax === 0) throw new InputError(`simulate: tmax must be a finite nonzero number, got ${opts.tmax}`);
  const method = opts.method ?? 'euler';
  if (method !== 'euler' && method !== 'rk4') throw new InputError(`simulate: unknown method "${String(method)}" (expected euler or rk4)`);
  const seedBase = opts.seed ?? 0;
  if (!Number.isSafeInteger(seedBase) || seedBase < 0 || !Number.isSafeInteger(seedBase + seeds - 1)) {
    throw new InputError(`simulate: seed must be an integer between 0 and 2^53 - seeds, got ${seedBase}`);
  }
  const colours = colourCount(opts.model);
  if (opts.p * opts.H * colours > MAX_WEIGHTS) throw new InputError(`simulate: too many weights (${colours}·H·p > ${MAX_WEIGHTS})`);
  if (seeds > MAX_SEEDS) throw new InputError(`simulate: ${seeds} seeds exceed the limit of ${MAX_SEEDS}`);
  if (opts.steps > MAX_STEPS) throw new InputError(`simulate: ${opts.steps} steps exceed the limit of ${MAX_STEPS}`);
  const work = seeds * opts.steps * (method === 'rk4' ? 4 : 1) * opts.model.nu * opts.p * opts.H * colours;
  if (work > MAX_WORK) {
    throw new InputError(`simulate: estimated work seeds·steps·stages·nu·weights = ${work.toExponential(2)} exceeds the limit of 2^44 (about ${MAX_WORK.toExponential(2)})`);
  }
  const record = recordSteps(opts.times ?? DEFAULT_TIME_GRID, opts.tmax, opts.steps);
  if (seeds * record.length > MAX_RECORDED) {
    throw new InputError(`simulate: ${seeds} seeds × ${record.length} report times exceed the limit of ${MAX_RECORDED} recorded values`);
  }
  return {
    problem: problemSpec(opts.model, opts.p, opts.H),
    sigma2: opts.sigma2,
    integration: {
      T: opts.T,
      tmax: opts.tmax,
      steps: opts.steps,
      method,
      recordSteps: record,
    },
    seedBase,
    seeds,
  };
}
