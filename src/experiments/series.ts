/**
 * A simulated series against closed-form curves: theory at the simulation's times and on a fine
 * grid, and the deviation statistics over the plotted window.
 */
import { InputError } from '../errors.js';
import type { SimulationResult } from '../simulate/index.js';
import { curveFormula, type CurveParams } from '../solutions/index.js';
import { relativeDeviation } from './deviation.js';
import { exactInitialLoss } from './exactInitialLoss.js';
import type { CurvePanelResult, SeriesResult, SimulationJob, TheoryCurve } from './types.js';

/** The curve parameters of a job. */
export function curveParams(job: SimulationJob): CurveParams {
  return { nu: job.nu, scenario: job.scenario, p: job.p, H: job.H, sigma2: job.sigma2, T: job.T };
}

/**
 * Values of a registered curve at `times`; null where the formula refuses a time (e.g. beyond a
 * blow-up of gradient ascent). Times past a reported blow-up time are not evaluated.
 */
export function evaluateCurve(name: string, params: CurveParams, times: readonly number[]): (number | null)[] {
  const formula = curveFormula(name);
  const info = formula.info(params);
  const blowUp = typeof info.blowUpTime === 'number' ? info.blowUpTime : null;
  const valid = times.map((t) => Number.isFinite(t) && (blowUp === null || t > blowUp));
  const inside = times.filter((_t, i) => valid[i]);
  let values: (number | null)[];
  try {
    values = Array.from(formula.curve(params, inside));
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    values = inside.map((t) => {
      try {
        return formula.evaluate(params, t);
      } catch (e) {
        if (e instanceof InputError) return null;
        throw e;
      }
    });
  }
  let k = 0;
  return times.map((_t, i) => {
    if (!valid[i]) return null;
    const v = values[k++];
    return v === null || v === undefined || !Number.isFinite(v) ? null : v;
  });
}

/** Evenly spaced times on [a, b], or log-spaced in t + 1 when `log` (for axes of t + 1). */
export function denseTimes(a: number, b: number, count: number, log: boolean): number[] {
  const out: number[] = [];
  for (let j = 0; j < count; j++) {
    const x = j / (count - 1);
    out.push(log ? Math.exp(Math.log(a + 1) + x * (Math.log(b + 1) - Math.log(a + 1))) - 1 : a + x * (b - a));
  }
  return out;
}

/** A theory curve of a series: a registered closed form, or a curve computed from `curve`. */
export interface TheoryFormula {
  readonly name: string;
  readonly label: string;
  readonly curve?: (times: readonly number[]) => (number | null)[];
  readonly info?: Readonly<Record<string, number | string | null>>;
}

export interface SeriesSpec {
  readonly job: SimulationJob;
  readonly label: string;
  readonly quantity: 'L' | 'R/p';
  /**
   * Theory curves: registered closed forms by name, or computed curves (e.g. a resummed series)
   * given by `curve` (values of the quantity before normalisation) and `info`.
   */
  readonly formulas: readonly TheoryFormula[];
  /** Compared and plotted times [from, to] (default: the whole run). */
  readonly window?: readonly [number, number];
  /** Dense grid log-spaced in t + 1 (for a log axis of t + 1). */
  readonly logTime?: boolean;
  /**
   * Report (value − offset)/divisor instead of the value (e.g. L/(p/2), or L − p/2), theory and
   * simulation alike; `quantity` names the result. Default: the value itself.
   */
  readonly normalise?: { readonly divisor?: number; readonly offset?: number; readonly quantity: string };
  /**
   * Statistic compared with theory: the mean over runs (default), or the median where more than
   * half of the runs are finite (for heavy-tailed losses, e.g. gradient ascent near a blow-up).
   */
  readonly statistic?: 'mean' | 'median';
  /** Constants worth reporting (added to the formulas' own `info` and, for the loss, the exact E[L(0)]). */
  readonly derived?: Readonly<Record<string, number | string | null>>;
}

