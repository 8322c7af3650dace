/**
 * Job tables: every simulation of an experiment is one row of overrides on the experiment's
 * defaults, and the sizes and step sizes printed in summaries are read back from the table.
 */
import { sig } from './format.js';
import type { SimulationJob } from './types.js';

/** A row of a job table: any fields of a job, plus `step` (the RK step in t; sets `steps`). */
export type JobRow = Partial<SimulationJob> & { readonly id: string; readonly step?: number };

/** Fields common to the jobs of an experiment. */
export type JobDefaults = Partial<Omit<SimulationJob, 'id'>>;

const FIELDS = ['nu', 'scenario', 'target', 'p', 'H', 'sigma2', 'T', 'tmax', 'steps', 'method', 'seeds', 'seed', 'times'] as const;

/**
 * The jobs `{...defaults, ...row}`, with steps = ⌈|tmax|/step⌉ for rows that give `step`.
 * Throws if a job lacks a field (an experiment's table is incomplete).
 * @example
 * ```ts
 * const defaults = { nu: 2, scenario: 'sym', target: 'zero', method: 'rk4', seeds: 2, seed: 0, times: { kind: 'lin', count: 11 }, T: 1, sigma2: 0.1, tmax: 1 } as const;
 * const jobs = jobTable(defaults, [{ id: 'a', p: 4, H: 4, step: 0.1 }]);
 * jobs[0]!.steps; // 10
 * ```
 */
export function jobTable(defaults: JobDefaults, rows: readonly JobRow[]): SimulationJob[] {
  return rows.map(({ step, ...row }) => {
    const job = { ...defaults, ...row } as Partial<SimulationJob> & { id: string };
    const tmax = job.tmax;
    if (step !== undefined && tmax !== undefined) (job as { steps?: number }).steps = Math.max(1, Math.ceil(Math.abs(tmax) / step - 1e-9));
    const missing = FIELDS.filter((f) => job[f] === undefined);
    if (missing.length > 0) throw new Error(`job ${job.id}: no ${missing.join(', ')}`);
    return job as SimulationJob;
  });
}

/** The group of a job: its id up to the first `/` (the panel it belongs to). */
function jobGroup(job: SimulationJob): string {
  const k = job.id.indexOf('/');
  return k < 0 ? job.id : job.id.slice(0, k);
}

function groups(jobs: readonly SimulationJob[]): Map<string, SimulationJob[]> {
  const out = new Map<string, SimulationJob[]>();
  for (const j of jobs) out.set(jobGroup(j), [...(out.get(jobGroup(j)) ?? []), j]);
  return out;
}

function range(xs: readonly number[], digits: number): string {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return sig(lo, digits) === sig(hi, digits) ? sig(lo, digits) : `${sig(lo, digits)}–${sig(hi, digits)}`;
}

/**
 * The sizes of a job table in words, per group: distinct (p, H) with runs each.
 * @example
 * ```ts
 * const defaults = { nu: 3, scenario: 'asym', target: 'identity', method: 'euler', seeds: 4, seed: 0, times: { kind: 'lin', count: 11 }, T: 1, sigma2: 0.1, tmax: 1, steps: 10 } as const;
 * const jobs = jobTable(defaults, [{ id: 'over/a', p: 3, H: 576 }, { id: 'under/a', p: 16, H: 8, seeds: 2 }]);
 * sizesText(jobs); // 'over: (p, H) = (3, 576), 4 runs each; under: (p, H) = (16, 8), 2 runs each'
 * ```
 */
export function sizesText(jobs: readonly SimulationJob[]): string {
  return [...groups(jobs)]
    .map(([g, js]) => {
      const pairs = [...new Set(js.map((j) => `(${j.p}, ${j.H})`))];
      const runs = [...new Set(js.map((j) => j.seeds))];
      return `${g}: (p, H) = ${pairs.join(', ')}, ${runs.join('/')} runs each`;
    })
    .join('; ');
}

/**
 * The integrators of a job table in words, per group: method, step |tmax|/steps (range over the
 * group's jobs) and time range.
 */
export function integratorText(jobs: readonly SimulationJob[]): string {
  return [...groups(jobs)]
    .map(([g, js]) => {
      const methods = [...new Set(js.map((j) => j.method.toUpperCase()))].join('/');
      const dts = js.map((j) => Math.abs(j.tmax) / j.steps);
      const ends = js.map((j) => j.tmax);
      const t = Math.min(...ends) < 0 ? `t ∈ [${range(ends, 3)}, 0]` : `t ∈ [0, ${range(ends, 3)}]`;
      return `${g}: ${methods}, step ${range(dts, 2)}, ${t}`;
    })
    .join('; ');
}
