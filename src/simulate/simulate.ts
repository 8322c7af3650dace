/**
 * Monte-Carlo gradient-flow simulation of the CP model (paper §2 and App. L): several seeded
 * runs, loss and diagonal R = Σ_i f_{i..i} at the requested times, mean and spread across runs.
 *
 * Runs are spread over worker threads (`dist/simulate/worker.js`) when the compiled code is in
 * use and more than one thread is allowed; from TypeScript sources (e.g. under vitest) they run
 * in the calling thread. Each run depends only on its seed, so the results are identical bit for
 * bit whatever the number of threads.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker, workerScript } from '../workerScript.js';
import type { Trajectory } from './integrate.js';
import { planSimulation, type SimulateOptions, type SimulationPlan } from './plan.js';
import { runOne } from './run.js';
import { summarize, type Summary } from './statistics.js';
import { stepTime } from './timeGrid.js';
import type { WorkerReply } from './worker.js';

/** How the initial weights are drawn (stated in every result). */
export const GENERATOR =
  'xoshiro256** seeded by the first four SplitMix64 outputs of seed+run; N(0,sigma2) by the Marsaglia polar method, drawn in storage order (colour, hidden unit, input)';

export interface RunRecord {
  readonly seed: number;
  /** Loss at each reported time; null after a divergence. */
  readonly loss: (number | null)[];
  readonly diagonal: (number | null)[];
  readonly diverged: boolean;
  /** Last time with a finite loss (null if even L(0) was not finite). */
  readonly lastFiniteTime: number | null;
}

export interface SimulationResult {
  readonly model: { readonly nu: number; readonly scenario: 'sym' | 'asym'; readonly target: string };
  readonly parameters: {
    readonly p: number;
    readonly H: number;
    readonly sigma2: number;
    readonly T: number;
    readonly tmax: number;
    readonly steps: number;
    readonly dt: number;
    readonly method: 'euler' | 'rk4';
    readonly seeds: number;
    readonly seed: number;
  };
  readonly generator: string;
  readonly times: number[];
  readonly loss: Summary;
  readonly diagonal: Summary;
  readonly runs: RunRecord[];
}

export interface SimulateControl {
  /** Worker threads to use (default: min(seeds, available cores)); 1 runs in this thread. */
  readonly threads?: number;
  /** Called now and then with the number of steps done over all runs and their total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Simulate. Throws {@link InputError} on bad options.
 *
 * @example
 * ```ts
 * const model = makeModel({ nu: 2, scenario: 'sym', target: 'identity' });
 * const res = await simulate({ model, p: 32, H: 32, sigma2: 1 / 32, T: 1, tmax: 5, steps: 500, seeds: 4 });
 * res.loss.mean; // E[L(t)] estimated at res.times
 * ```
 */
export async function simulate(opts: SimulateOptions, control: SimulateControl = {}): Promise<SimulationResult> {
  const plan = planSimulation(opts);
  const threads = Math.max(1, Math.min(plan.seeds, control.threads ?? availableParallelism()));
  const trajectories = await runAll(plan, threads, control.onProgress);
  return assemble(opts, plan, trajectories);
}

async function runAll(plan: SimulationPlan, threads: number, onProgress?: (done: number, total: number) => void): Promise<Trajectory[]> {
  const perRun = plan.integration.steps + 1;
  const total = plan.seeds * perRun;
  const script = threads > 1 ? workerScript('./worker.js', import.meta.url) : null;
  if (!script) {
    const out: Trajectory[] = [];
    let last = 0;
    for (let j = 0; j < plan.seeds; j++) {
      out.push(
        runOne(plan, j, (n) => {
          const now = Date.now();
          if (onProgress && now - last >= 100) {
            last = now;
            onProgress(j * perRun + n + 1, total);
          }
        }),
      );
      onProgress?.((j + 1) * perRun, total);
    }
    return out;
  }
  return new Promise<Trajectory[]>((resolve, reject) => {
    const out = new Array<Trajectory>(plan.seeds);
    const progress = new Float64Array(plan.seeds);
    const workers: Worker[] = [];
    let nextIndex = 0;
    let finished = 0;
    let failed = false;
    const report = () => onProgress?.(progress.reduce((a, b) => a + b, 0), total);
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      for (const wk of workers) void wk.terminate();
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    const feed = (wk: Worker) => {
      if (nextIndex < plan.seeds) wk.postMessage({ index: nextIndex++ });
      else wk.postMessage({ stop: true });
    };
    for (let t = 0; t < threads; t++) {
      const wk = startWorker(script, { workerData: plan });
      workers.push(wk);
      wk.on('message', (msg: WorkerReply) => {
        if (msg.type === 'step') {
          progress[msg.index] = msg.step + 1;
          report();
          return;
        }
        out[msg.index] = { loss: msg.loss, diagonal: msg.diagonal, diverged: msg.diverged, lastFiniteStep: msg.lastFiniteStep };
        progress[msg.index] = perRun;
        report();
        finished++;
        if (finished === plan.seeds) {
          for (const w of workers) w.postMessage({ stop: true });
          resolve(out);
        } else feed(wk);
      });
      wk.on('error', fail);
      wk.on('exit', (code) => {
        if (code !== 0 && finished < plan.seeds) fail(new Error(`simulate: worker exited with code ${code}`));
      });
      feed(wk);
    }
  });
}

function toNullable(a: Float64Array): (number | null)[] {
  return Array.from(a, (v) => (Number.isFinite(v) ? v : null));
}

function assemble(opts: SimulateOptions, plan: SimulationPlan, trajectories: Trajectory[]): SimulationResult {
  const { tmax, steps, recordSteps } = plan.integration;
  const times = recordSteps.map((n) => stepTime(n, tmax, steps));
  return {
    model: { nu: opts.model.nu, scenario: opts.model.scenario, target: opts.model.target.name },
    parameters: {
      p: opts.p,
      H: opts.H,
      sigma2: opts.sigma2,
      T: opts.T,
      tmax,
      steps,
      dt: tmax / steps,
      method: plan.integration.method,
      seeds: plan.seeds,
      seed: plan.seedBase,
    },
    generator: GENERATOR,
    times,
    loss: summarize(trajectories.map((t) => t.loss), times.length),
    diagonal: summarize(trajectories.map((t) => t.diagonal), times.length),
    runs: trajectories.map((t, j) => ({
      seed: plan.seedBase + j,
      loss: toNullable(t.loss),
      diagonal: toNullable(t.diagonal),
      diverged: t.diverged,
      lastFiniteTime: t.lastFiniteStep < 0 ? null : stepTime(t.lastFiniteStep, tmax, steps),
    })),
  };
}