/** Build the series result from the simulation of `spec.job`. */
export function seriesResult(spec: SeriesSpec, sim: SimulationResult): SeriesResult {
  const { job } = spec;
  const params = curveParams(job);
  const norm = spec.normalise?.divisor ?? 1;
  const offset = spec.normalise?.offset ?? 0;
  const perRun = spec.quantity === 'R/p' ? job.p : 1;
  const summary = spec.quantity === 'R/p' ? sim.diagonal : sim.loss;
  const scaled = (a: (number | null)[]) => a.map((v) => (v === null ? null : (v - offset) / norm));
  const mean = scaled(summary.mean.map((v) => (v === null ? null : v / perRun)));
  const std = summary.std.map((v) => (v === null ? null : v / perRun / Math.abs(norm)));
  const statistic = spec.statistic ?? 'mean';
  const runs = sim.runs.map((r) => scaled((spec.quantity === 'R/p' ? r.diagonal : r.loss).map((v) => (v === null ? null : v / perRun))));
  const quantiles = statistic === 'median' ? runQuantiles(runs, sim.times.length) : null;
  const centre = quantiles ? quantiles.median : mean;
  const spread = quantiles ? sim.times.map(() => null) : std;
  const window: [number, number] = spec.window ? [spec.window[0], spec.window[1]] : [Math.min(0, job.tmax), Math.max(0, job.tmax)];
  const dense = denseTimes(window[0], window[1], 240, spec.logTime ?? false);
  const curveOf = (f: TheoryFormula, times: readonly number[]) => (f.curve ? f.curve(times) : evaluateCurve(f.name, params, times));
  const theory: TheoryCurve[] = spec.formulas.map((f) => {
    const values = scaled(curveOf(f, sim.times));
    return {
      formula: f.name,
      label: f.label,
      values,
      dense: { times: dense, values: scaled(curveOf(f, dense)) },
      deviation: relativeDeviation(sim.times, centre, spread, summary.count, values, window),
    };
  });
  const derived: Record<string, number | string | null> = {};
  // constants of computed curves are always prefixed with the curve's name, a closed form's only
  // when there are several closed forms
  const several = spec.formulas.filter((f) => !f.curve).length > 1;
  for (const f of spec.formulas) {
    const info = f.curve ? (f.info ?? {}) : curveFormula(f.name).info(params);
    for (const [k, v] of Object.entries(info)) derived[several || f.curve ? `${f.name}:${k}` : k] = v;
  }
  if (spec.quantity === 'L') derived.exactInitialLoss = exactInitialLoss(job);
  Object.assign(derived, spec.derived ?? {});
  return {
    id: job.id,
    label: spec.label,
    parameters: { ...job, seeds: sim.parameters.seeds, dt: job.tmax / job.steps },
    derived,
    quantity: spec.normalise?.quantity ?? spec.quantity,
    divisor: norm,
    offset,
    times: sim.times,
    statistic,
    simulation: { mean, std, count: summary.count, ...(quantiles ?? {}) },
    diverged: sim.runs.filter((r) => r.diverged).length,
    lastFiniteTimes: sim.runs.map((r) => r.lastFiniteTime),
    theory,
    window,
  };
}

/**
 * Median and quartiles over runs at each time, where more than half of the runs are finite (null
 * elsewhere). Quantiles by linear interpolation between order statistics.
 */
export function runQuantiles(runs: readonly (number | null)[][], length: number): { median: (number | null)[]; q25: (number | null)[]; q75: (number | null)[] } {
  const median: (number | null)[] = [];
  const q25: (number | null)[] = [];
  const q75: (number | null)[] = [];
  for (let j = 0; j < length; j++) {
    const v = runs.map((r) => r[j]).filter((x): x is number => x !== null && x !== undefined && Number.isFinite(x));
    if (2 * v.length <= runs.length) {
      median.push(null);
      q25.push(null);
      q75.push(null);
      continue;
    }
    // Runs that diverged earlier count as +∞ (their loss overflowed), so they raise the quantiles.
    const all = [...v, ...new Array<number>(runs.length - v.length).fill(Infinity)].sort((a, b) => a - b);
    const q = (f: number) => {
      const x = f * (all.length - 1);
      const i = Math.floor(x);
      const a = all[i]!;
      const b = all[Math.min(i + 1, all.length - 1)]!;
      return b === Infinity ? (x === i ? a : Infinity) : a + (x - i) * (b - a);
    };
    const fin = (x: number) => (Number.isFinite(x) ? x : null);
    median.push(fin(q(0.5)));
    q25.push(fin(q(0.25)));
    q75.push(fin(q(0.75)));
  }
  return { median, q25, q75 };
}

/** A panel of curves from the simulations of its series specs. */
export function curvePanel(
  results: ReadonlyMap<string, SimulationResult>,
  panel: Omit<CurvePanelResult, 'kind' | 'series'>,
  specs: readonly SeriesSpec[],
): CurvePanelResult {
  return { kind: 'curves', ...panel, series: specs.map((s) => seriesResult(s, results.get(s.job.id)!)) };
}
