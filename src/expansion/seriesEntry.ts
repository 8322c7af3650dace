/**
 * The one entry point to the exact series: Y_0 … Y_order of the loss, or the series of an
 * observable, with the expectations on worker threads. The variants it stands for
 * (`lossSeries`, `expandLoss`, `observableSeries` and their parallel twins) stay in
 * `gf-diagrams/internal`.
 */
import type { Diagram } from '../diagram/index.js';
import type { DiagramSum } from '../merge/index.js';
import type { Model } from '../model/index.js';
import type { Poly } from '../rational/index.js';
import { expandLossParallel, observableSeriesParallel, type SeriesTerm } from './series.js';

/** Options of {@link series}. */
export interface SeriesOptions {
  /** the series of this observable G, T^s E[d^sG/dt^s(0)], instead of the loss's Y_s */
  observable?: Diagram | DiagramSum;
  /** worker threads for the expectations (default: available cores); 1 runs everything in this thread */
  threads?: number;
  /** called after each coefficient, with its class count and wall time */
  onTerm?: (t: SeriesTerm) => void;
  /** progress while working on level s: merging the classes of level s−1, or evaluating E[·] */
  onProgress?: (s: number, done: number, total: number, phase: 'merge' | 'wick') => void;
}

/**
 * Y_s = T^s E[d^sL/dt^s(0)] for s = 0..order (docs/conventions.md §"The series Y_s"), exactly,
 * or the series of `options.observable`. For the leading monomials only (large-size limits,
 * Pareto fronts) use `goalSeries`, which chooses a faster engine.
 *
 * @example
 * ```ts
 * const model = makeModel({ nu: 2, scenario: 'sym' });
 * const [Y0] = await series(model, 1, { threads: 1 });
 * Y0.toString(); // "1/2*p - p*H*sigma2 + 1/2*p^2*H*sigma2^2 + ..."
 * const [D0] = await series(model, 0, { observable: diagramD(model), threads: 1 });
 * D0.toString(); // "p^2*H*sigma2^2 + p*H^2*sigma2^2 + p*H*sigma2^2"
 * ```
 */
export async function series(model: Model, order: number, options: SeriesOptions = {}): Promise<Poly[]> {
  const { observable, ...rest } = options;
  const terms = observable === undefined ? await expandLossParallel(model, order, rest) : await observableSeriesParallel(model, observable, order, rest);
  return terms.map((t) => t.poly);
}
