/** Deviation statistics of a simulated mean from a theory curve (floats). */
import type { Agreement, Deviation, PanelResult } from './types.js';

/**
 * Relative deviation |mean − theory|/|theory| at the times inside `window` where both values are
 * finite and theory ≠ 0: its maximum (and where), its mean, and the deviation at the maximum in
 * standard errors of the mean (std/√count), which tells a systematic deviation from sampling noise.
 *
 * @example
 * relativeDeviation([0, 1], [1, 0.5], [0.1, 0.1], [4, 4], [1, 0.4], [0, 1]).maxRelative // 0.25
 */
export function relativeDeviation(
  times: readonly number[],
  mean: readonly (number | null)[],
  std: readonly (number | null)[],
  count: readonly number[],
  theory: readonly (number | null)[],
  window: readonly [number, number],
): Deviation {
  const lo = Math.min(window[0], window[1]);
  const hi = Math.max(window[0], window[1]);
  let best = -1;
  let at = -1;
  let sum = 0;
  let n = 0;
  let logRatio: number | null = null;
  let first = Infinity;
  let last = -Infinity;
  times.forEach((t, j) => {
    const m = mean[j];
    const th = theory[j];
    if (t < lo || t > hi || m === null || m === undefined || th === null || th === undefined) return;
    if (!Number.isFinite(m) || !Number.isFinite(th) || th === 0) return;
    const r = Math.abs(m - th) / Math.abs(th);
    if (m > 0 && th > 0) logRatio = Math.max(logRatio ?? 0, Math.abs(Math.log(m / th)));
    sum += r;
    n++;
    first = Math.min(first, t);
    last = Math.max(last, t);
    if (r > best) {
      best = r;
      at = j;
    }
  });
  if (n === 0) {
    return { maxRelative: null, at: null, simulationAt: null, theoryAt: null, standardErrorsAt: null, meanRelative: null, maxLogRatio: null, points: 0, range: null };
  }
  const s = std[at];
  const c = count[at]!;
  const se = s !== null && s !== undefined && c > 1 ? s / Math.sqrt(c) : null;
  const diff = mean[at]! - theory[at]!;
  return {
    maxRelative: best,
    at: times[at]!,
    simulationAt: mean[at]!,
    theoryAt: theory[at]!,
    standardErrorsAt: se !== null && se > 0 ? diff / se : null,
    meanRelative: sum / n,
    maxLogRatio: logRatio,
    points: n,
    range: [first, last],
  };
}

/**
 * The largest maximum relative deviation over the curve panels, restricted to the theory curves
 * accepted by `include` (default: all).
 */
export function worstAgreement(
  panels: readonly PanelResult[],
  over: string,
  include: (formula: string) => boolean = () => true,
): Agreement {
  let best: Agreement = { maxRelative: null, panel: null, series: null, formula: null, at: null, over };
  for (const panel of panels) {
    if (panel.kind !== 'curves') continue;
    for (const s of panel.series) {
      for (const th of s.theory) {
        const d = th.deviation.maxRelative;
        if (d === null || !include(th.formula)) continue;
        if (best.maxRelative === null || d > best.maxRelative) {
          best = { maxRelative: d, panel: panel.id, series: s.label, formula: th.formula, at: th.deviation.at, over };
        }
      }
    }
  }
  return best;
}
