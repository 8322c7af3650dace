/**
 * What the large-size commands (pareto, regimes, limit) share: the order bound and the progress
 * callback of the exact series.
 */
import type { Progress } from '../progress.js';
import { diagramD, diagramR, type Diagram, parseDiagram } from '../../diagram/index.js';
import type { Model } from '../../model/index.js';

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

/** `--observable` as in `gfd expand`: loss, R (diagonal Σ_i f_{i…i}), D, or a diagram in text syntax. */
export function observableOf(model: Model, text: string): Diagram | null {
  const t = text.trim();
  if (t.toLowerCase() === 'loss' || t.toLowerCase() === 'l') return null;
  if (t === 'D') return diagramD(model);
  if (t === 'R') return diagramR(model, [Array.from({ length: model.nu }, (_, i) => i + 1)]);
  return parseDiagram(t);
}
