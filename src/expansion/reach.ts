/**
 * What a series run can reach, checked before any work and between levels:
 * - the classes of C_s have at most e(C_0) + s·(e(L) − 2) edges (a merge joins a class and a
 *   diagram of L along one edge pair; series.ts `shapesFrom`), and exact expectations of classes
 *   beyond {@link MAX_SERIES_EDGES} edges are out of reach (a single cycle of 88 edges already
 *   takes seconds, and the cost grows about 1.25-fold per node), so such an order is refused
 *   before anything is computed;
 * - the class count grows level by level about geometrically; before level s + 1 is merged, it is
 *   projected as classes(s)²/classes(s − 1), and a level projected beyond
 *   {@link MAX_LEVEL_CLASSES} classes (hundreds of GB) is refused, after the finished levels.
 */
import { EDGE_STRIDE } from '../diagram/index.js';
import type { DiagramSum } from '../merge/index.js';
import { InputError } from '../errors.js';

/** Largest number of edges of a class whose expectation a series run attempts. */
export const MAX_SERIES_EDGES = 256;

/** Largest projected number of classes of one level. */
export const MAX_LEVEL_CLASSES = 2 ** 24;

function maxEdges(sum: DiagramSum): number {
  let e = 0;
  for (const t of sum.unorderedIntTerms()) e = Math.max(e, t.form.diagram.edges.length / EDGE_STRIDE);
  return e;
}

/** The largest number of edges of a class of C_s, from C_0 and L. */
export function maxEdgesAtLevel(start: DiagramSum, L: DiagramSum, s: number): number {
  return maxEdges(start) + s * Math.max(0, maxEdges(L) - 2);
}

/** Refuses an order whose classes exceed {@link MAX_SERIES_EDGES} edges (InputError naming the largest order). */
export function checkSeriesReach(start: DiagramSum, L: DiagramSum, order: number): void {
  const e0 = maxEdges(start);
  const step = Math.max(0, maxEdges(L) - 2);
  const edges = e0 + order * step;
  if (edges > MAX_SERIES_EDGES) {
    const largest = step === 0 ? order : Math.floor((MAX_SERIES_EDGES - e0) / step);
    throw new InputError(
      `--order: at order ${order} the diagram classes have up to ${edges} edges; exact expectations are out of reach beyond ${MAX_SERIES_EDGES} edges (largest order for this model: ${largest})`,
    );
  }
}

/** Before merging level s + 1: refuses it when its projected class count exceeds {@link MAX_LEVEL_CLASSES}. */
export function checkNextLevel(s: number, classes: number, previous: number | undefined): void {
  if (previous === undefined || previous <= 0 || s < 2) return;
  const projected = (classes * classes) / previous;
  if (projected > MAX_LEVEL_CLASSES) {
    throw new InputError(
      `expansion: level ${s + 1} would have about ${projected.toExponential(1)} classes (level ${s}: ${classes}, growing ${(classes / previous).toFixed(1)}-fold per level), beyond the ${MAX_LEVEL_CLASSES} a run can hold; levels 0..${s} are finished`,
    );
  }
}
