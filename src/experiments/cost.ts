/**
 * The cost model of an experiment: for every simulation job its loss evaluations and multiply-adds
 * (counted, not run) and the core-hours they take at the simulator's measured speed.
 */
import { colourCount, makeModel } from '../model/index.js';
import { evaluationMultiplyAdds, GRAM_BLOCK_ABOVE, GRAM_BLOCK_ROWS, MAX_WORK, rateAt, runEvaluations, type SpeedPoint } from '../simulate/index.js';
import type { ExperimentSize, SimulationJob } from './types.js';

/** Evaluations and multiply-adds of one job (all runs to the end; diverging runs stop earlier). */
export interface JobWork {
  /** Loss evaluations over all runs. */
  readonly evaluations: number;
  /** Multiply-adds of one evaluation. */
  readonly perEvaluation: number;
  readonly multiplyAdds: number;
}

/**
 * Work of a job.
 * @example
 * ```ts
 * const job = { id: 'a', nu: 2, scenario: 'sym', target: 'identity', p: 4, H: 4, sigma2: 1, T: 1, tmax: 1, steps: 10, method: 'euler', seeds: 2, seed: 0, times: { kind: 'lin', count: 2 } } as const;
 * jobWork(job).evaluations; // 22
 * ```
 */
export function jobWork(job: SimulationJob): JobWork {
  const model = makeModel({ nu: job.nu, scenario: job.scenario, target: job.target });
  const perEvaluation = evaluationMultiplyAdds({ nu: job.nu, colours: colourCount(model), p: job.p, H: job.H, terms: model.target.terms.length });
  const evaluations = job.seeds * runEvaluations(job.steps, job.method);
  return { evaluations, perEvaluation, multiplyAdds: evaluations * perEvaluation };
}

/** A job with its work and estimated time. */
export interface JobCost {
  readonly id: string;
  readonly nu: number;
  readonly scenario: 'sym' | 'asym';
  readonly p: number;
  readonly H: number;
  readonly sigma2: number;
  readonly steps: number;
  readonly method: 'euler' | 'rk4';
  readonly seeds: number;
  readonly evaluations: number;
  readonly multiplyAdds: number;
  /** Estimated core-hours: multiply-adds over the measured rate at this evaluation size. */
  readonly coreHours: number;
  /** Memory of one run: weights, gradient and RK4 stages, Gram matrices (or blocks of their rows) and their Hadamard product. */
  readonly memoryBytes: number;
  /** False if the simulator refuses the job (estimated work beyond its limit of 2^44). */
  readonly withinLimit: boolean;
}

export interface PlanCost {
  readonly experiment: string;
  readonly size: ExperimentSize;
  readonly jobs: JobCost[];
  readonly total: { readonly jobs: number; readonly runs: number; readonly evaluations: number; readonly multiplyAdds: number; readonly coreHours: number };
}

/** The simulator's own work bound (plan.ts): seeds·steps·stages·ν·p·H·colours. */
function withinLimit(job: SimulationJob): boolean {
  const colours = job.scenario === 'sym' ? 1 : job.nu;
  return job.seeds * job.steps * (job.method === 'rk4' ? 4 : 1) * job.nu * job.p * job.H * colours <= MAX_WORK;
}

/**
 * Bytes of one run: 8·((colours + 1)·R·H + (stages·colours + t)·H·p) with R = H rows of the Gram
 * matrices held whole (t = 1 transpose) or R = 256 by blocks (t = colours transposes), stages = 4
 * (RK4: weights, gradient, sum, stage) or 2.
 */
function memoryBytes(job: SimulationJob): number {
  const colours = job.scenario === 'sym' ? 1 : job.nu;
  const blocked = (colours + 1) * job.H * job.H > GRAM_BLOCK_ABOVE;
  const rows = blocked ? Math.min(GRAM_BLOCK_ROWS, job.H) : job.H;
  return 8 * ((colours + 1) * rows * job.H + ((job.method === 'rk4' ? 4 : 2) * colours + (blocked ? colours : 1)) * job.H * job.p);
}

/** Costs of the jobs of an experiment at a size, with core-hours from the measured `speed`. */
export function planCost(experiment: string, size: ExperimentSize, jobs: readonly SimulationJob[], speed: readonly SpeedPoint[]): PlanCost {
  const costs = jobs.map((job): JobCost => {
    const w = jobWork(job);
    return {
      id: job.id, nu: job.nu, scenario: job.scenario, p: job.p, H: job.H, sigma2: job.sigma2, steps: job.steps, method: job.method, seeds: job.seeds,
      evaluations: w.evaluations, multiplyAdds: w.multiplyAdds, coreHours: w.multiplyAdds / rateAt(speed, w.perEvaluation) / 3600,
      memoryBytes: memoryBytes(job), withinLimit: withinLimit(job),
    };
  });
  const sum = (f: (c: JobCost) => number) => costs.reduce((a, c) => a + f(c), 0);
  return {
    experiment,
    size,
    jobs: costs,
    total: { jobs: costs.length, runs: sum((c) => c.seeds), evaluations: sum((c) => c.evaluations), multiplyAdds: sum((c) => c.multiplyAdds), coreHours: sum((c) => c.coreHours) },
  };
}
