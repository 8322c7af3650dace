/** Initial weights: i.i.d. N(0, σ²) (paper §2) from the seeded generator of one run. */
import { fillNormal } from './kernel/xoshiro.js';
import type { Problem } from './problem.js';
import { xoshiroState } from './seeding.js';

/**
 * Weights of a run with generator seed `seed`: the normals are drawn in storage order
 * (colour, then hidden unit k, then input i), see `fillNormal` (Marsaglia polar method, kernel/xoshiro.ts) and {@link xoshiroState}.
 */
export function initialWeights(pb: Problem, seed: bigint | number, sigma2: number): Float64Array {
  const w = new Float64Array(pb.size);
  fillNormal(xoshiroState(seed), w, pb.size, Math.sqrt(sigma2));
  return w;
}
