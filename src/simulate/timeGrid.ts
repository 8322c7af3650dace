/**
 * Times at which the loss is reported. A simulation integrates on the grid t_n = n·tmax/steps,
 * so every requested time is rounded to the nearest grid point (the output lists the times
 * actually used, without duplicates).
 *
 * Grids: an explicit list of times (each between 0 and tmax inclusive, tmax may be negative),
 * `lin:N` (N equally spaced times from 0 to tmax) or `log:N` (t = 0 and N−1 times log-spaced
 * over three decades, |tmax|/1000 … |tmax|). The default is `log:50`: loss curves of gradient
 * flow typically change on all scales from the first steps to tmax.
 */
import { InputError } from '../errors.js';

export type TimeGrid = { readonly kind: 'list'; readonly times: readonly number[] } | { readonly kind: 'lin' | 'log'; readonly count: number };

export const DEFAULT_TIME_GRID: TimeGrid = { kind: 'log', count: 50 };

/** Largest number of report times (`lin:N`, `log:N` or a list). */
export const MAX_TIMES = 100_000;

/** Parse `lin:N`, `log:N` or a comma-separated list of numbers. Throws {@link InputError}. */
export function parseTimeGrid(raw: string): TimeGrid {
  const t = raw.trim().toLowerCase();
  const m = /^(lin|log):(\d+)$/.exec(t);
  if (m) {
    const count = Number(m[2]);
    if (count < 2) throw new InputError(`--times: ${m[1]}:N needs N >= 2, got ${m[2]}`);
    if (count > MAX_TIMES) throw new InputError(`--times: ${m[1]}:N allows at most ${MAX_TIMES} times, got ${m[2]}`);
    return { kind: m[1] as 'lin' | 'log', count };
  }
  const parts = t.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (parts.length === 0) throw new InputError(`--times: expected lin:N, log:N or a comma-separated list of times`);
  if (parts.length > MAX_TIMES) throw new InputError(`--times: at most ${MAX_TIMES} times, got ${parts.length}`);
  return {
    kind: 'list',
    times: parts.map((s) => {
      const v = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/.test(s) ? Number(s) : NaN;
      if (!Number.isFinite(v)) throw new InputError(`--times: "${s}" is not a number`);
      return v;
    }),
  };
}

/** Strictly increasing step indices in 0..steps for a grid. Throws {@link InputError}. */
export function recordSteps(grid: TimeGrid, tmax: number, steps: number): number[] {
  const out = new Set<number>();
  if (grid.kind === 'list') {
    for (const t of grid.times) {
      const x = t / tmax;
      if (!(x >= -1e-12 && x <= 1 + 1e-12)) throw new InputError(`--times: ${t} is outside the integration range [${Math.min(0, tmax)}, ${Math.max(0, tmax)}]`);
      out.add(Math.min(steps, Math.max(0, Math.round(x * steps))));
    }
  } else if (grid.kind === 'lin') {
    for (let j = 0; j < grid.count; j++) out.add(Math.round((j * steps) / (grid.count - 1)));
  } else {
    out.add(0);
    const n = grid.count - 1;
    for (let j = 0; j < n; j++) {
      const x = n === 1 ? 1 : Math.pow(10, -3 * (1 - j / (n - 1)));
      out.add(Math.min(steps, Math.round(x * steps)));
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** Time of grid point n. */
export function stepTime(n: number, tmax: number, steps: number): number {
  return (n * tmax) / steps;
}
