/** Statistics of simulated series against theory, as {@link Statistic} records for the summary. */
import { relativeDeviation } from './deviation.js';
import type { SeriesResult, Statistic } from './types.js';

/**
 * max_t |ln(sim(t)/theory(t))| of a series against its theory curve `index` over the times in
 * `window` (the mean, or the median for median series). With `shape`, both are first divided by
 * their value at the first time (t = 0): the comparison of E[L(t)]/E[L(0)], free of the sampling
 * noise of the initial loss. Null if no time is comparable.
 * @example
 * ```ts
 * // a simulated mean that halves where the theory stays flat: |ln(0.25/0.5)| = ln 2
 * const series = { times: [0, 1, 2], statistic: 'mean', theory: [{ values: [1, 0.5, 0.5] }],
 *   simulation: { mean: [1, 0.5, 0.25], std: [0, 0, 0], count: [4, 4, 4] } };
 * maxLogRatio(series as never, [0, 2]); // ≈ 0.6931
 * ```
 */
export function maxLogRatio(s: SeriesResult, window: readonly [number, number], index = 0, shape = false): number | null {
  const centre = s.statistic === 'median' ? (s.simulation.median ?? s.simulation.mean) : s.simulation.mean;
  const theory = s.theory[index]!.values;
  const scale = (a: readonly (number | null)[]) => {
    const a0 = a[0];
    return shape ? a.map((v) => (v === null || a0 === null || a0 === undefined ? null : v / a0)) : a;
  };
  return relativeDeviation(s.times, scale(centre), s.times.map(() => null), s.simulation.count, scale(theory), window).maxLogRatio;
}

/** The largest of the values (nulls count as +∞ — a series that cannot be compared fails); null for none. */
export function worst(values: readonly (number | null)[]): number | null {
  if (values.length === 0) return null;
  return values.some((v) => v === null) ? Infinity : Math.max(...(values as number[]));
}

/** A deviation |ln(sim/theory)| as a statistic (theory: 0). */
export function logRatioStatistic(key: string, text: string, value: number | null): Statistic {
  return { key, text, value, unit: 'number', theory: 0 };
}

/** A fraction count/of as a statistic (theory: `theory`, 1 unless stated). */
export function fractionStatistic(key: string, text: string, count: number, of: number, theory = 1): Statistic {
  return { key, text, value: of > 0 ? count / of : null, unit: 'fraction', theory, count, of };
}
