/**
 * What the large-size commands (pareto, regimes, limit) share: the order bound and the progress
 * callback of the exact series.
 */
import type { Progress } from '../progress.js';

/**
 * Largest order the large-size commands accept. The diagram classes grow about sevenfold per
 * order; beyond this the engine would run for hours.
 */
export const MAX_ASYMPTOTIC_ORDER = 12;

/** onProgress for the series engine: one bar per level and phase. */
export function progressReporter(progress: Progress) {
  let phase = '';
  return (s: number, done: number, total: number, what: 'merge' | 'wick') => {
    if (`${s}${what}` !== phase) {
      phase = `${s}${what}`;
      progress.start(total, `s=${s} ${what === 'merge' ? 'merging' : 'expectations'}`);
    }
    progress.update(done);
  };
}
