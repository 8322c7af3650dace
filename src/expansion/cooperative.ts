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
  /** Resolves after one turn of the event loop if the slice is used up, else at once. */
  async breathe(): Promise<void> {
    if (performance.now() - this.last < SLICE_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.last = performance.now();
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
 * event loop between slices of the Wick kernel; `onProgress` sees the kernel's work counter at
 * each pause.
 */
export async function wickExpectationCooperative(d: Diagram, onProgress?: (progress: WickProgress) => void): Promise<Poly> {
  const cycle = cycleExpectation(d);
  if (cycle) return cycle;
  const slicer = new Slicer();
  const steps = wickCountsSteps(d);
  for (;;) {
    const r = steps.next();
    if (r.done) return fallingFactorialToPoly(r.value.counts, r.value.sigma2);
    onProgress?.(r.value);
    await slicer.breathe();
  }
}
