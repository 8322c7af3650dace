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
 * one summary paragraph per experiment on stdout. The paragraph leads with the experiment's
 * headline statistic — the number theory predicts at the sizes used, with its theory value — then
 * sizes and integrator steps (read from the simulation jobs), the time normalisation, the further
 * statistics, the maximum relative deviation of every curve and the wall time. Progress goes to
 * stderr (TTY only). The full JSON layout is in docs/json.md.
 *
 * With `--format json` stdout carries, instead of the paragraphs, one JSON document streamed as the
 * experiments finish: `{"experiments":[{"experiment","headline","statistics","size","sizes",
 * "wallSeconds","json":"<path>","svg":"<path>","agreement","findings","summary"},…]}`; a run that
 * stops early ends it with `"complete":false,"reason":"…"` (docs/json.md).
 */
import type { Command } from 'commander';
import { experiment, experiments, prepareOutputDir, runExperiment, type Experiment, type ExperimentSize } from '../../experiments/index.js';
import { jsonArrayDocument } from '../../render/index.js';
import { InputError } from '../../errors.js';
import { checkOutputPath, choiceOption, intOption, MAX_THREADS } from '../options.js';
import { closeDocument, openDocument, stdoutWriter } from '../openDocuments.js';
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
      const doc = json ? openDocument(jsonArrayDocument('{"experiments":[', stdoutWriter())) : null;
      try {
        for (const exp of selected) {
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
          if (doc) {
            const r = out.result;
            const entry = {
              experiment: r.experiment,
              headline: r.headline,
              statistics: r.statistics,
              size: r.size,
              sizes: r.sizes,
              wallSeconds: r.wallSeconds,
              json: out.jsonPath,
              svg: out.svgPath,
              png: out.pngPath,
              pdf: out.pdfPath,
              agreement: r.agreement,
              findings: r.findings,
              summary: r.summary,
            };
            doc.item(JSON.stringify(entry));
          } else process.stdout.write(`${out.result.summary}\nWrote ${out.jsonPath}, ${out.svgPath}, ${out.pngPath} and ${out.pdfPath}.\n\n`);
        }
      } finally {
        progress.stop();
      }
      if (doc) {
        doc.end();
        closeDocument(doc);
      }
    });
}
