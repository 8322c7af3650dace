/**
 * Long computations that let the event loop run every few tens of milliseconds, so that signals
 * (an interrupt closing a streamed document) and worker messages are handled promptly. Results
 * are the same as those of the plain synchronous functions.
 */
import type { Diagram } from '../diagram/index.js';
import { DiagramSum, mergeTerms } from '../merge/index.js';
import type { Poly } from '../rational/index.js';
import { cycleExpectation, fallingFactorialToPoly, wickCountsSteps, type WickProgress } from '../wick/index.js';

/** Longest stretch of synchronous work between two turns of the event loop (ms). */
const SLICE_MS = 40;

/** A clock that says when the current slice of work is used up. */
export class Slicer {
  private last = performance.now();
  /** Whether the current slice is used up (then {@link breathe} pauses). */
  due(): boolean {
    return performance.now() - this.last >= SLICE_MS;
  }
  /**
   * Resolves after one turn of the event loop if the slice is used up, else at once; true when it
   * paused.
   */
  async breathe(): Promise<boolean> {
    if (!this.due()) return false;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.last = performance.now();
    return true;
  }
}

/** x ⋆ y exactly as `merge` (src/merge/merge.ts) computes it, class by class of x with breaks. */
export async function mergeCooperative(x: DiagramSum, y: DiagramSum, onTerm?: () => void): Promise<DiagramSum> {
  const out = DiagramSum.builder();
  const slicer = new Slicer();
  for (const _ of mergeTerms(out, x, y)) {
    onTerm?.();
    await slicer.breathe();
  }
  return out.build(x.factor.mul(y.factor));
}

/**
 * E[G] exactly as `wickExpectation` (src/wick/wickExpectation.ts) computes it, with breaks for the
 * event loop between slices of the Wick kernel (the slices of `slicer`, which a caller evaluating
 * many diagrams shares between them). Once the current slice is used up, `onProgress` sees the
 * kernel's work counter at each of its pauses (about every millisecond of work, and at the end
 * with all partitions done); a diagram done within the slice reports nothing.
 */
export async function wickExpectationCooperative(d: Diagram, onProgress?: (progress: WickProgress) => void, slicer = new Slicer()): Promise<Poly> {
  return wickExpectationSliced(d, onProgress, slicer);
}

/**
 * {@link wickExpectationCooperative}, synchronous while the current slice lasts: E[G] itself when
 * the diagram is done before the slice is used up (most are), else a promise of it. A series of
 * many small classes then pays neither a turn of the event loop nor a progress call per class.
 */
export function wickExpectationSliced(d: Diagram, onProgress: ((progress: WickProgress) => void) | undefined, slicer: Slicer): Poly | Promise<Poly> {
  const steps = wickExpectationSteps(d);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (slicer.due()) {
      onProgress?.(r.value);
      return finishSteps(steps, onProgress, slicer);
    }
  }
}

/**
 * E[G] exactly as `wickExpectation` computes it, pausing (yielding the kernel's work counter)
 * about every millisecond of work; a cycle of one colour is answered at once.
 */
export function* wickExpectationSteps(d: Diagram): Generator<WickProgress, Poly, void> {
  const cycle = cycleExpectation(d);
  if (cycle) return cycle;
  const { counts, sigma2 } = yield* wickCountsSteps(d);
  return fallingFactorialToPoly(counts, sigma2);
}

async function finishSteps(steps: Generator<WickProgress, Poly, void>, onProgress: ((progress: WickProgress) => void) | undefined, slicer: Slicer): Promise<Poly> {
  for (;;) {
    await slicer.breathe();
    const r = steps.next();
    if (r.done) return r.value;
    onProgress?.(r.value);
  }
}
