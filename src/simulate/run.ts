/** One run of a simulation plan: seeded initialisation, then integration. */
import { initialWeights } from './initialWeights.js';
import { integrate, type Trajectory } from './integrate.js';
import type { SimulationPlan } from './plan.js';
import { makeProblem } from './problem.js';
import { runSeed } from './seeding.js';

/**
 * Run number `index` (0-based) of the plan, with generator seed `seedBase + index`. The
 * outcome depends only on the plan and the index (not on the thread that runs it).
 */
export function runOne(plan: SimulationPlan, index: number, onStep?: (n: number) => void): Trajectory {
  const pb = makeProblem(plan.problem);
  const w = initialWeights(pb, runSeed(plan.seedBase, index), plan.sigma2);
  return integrate(pb, w, plan.integration, onStep);
}
