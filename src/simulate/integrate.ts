/**
 * Fixed-step integration of the gradient flow du/dt = −(1/T) ∂L/∂u (paper eq. gf).
 *
 * With dt = tmax/steps and h = dt/T: explicit Euler u ← u − h ∇L(u) (the paper's scheme, App. L)
 * or classical RK4. A negative tmax gives dt < 0, i.e. gradient ascent toward t < 0. The run
 * stops at the first step whose loss is not a finite number (overflow or NaN); that is reported
 * as a divergence, with the last step whose loss was finite.
 */
import { axpy, axpyTo } from './kernel/axpy.js';
import { diagonal, loss, type Problem } from './problem.js';

export type Method = 'euler' | 'rk4';

export interface IntegrationSpec {
  readonly T: number;
  readonly tmax: number;
  readonly steps: number;
  readonly method: Method;
  /** Step indices (0..steps, strictly increasing) at which loss and diagonal are recorded. */
  readonly recordSteps: readonly number[];
}

export interface Trajectory {
  /** L at each recorded step; NaN where the run had diverged before that step. */
  readonly loss: Float64Array;
  /** R = Σ_i f_{i..i} at each recorded step; NaN likewise. */
  readonly diagonal: Float64Array;
  readonly diverged: boolean;
  /** Last step n whose loss was finite (time n·tmax/steps). */
  readonly lastFiniteStep: number;
}

/**
 * Integrate from weights `w` (overwritten with the final weights). `onStep(n)` is called after
 * the loss at step n has been evaluated.
 */
export function integrate(pb: Problem, w: Float64Array, spec: IntegrationSpec, onStep?: (n: number) => void): Trajectory {
  const { steps, method, recordSteps } = spec;
  const h = spec.tmax / steps / spec.T;
  const size = pb.size;
  const grad = new Float64Array(size);
  const rk = method === 'rk4';
  const acc = rk ? new Float64Array(size) : grad;
  const stage = rk ? new Float64Array(size) : grad;
  const lossOut = new Float64Array(recordSteps.length).fill(NaN);
  const diagOut = new Float64Array(recordSteps.length).fill(NaN);
  let next = 0;
  let lastFinite = -1;
  let diverged = false;
  for (let n = 0; n <= steps; n++) {
    const L = loss(pb, w, n < steps ? grad : undefined);
    if (!Number.isFinite(L)) {
      diverged = true;
      break;
    }
    lastFinite = n;
    if (recordSteps[next] === n) {
      lossOut[next] = L;
      diagOut[next] = diagonal(pb, w);
      next++;
    }
    onStep?.(n);
    if (n === steps) break;
    if (!rk) {
      axpy(-h, grad, w, size);
      continue;
    }
    // k1 = grad; acc = k1 + 2k2 + 2k3 + k4
    acc.set(grad);
    axpyTo(-h / 2, grad, w, stage, size);
    loss(pb, stage, grad);
    axpy(2, grad, acc, size);
    axpyTo(-h / 2, grad, w, stage, size);
    loss(pb, stage, grad);
    axpy(2, grad, acc, size);
    axpyTo(-h, grad, w, stage, size);
    loss(pb, stage, grad);
    axpy(1, grad, acc, size);
    axpy(-h / 6, acc, w, size);
  }
  return { loss: lossOut, diagonal: diagOut, diverged, lastFiniteStep: lastFinite };
}
