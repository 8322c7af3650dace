/**
 * The exact finite-size E[L(0)] = Y_0 of a job from the series engine (exact polynomial in p, H,
 * σ², evaluated in floating point). The closed forms keep only its leading terms, so at small p
 * the simulated loss starts above them; this value says by how much it should.
 */
import { lossSeries } from '../expansion/index.js';
import { makeModel } from '../model/index.js';
import type { Poly } from '../rational/index.js';
import type { SimulationJob } from './types.js';

const cache = new Map<string, Poly>();

/**
 * Y_0 = E[L(0)] at the job's p, H, σ² (floats).
 * @example exactInitialLoss({ nu: 4, scenario: 'sym', target: 'zero', p: 16, H: 8, sigma2: 0.01 } as SimulationJob)
 */
export function exactInitialLoss(job: Pick<SimulationJob, 'nu' | 'scenario' | 'target' | 'p' | 'H' | 'sigma2'>): number {
  const key = `${job.nu}/${job.scenario}/${job.target}`;
  let y0 = cache.get(key);
  if (y0 === undefined) {
    y0 = lossSeries(makeModel({ nu: job.nu, scenario: job.scenario, target: job.target }), 0)[0]!;
    cache.set(key, y0);
  }
  let total = 0;
  for (const t of y0.terms()) total += t.coeff.toNumber() * job.p ** t.p * job.H ** t.H * job.sigma2 ** t.sigma2;
  return total;
}
