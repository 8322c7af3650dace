/** The simulator's speed on this machine, measured on the spot (one thread, loss and gradient). */
import { makeModel } from '../model/index.js';
import { evaluationMultiplyAdds, type SpeedPoint } from './cost.js';
import { initialWeights } from './initialWeights.js';
import { loss, makeProblem, problemSpec } from './problem.js';

/** Sizes measured by {@link measureSpeed}: SYM ν = 2, identity target, p = H. */
export const SPEED_SIZES: readonly number[] = [8, 32, 128, 384];

/**
 * Time the loss and gradient of SYM ν = 2 (identity target) at p = H = each of `sizes`, for about
 * `seconds` each (best of several batches, so a busy machine reads closer to its real speed).
 */
export function measureSpeed(seconds = 0.15, sizes: readonly number[] = SPEED_SIZES): SpeedPoint[] {
  const model = makeModel({ nu: 2, scenario: 'sym', target: 'identity' });
  return sizes.map((n) => {
    const pb = makeProblem(problemSpec(model, n, n));
    const w = initialWeights(pb, 1, 1 / n);
    const grad = new Float64Array(pb.size);
    const work = evaluationMultiplyAdds({ nu: 2, colours: 1, p: n, H: n, terms: model.target.terms.length });
    loss(pb, w, grad);
    let best = 0;
    let reps = 1;
    const start = performance.now();
    do {
      const t0 = performance.now();
      for (let r = 0; r < reps; r++) loss(pb, w, grad);
      const dt = (performance.now() - t0) / 1000;
      best = Math.max(best, (reps * work) / Math.max(dt, 1e-9));
      if (dt < seconds / 8) reps *= 2;
    } while ((performance.now() - start) / 1000 < seconds);
    return { p: n, H: n, multiplyAddsPerEvaluation: work, multiplyAddsPerSecond: best };
  });
}
