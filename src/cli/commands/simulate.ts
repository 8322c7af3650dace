/**
 * `gfd simulate` — Monte-Carlo gradient flow of the CP model (paper §2, App. L).
 *
 * ```
 * gfd simulate --nu N --scenario sym|asym [--target T] --p P --H H --sigma2 S --T T --tmax X
 *              --steps K [--method euler|rk4] [--seeds M] [--seed base] [--times list]
 *              [--threads n] [--format json|csv|text] [--out file] [--quiet]
 * ```
 *
 * Runs M independent initialisations (run j uses seed base + j; see {@link GENERATOR}),
 * integrates du/dt = −(1/T) ∂L/∂u with K fixed steps of dt = tmax/K (tmax < 0: gradient ascent),
 * and reports the loss L and the diagonal R = Σ_i f_{i..i} at the requested times. `--times`
 * takes a comma-separated list, `lin:N` or `log:N` (default `log:50`: t = 0 and 49 times
 * log-spaced from |tmax|/1000 to tmax); times are rounded to the step grid. Floating-point
 * (IEEE double) numerics throughout. A run whose loss stops being finite is reported as diverged,
 * with its last finite time; it then contributes no values.
 *
 * JSON output (`--format json`), all numbers are JSON numbers, missing values are `null`:
 * ```
 * {
 *   "model":      { "nu": 2, "scenario": "sym" | "asym", "target": "identity" },
 *   "parameters": { "p", "H", "sigma2", "T", "tmax", "steps", "dt", "method": "euler" | "rk4",
 *                   "seeds": M, "seed": base },
 *   "generator":  "<description of the PRNG and normal sampler>",
 *   "times":      [t_0, t_1, ...],                      // times actually used (on the step grid)
 *   "loss":       { "mean": [...], "std": [...], "count": [...] },  // across runs, per time
 *   "diagonal":   { "mean": [...], "std": [...], "count": [...] },  // R(t) likewise
 *   "runs": [ { "seed": s, "loss": [...], "diagonal": [...],
 *               "diverged": false, "lastFiniteTime": t | null }, ... ]
 * }
 * ```
 * `std` is the sample standard deviation (n − 1), null with fewer than two runs; `count` is the
 * number of runs still finite at that time. CSV: one row per time (see `simulationCsv`).
 */
import type { Command } from 'commander';
import { makeModel } from '../../model/index.js';
import { simulate, GENERATOR, simulationCsv, simulationText, parseTimeGrid, type TimeGrid } from '../../simulate/index.js';
import { checkOutputPath, choiceOption, intOption, numberOption, withModelOptions, MAX_THREADS } from '../options.js';
import { emit, toJson } from '../output.js';
import { makeProgress } from '../progress.js';

interface SimulateFlags {
  nu: number;
  scenario: 'sym' | 'asym';
  target: string;
  p: number;
  H: number;
  sigma2: number;
  T: number;
  tmax: number;
  steps: number;
  method: 'euler' | 'rk4';
  seeds: number;
  seed: number;
  times?: TimeGrid;
  threads?: number;
  format: 'json' | 'csv' | 'text';
  out?: string;
  quiet?: boolean;
}

export function register(program: Command): void {
  withModelOptions(program.command('simulate'), { checkOnRead: true })
    .description('Simulate gradient flow of the CP model from random initialisations (Monte-Carlo E[L(t)])')
    .requiredOption('--p <P>', 'input size p (>= 1)', intOption('p', 1))
    .requiredOption('--H <H>', 'hidden size H (>= 1)', intOption('H', 1))
    .requiredOption('--sigma2 <S>', 'initialisation variance (> 0)', numberOption('sigma2', { exclusiveMin: 0 }))
    .requiredOption('--T <T>', 'time scale T (> 0), learning rate 1/T', numberOption('T', { exclusiveMin: 0 }))
    .requiredOption('--tmax <X>', 'final time (nonzero; negative for gradient ascent)', numberOption('tmax'))
    .requiredOption('--steps <K>', 'number of integration steps (>= 1)', intOption('steps', 1))
    .option('--method <m>', 'euler or rk4', choiceOption('method', ['euler', 'rk4'] as const), 'euler')
    .option('--seeds <M>', 'number of independent runs', intOption('seeds', 1), 1)
    .option('--seed <base>', 'base seed (run j uses base + j)', intOption('seed', 0), 0)
    .option('--times <list>', 'report times: t1,t2,... or lin:N or log:N (default log:50)', parseTimeGrid)
    .option('--threads <n>', 'worker threads (default: min(seeds, cores))', intOption('threads', 1, MAX_THREADS))
    .option('--format <f>', 'json, csv or text', choiceOption('format', ['json', 'csv', 'text'] as const), 'text')
    .option('--out <file>', 'write the result to a file instead of stdout')
    .option('--quiet', 'no progress bar')
    .addHelpText('after', `\nInitial weights: ${GENERATOR}.`)
    .action(async (flags: SimulateFlags) => {
      if (flags.out !== undefined) checkOutputPath('out', flags.out, 'file');
      const model = makeModel({ nu: flags.nu, scenario: flags.scenario, target: flags.target });
      const progress = makeProgress(flags.quiet);
      let started = false;
      try {
        const res = await simulate(
          {
            model,
            p: flags.p,
            H: flags.H,
            sigma2: flags.sigma2,
            T: flags.T,
            tmax: flags.tmax,
            steps: flags.steps,
            method: flags.method,
            seeds: flags.seeds,
            seed: flags.seed,
            times: flags.times,
          },
          {
            threads: flags.threads,
            onProgress: (done, total) => {
              if (!started) {
                progress.start(total, 'simulate');
                started = true;
              }
              progress.update(done);
            },
          },
        );
        progress.stop();
        const text = flags.format === 'json' ? toJson(res) : flags.format === 'csv' ? simulationCsv(res) : simulationText(res);
        emit(text, flags.out);
      } finally {
        progress.stop();
      }
    });
}
