/** Mean and spread across runs, ignoring runs without a value (diverged earlier). */

export interface Summary {
  /** Mean over the runs with a finite value; null if there is none. */
  readonly mean: (number | null)[];
  /** Sample standard deviation (n − 1 in the denominator); null with fewer than two values. */
  readonly std: (number | null)[];
  /** Number of runs with a finite value. */
  readonly count: number[];
}

/** Column-wise summary of `series[run][time]` (NaN = missing). */
export function summarize(series: readonly Float64Array[], length: number): Summary {
  const mean: (number | null)[] = [];
  const std: (number | null)[] = [];
  const count: number[] = [];
  for (let j = 0; j < length; j++) {
    let n = 0;
    let s = 0;
    for (const run of series) {
      const v = run[j]!;
      if (Number.isFinite(v)) {
        n++;
        s += v;
      }
    }
    const m = n > 0 ? s / n : null;
    let ss = 0;
    if (m !== null) for (const run of series) if (Number.isFinite(run[j]!)) ss += (run[j]! - m) ** 2;
    mean.push(m);
    std.push(n >= 2 ? Math.sqrt(ss / (n - 1)) : null);
    count.push(n);
  }
  return { mean, std, count };
}
