/**
 * The finite-size trend of a deviation: the deviation of simulation from theory at each size p
 * of an experiment, and a power law |deviation| ∝ p^slope fitted to it on log-log axes. The
 * theories are large-p limits, so a negative slope says the simulations approach them, and its
 * size says how fast.
 */
import type { PowerFit, TrendGroup, TrendPanelResult, TrendPoint } from './types.js';

/**
 * Least-squares line through (ln p, ln value): weighted by the relative errors when every point
 * has one, else unweighted. The slope's standard error is that of the fit, scaled up by the
 * scatter (√(χ²/(n − 2)) when above 1, or the residuals alone without errors); it is null with
 * fewer than three points unless every point has an error. Points with a value ≤ 0 are left out;
 * null if fewer than two remain or all share one p.
 * @example powerFit([{ p: 2, value: 1, error: null }, { p: 4, value: 0.5, error: null }, { p: 8, value: 0.25, error: null }])!.slope // ≈ -1
 */
export function powerFit(points: readonly TrendPoint[]): PowerFit | null {
  const pts = points.filter((q) => q.value > 0 && q.p > 0);
  if (pts.length < 2) return null;
  const weighted = pts.every((q) => q.error !== null && q.error > 0);
  const xs = pts.map((q) => Math.log(q.p));
  const ys = pts.map((q) => Math.log(q.value));
  const ws = pts.map((q) => (weighted ? (q.value / q.error!) ** 2 : 1));
  const W = ws.reduce((a, b) => a + b, 0);
  const mx = xs.reduce((a, x, k) => a + ws[k]! * x, 0) / W;
  const my = ys.reduce((a, y, k) => a + ws[k]! * y, 0) / W;
  const sxx = xs.reduce((a, x, k) => a + ws[k]! * (x - mx) ** 2, 0);
  if (!(sxx > 0)) return null;
  const slope = xs.reduce((a, x, k) => a + ws[k]! * (x - mx) * (ys[k]! - my), 0) / sxx;
  const intercept = my - slope * mx;
  const chi2 = xs.reduce((a, x, k) => a + ws[k]! * (ys[k]! - intercept - slope * x) ** 2, 0);
  const n = pts.length;
  let slopeError: number | null = null;
  if (weighted) slopeError = Math.sqrt(1 / sxx) * (n > 2 ? Math.max(1, Math.sqrt(chi2 / (n - 2))) : 1);
  else if (n > 2) slopeError = Math.sqrt(chi2 / (n - 2) / sxx);
  return { slope, slopeError, amplitude: Math.exp(intercept), points: n, weighted };
}

/** A group of points with its fit. */
export function trendGroup(label: string, points: readonly TrendPoint[]): TrendGroup {
  const sorted = [...points].sort((a, b) => a.p - b.p);
  return { label, points: sorted, fit: powerFit(sorted) };
}

/** A "deviation vs p" panel. */
export function trendPanel(id: string, title: string, quantity: string, groups: readonly TrendGroup[]): TrendPanelResult {
  return { kind: 'trend', id, title, y: { quantity }, groups: [...groups] };
}

/** The panels followed by the trend panel if it has a group with two sizes or more (else there is nothing to draw). */
export function withTrend<P>(panels: readonly P[], trend: TrendPanelResult): (P | TrendPanelResult)[] {
  return trend.groups.some((g) => g.points.length >= 2) ? [...panels, trend] : [...panels];
}

/** The fits of a trend panel by group label (for the findings). */
export function trendFindings(panel: TrendPanelResult): Record<string, { points: TrendPoint[]; fit: PowerFit | null }> {
  return Object.fromEntries(panel.groups.map((g) => [g.label, { points: g.points, fit: g.fit }]));
}
