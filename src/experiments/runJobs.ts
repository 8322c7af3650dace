/** Run the simulation jobs of an experiment one after the other, with one progress count. */
import { makeModel } from '../model/index.js';
import { simulate, type SimulationResult } from '../simulate/index.js';
import type { ExperimentOptions, SimulationJob } from './types.js';

/** The jobs with the number of runs replaced by `seeds` when given. */
export function withSeeds(jobs: readonly SimulationJob[], seeds: number | undefined): SimulationJob[] {
  return jobs.map((j) => (seeds === undefined ? j : { ...j, seeds }));
}

/**
 * Simulate every job (each spreads its runs over worker threads when compiled); results by id.
 * Progress counts integration steps over all jobs (an upper bound: diverged runs stop early).
 */
export async function runJobs(jobs: readonly SimulationJob[], options: Pick<ExperimentOptions, 'threads' | 'onProgress'>): Promise<Map<string, SimulationResult>> {
  const total = jobs.reduce((a, j) => a + j.seeds * (j.steps + 1), 0);
  let offset = 0;
  const out = new Map<string, SimulationResult>();
  for (const job of jobs) {
    const model = makeModel({ nu: job.nu, scenario: job.scenario, target: job.target });
    const res = await simulate(
      { model, p: job.p, H: job.H, sigma2: job.sigma2, T: job.T, tmax: job.tmax, steps: job.steps, method: job.method, seeds: job.seeds, seed: job.seed, times: job.times },
      { threads: options.threads, onProgress: (done) => options.onProgress?.(offset + done, total) },
    );
    offset += job.seeds * (job.steps + 1);
    options.onProgress?.(offset, total);
    out.set(job.id, res);
  }
  return out;
}
