/**
 * `gfd experiment` — reproduce a figure of the paper: gradient-flow simulations and the closed
 * forms on the same axes (paper §6–9, App. L).
 *
 * ```
 * gfd experiment <name>|all --out DIR [--quick | --tiny] [--seeds M] [--threads n] [--quiet]
 * ```
 *
 * Names: `free-asym-nu3` (Fig. 3), `free-sym-nu4` (Fig. 4, App. L), `sym-nu2` (Fig. 5, App. L),
 * `nu4-ascent` (Fig. 6), `ntk-asym` (§7 Prop. 7.1); `all` runs them in this order. Sizes are
 * reduced from the paper's so that each runs in minutes on two cores (`--quick`: under a minute;
 * `--tiny`: seconds, a smoke test rather than a reproduction); the sizes used are written out.
 *
 * Writes `DIR/<name>.json`, then `DIR/<name>.svg`, for each experiment as it finishes, and prints
 * one summary paragraph per experiment on stdout (sizes, integrator, time normalisation, the
 * maximum relative deviation between the mean simulation and theory over the plotted range and
 * where it is taken, experiment-specific findings, wall time). Progress goes to stderr (TTY only).
 *
 * JSON (all numbers floats; times in the units of du/dt = −(1/T)∂L/∂u):
 * ```
 * { "experiment", "title", "paper", "size": "default"|"quick"|"tiny", "sizes": "<words>",
 *   "integrator", "timeNormalisation", "generator", "wallSeconds",
 *   "panels": [
 *     { "kind": "curves", "id", "title", "x": {"quantity": "t"|"t+1", "scale"},
 *       "y": {"quantity", "scale"},                    // values are plotted as stored
 *       "series": [ { "id", "label", "quantity": "L"|"R/p"|"L/(p/2)"|…, "divisor", "offset", // values = (raw − offset)/divisor
 *                     "parameters": {nu, scenario, target, p, H, sigma2, T, tmax, steps, dt, method, seeds, seed, times},
 *                     "derived": {…constants of the closed forms…},
 *                     "times": [...], "simulation": {"mean": [...], "std": [...], "count": [...]},
 *                     "diverged": n, "lastFiniteTimes": [...], "window": [from, to],
 *                     "theory": [ { "formula", "label", "values": [...],      // at "times"
 *                                   "dense": {"times", "values"},
 *                                   "deviation": {maxRelative, at, simulationAt, theoryAt,
 *                                                 standardErrorsAt, meanRelative, points, range} } ] } ] }
 *   | { "kind": "grid", "id", "title", "cells": [ {theta, rho, p, H, sigma2, T, horizon, steps, runs,
 *         diverged, rate, meanBlowUpTime, theory: {rhoStar, regime, tCrit}} ], "thetaEdges", "rhoEdges",
 *         "boundary": {"theta", "rhoStar"}, "markers" } ],
 *   "agreement": {maxRelative, panel, series, formula, at, over},
 *   "findings": {…}, "summary": "<the printed paragraph>" }
 * ```
 *
 * With `--format json` stdout carries, instead of the paragraphs, one JSON document streamed as the
 * experiments finish: `{"experiments":[{"experiment","size","sizes","wallSeconds","json":"<path>",
 * "svg":"<path>","agreement":{…},"findings":{…},"summary":"…"},…]}`.
 */
import type { Command } from 'commander';
import { experiment, experiments } from '../../experiments/registry.js';
import { prepareOutputDir, runExperiment } from '../../experiments/runExperiment.js';
import type { Experiment, ExperimentSize } from '../../experiments/types.js';
import { InputError } from '../../errors.js';
import { checkOutputPath, choiceOption, intOption, MAX_THREADS } from '../options.js';
import { makeProgress } from '../progress.js';

interface ExperimentFlags {
  out?: string;
  quick?: boolean;
  tiny?: boolean;
  seeds?: number;
  threads?: number;
  quiet?: boolean;
  format: 'text' | 'json';
}

/** The experiments a name selects (`all`: every one). Throws {@link InputError}. */
export function selectExperiments(name: string): Experiment[] {
  return name.trim() === 'all' ? [...experiments.values()] : [experiment(name)];
}

export function register(program: Command): void {
  program
    .command('experiment')
    .description('Re-run an experiment of the paper (simulation vs closed form); write DIR/<name>.json and DIR/<name>.svg')
    .argument('<name>', `${[...experiments.keys()].join(', ')} or all`)
    .option('--out <dir>', 'output directory (created if missing; its parent must exist)')
    .option('--quick', 'reduced sizes (under a minute per experiment)')
    .option('--tiny', 'smallest sizes (seconds; a smoke test, not a reproduction)')
    .option('--seeds <M>', 'runs per simulated curve (overrides the preset)', intOption('seeds', 1))
    .option('--threads <n>', 'worker threads per simulation (default: min(runs, cores))', intOption('threads', 1, MAX_THREADS))
    .option('--format <f>', 'text | json (summary on stdout)', choiceOption('format', ['text', 'json'] as const), 'text')
    .option('--quiet', 'no progress bar')
    .action(async (name: string, flags: ExperimentFlags) => {
      const selected = selectExperiments(name);
      if (flags.out === undefined) throw new InputError('experiment: --out <dir> is required');
      if (flags.quick && flags.tiny) throw new InputError('experiment: --quick and --tiny exclude each other');
      checkOutputPath('out', flags.out, 'dir');
      prepareOutputDir(flags.out);
      const size: ExperimentSize = flags.tiny ? 'tiny' : flags.quick ? 'quick' : 'default';
      const progress = makeProgress(flags.quiet);
      const json = flags.format === 'json';
      if (json) process.stdout.write('{"experiments":[');
      try {
        for (const [i, exp] of selected.entries()) {
          let started = false;
          const out = await runExperiment(exp, flags.out, {
            size,
            seeds: flags.seeds,
            threads: flags.threads,
            onProgress: (done, total) => {
              if (!started) {
                progress.start(total, exp.name);
                started = true;
              }
              progress.update(done);
            },
          });
          progress.stop();
          if (json) {
            const r = out.result;
            const entry = {
              experiment: r.experiment,
              size: r.size,
              sizes: r.sizes,
              wallSeconds: r.wallSeconds,
              json: out.jsonPath,
              svg: out.svgPath,
              agreement: r.agreement,
              findings: r.findings,
              summary: r.summary,
            };
            process.stdout.write(`${i ? ',' : ''}\n${JSON.stringify(entry)}`);
          } else process.stdout.write(`${out.result.summary}\nWrote ${out.jsonPath} and ${out.svgPath}.\n\n`);
        }
      } finally {
        progress.stop();
      }
      if (json) process.stdout.write('\n]}\n');
    });
}
