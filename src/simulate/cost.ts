/**
 * The arithmetic of a simulation, counted without running it, and the simulator's measured speed
 * on this machine: what `gfd experiment --plan` turns into core-hours.
 */
import type { Method } from './integrate.js';
import { GRAM_BLOCK_ABOVE } from './problem.js';

/** What the cost of a simulation depends on. */
export interface CostShape {
  readonly nu: number;
  /** Weight matrices: ν in ASYM, 1 in SYM. */
  readonly colours: number;
  readonly p: number;
  readonly H: number;
  /** Patterns of the target (0 for the zero target). */
  readonly terms: number;
}

/**
 * Multiply-adds of one evaluation of the loss and its gradient: per colour half a Gram matrix
 * (H(H+1)/2·p; a whole one, H²p, when the Gram matrices go by blocks of rows, problem.ts) and one
 * gradient product (H²p), the Hadamard products (ν·H² per colour) and the target terms (about
 * 2νHp per pattern).
 * @example evaluationMultiplyAdds({ nu: 2, colours: 1, p: 4, H: 4, terms: 1 }) // 200
 */
export function evaluationMultiplyAdds(s: CostShape): number {
  const { nu, colours, p, H, terms } = s;
  const gram = (colours + 1) * H * H > GRAM_BLOCK_ABOVE ? H * H : (H * (H + 1)) / 2;
  return colours * gram * p + colours * H * H * p + colours * nu * H * H + 2 * terms * nu * H * p;
}

/** Loss evaluations of one run: steps + 1 (Euler) or 4·steps + 1 (RK4); diverged runs stop earlier. */
export function runEvaluations(steps: number, method: Method): number {
  return (method === 'rk4' ? 4 : 1) * steps + 1;
}

/** One measured point: multiply-adds per evaluation and per second (loss and gradient, one thread). */
export interface SpeedPoint {
  readonly p: number;
  readonly H: number;
  readonly multiplyAddsPerEvaluation: number;
  readonly multiplyAddsPerSecond: number;
}

/**
 * Multiply-adds per second for an evaluation of `work` multiply-adds: log-log interpolation between
 * measured points (sorted by work), constant beyond the ends. Small problems run below the large
 * ones' rate (loop and call overhead), so one number for all sizes would misjudge them.
 * @example rateAt([{ p: 1, H: 1, multiplyAddsPerEvaluation: 100, multiplyAddsPerSecond: 1e8 }, { p: 2, H: 2, multiplyAddsPerEvaluation: 10000, multiplyAddsPerSecond: 1e9 }], 1000) // ≈ 3.16e8
 */
export function rateAt(points: readonly SpeedPoint[], work: number): number {
  const pts = [...points].sort((a, b) => a.multiplyAddsPerEvaluation - b.multiplyAddsPerEvaluation);
  if (pts.length === 0) throw new Error('rateAt: no measured points');
  if (work <= pts[0]!.multiplyAddsPerEvaluation) return pts[0]!.multiplyAddsPerSecond;
  for (let k = 1; k < pts.length; k++) {
    const a = pts[k - 1]!;
    const b = pts[k]!;
    if (work <= b.multiplyAddsPerEvaluation) {
      const x = Math.log(work / a.multiplyAddsPerEvaluation) / Math.log(b.multiplyAddsPerEvaluation / a.multiplyAddsPerEvaluation);
      return Math.exp((1 - x) * Math.log(a.multiplyAddsPerSecond) + x * Math.log(b.multiplyAddsPerSecond));
    }
  }
  return pts.at(-1)!.multiplyAddsPerSecond;
}
