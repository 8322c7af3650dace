/**
 * `gfd experiment` — reproduce a figure of the paper: gradient-flow simulations and the closed
 * forms on the same axes (paper §6–9, App. L).
 *
 * ```
 * gfd experiment <name>|all --out DIR [--size paper|default|quick|tiny] [--seeds M] [--threads n] [--quiet]
 * gfd experiment <name>|all --plan [--size S] [--seeds M] [--format text|json]
 * gfd experiment <name> --out DIR --shard i/n [--size S] [--seeds M] [--threads n]
 * gfd experiment <name> --reduce DIR [--out DIR2]
 * ```
 *
 * Names: `free-asym-nu3` (Fig. 3), `free-sym-nu4` (Fig. 4, App. L), `sym-nu2` (Fig. 5, App. L),
 * `nu4-ascent` (Fig. 6), `ntk-asym` (§7 Prop. 7.1); `all` runs them in this order. Sizes: `default`
 * (minutes each on two cores), `quick` (under a minute; also `--quick`), `tiny` (seconds, a smoke
 * test rather than a reproduction; also `--tiny`) and `paper` (the paper's sizes: see `--plan`).
 *
 * Writes `DIR/<name>.json`, then `DIR/<name>.svg`, for each experiment as it finishes, and prints
 * one summary paragraph per experiment on stdout, followed by the wall time. The paragraph leads
 * with the experiment's headline statistic — the number theory predicts at the sizes used, with its
 * theory value — then sizes and integrator steps (read from the simulation jobs), the time
 * normalisation, the further statistics and the maximum relative deviation of every curve. Progress
 * goes to stderr (TTY only). The full JSON layout is in docs/json.md.
 *
 * With `--format json` stdout carries, instead of the paragraphs, one JSON document streamed as the
 * experiments finish: `{"experiments":[{"experiment","headline","statistics","size","sizes",
 * "wallSeconds","json":"<path>","svg":"<path>","agreement","findings","summary"},…]}`; a run that
 * stops early ends it with `"complete":false,"reason":"…"` (docs/json.md).
 *
 * `--plan` simulates nothing: it prints the jobs (p, H, σ², steps, runs), their multiply-adds and
 * the core-hours they take at the simulator's speed measured on the spot (about a second).
 * `--shard i/n` simulates the jobs of shard i (balanced by estimated cost) into `DIR/jobs/`, one
 * file per finished job; `--reduce DIR` writes from those files the JSON and SVG of a single run,
 * byte for byte (docs/scale-out.md).
 */
import type { Command } from 'commander';
import {
  EXPERIMENT_SIZES, experiment, experiments, planCost, prepareOutputDir, reduceExperiment, runExperiment, runShard,
  type Experiment, type ExperimentOutput, type ExperimentSize, type PlanCost,
} from '../../experiments/index.js';
import { jsonArrayDocument } from '../../render/index.js';
import { measureSpeed, type SpeedPoint } from '../../simulate/index.js';
import { InputError } from '../../errors.js';
import { checkOutputPath, choiceOption, intOption, MAX_THREADS } from '../options.js';
import { closeDocument, openDocument, stdoutWriter } from '../openDocuments.js';
import { makeProgress } from '../progress.js';
import { shardOption, type ShardSpec } from './shardSpec.js';

interface ExperimentFlags {
  out?: string;
  size?: ExperimentSize;
  quick?: boolean;
  tiny?: boolean;
  seeds?: number;
  threads?: number;
  quiet?: boolean;
  plan?: boolean;
  shard?: ShardSpec;
  reduce?: string;
  format: 'text' | 'json';
}

/** The experiments a name selects (`all`: every one). Throws {@link InputError}. */
export function selectExperiments(name: string): Experiment[] {
  return name.trim() === 'all' ? [...experiments.values()] : [experiment(name)];
}

/** The size the flags select (`--size`, or the older `--quick` / `--tiny`); undefined if none. */
function selectedSize(flags: ExperimentFlags): ExperimentSize | undefined {
  const given = [flags.size, flags.quick ? 'quick' : undefined, flags.tiny ? 'tiny' : undefined].filter((s) => s !== undefined);
  if (flags.quick && flags.tiny) throw new InputError('experiment: --quick and --tiny exclude each other');
  if (given.length > 1 && new Set(given).size > 1) throw new InputError(`experiment: --size ${flags.size} and --${flags.quick ? 'quick' : 'tiny'} exclude each other`);
  return given[0] as ExperimentSize | undefined;
}

function exclusive(flags: ExperimentFlags): void {
  const modes = [flags.plan ? '--plan' : null, flags.shard ? '--shard' : null, flags.reduce !== undefined ? '--reduce' : null].filter((m) => m !== null);
  if (modes.length > 1) throw new InputError(`experiment: ${modes.join(' and ')} exclude each other`);
}

export function register(program: Command): void {
  program
    .command('experiment')
    .description('Re-run an experiment of the paper (simulation vs closed form); write DIR/<name>.json and DIR/<name>.svg')
    .argument('<name>', `${[...experiments.keys()].join(', ')} or all`)
    .option('--out <dir>', 'output directory (created if missing; its parent must exist)')
    .option('--size <s>', `${EXPERIMENT_SIZES.join(' | ')} (default: default)`, choiceOption('size', EXPERIMENT_SIZES))
    .option('--quick', 'the same as --size quick (under a minute per experiment)')
    .option('--tiny', 'the same as --size tiny (seconds; a smoke test, not a reproduction)')
    .option('--seeds <M>', 'runs per simulated curve (overrides the preset)', intOption('seeds', 1))
    .option('--threads <n>', 'worker threads per simulation (default: min(runs, cores))', intOption('threads', 1, MAX_THREADS))
    .option('--plan', 'print the jobs, multiply-adds and estimated core-hours; simulate nothing')
    .option('--shard <i/n>', 'simulate shard i of n (by estimated cost) into --out DIR/jobs/, one file per finished job', shardOption('shard'))
    .option('--reduce <dir>', 'write the JSON and SVG of a single run from the job files of the shards in DIR (into --out, default DIR)')
    .option('--format <f>', 'text | json (summary or plan on stdout)', choiceOption('format', ['text', 'json'] as const), 'text')
    .option('--quiet', 'no progress bar')
    .action(async (name: string, flags: ExperimentFlags) => {
      const selected = selectExperiments(name);
      const size = selectedSize(flags);
      exclusive(flags);
      if (flags.seeds !== undefined && !(Number.isSafeInteger(flags.seeds) && flags.seeds >= 1)) throw new InputError(`experiment: --seeds must be an integer >= 1, got ${flags.seeds}`);
      if (flags.plan) return printPlan(selected, size ?? 'default', flags);
      if ((flags.shard || flags.reduce !== undefined) && selected.length > 1) throw new InputError(`experiment: --${flags.shard ? 'shard' : 'reduce'} takes one experiment, not all`);
      if (flags.reduce !== undefined) return reduce(selected[0]!, flags.reduce, size, flags);
      if (flags.out === undefined) throw new InputError('experiment: --out <dir> is required');
      checkOutputPath('out', flags.out, 'dir');
      prepareOutputDir(flags.out);
      if (flags.shard) return shard(selected[0]!, flags.out, size ?? 'default', flags.shard, flags);
      await runAll(selected, flags.out, size ?? 'default', flags);
    });
}

/** The `--format json` entry of a finished experiment. */
function entry(out: ExperimentOutput): string {
  const r = out.result;
  return JSON.stringify({
    experiment: r.experiment,
    headline: r.headline,
    statistics: r.statistics,
    size: r.size,
    sizes: r.sizes,
    wallSeconds: out.wallSeconds,
    json: out.jsonPath,
    svg: out.svgPath,
    png: out.pngPath,
    pdf: out.pdfPath,
    agreement: r.agreement,
    findings: r.findings,
    summary: r.summary,
  });
}

function textEntry(out: ExperimentOutput): string {
  return `${out.result.summary} Wall time ${out.wallSeconds.toFixed(1)} s.\nWrote ${out.jsonPath}, ${out.svgPath}, ${out.pngPath} and ${out.pdfPath}.\n\n`;
}

async function runAll(selected: Experiment[], dir: string, size: ExperimentSize, flags: ExperimentFlags): Promise<void> {
  const progress = makeProgress(flags.quiet);
  const doc = flags.format === 'json' ? openDocument(jsonArrayDocument('{"experiments":[', stdoutWriter())) : null;
  try {
    for (const exp of selected) {
      let started = false;
      const out = await runExperiment(exp, dir, {
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
      if (doc) doc.item(entry(out));
      else process.stdout.write(textEntry(out));
    }
  } finally {
    progress.stop();
  }
  if (doc) {
    doc.end();
    closeDocument(doc);
  }
}

async function shard(exp: Experiment, dir: string, size: ExperimentSize, spec: ShardSpec, flags: ExperimentFlags): Promise<void> {
  const progress = makeProgress(flags.quiet);
  let started = false;
  const start = performance.now();
  try {
    const out = await runShard(exp, dir, {
      size,
      seeds: flags.seeds,
      threads: flags.threads,
      shard: spec,
      onProgress: (done, total) => {
        if (!started) {
          progress.start(total, `${exp.name} ${spec.index}/${spec.count}`);
          started = true;
        }
        progress.update(done);
      },
    });
    progress.stop();
    const wallSeconds = (performance.now() - start) / 1000;
    if (flags.format === 'json') {
      const doc = { experiment: exp.name, size, shard: { index: spec.index, count: spec.count }, jobs: out.jobs, ran: out.ran, skipped: out.skipped, finished: out.finished, total: out.total, wallSeconds };
      process.stdout.write(`${JSON.stringify(doc)}\n`);
    } else {
      process.stdout.write(
        `${exp.name} shard ${spec.index}/${spec.count} (size ${size}): ${out.jobs.length} jobs, ${out.ran.length} simulated, ${out.skipped.length} already finished; ` +
          `${out.finished}/${out.total} jobs of the plan finished in ${dir}. Wall time ${wallSeconds.toFixed(1)} s.\n`,
      );
    }
  } finally {
    progress.stop();
  }
}

async function reduce(exp: Experiment, dir: string, size: ExperimentSize | undefined, flags: ExperimentFlags): Promise<void> {
  const outDir = flags.out ?? dir;
  checkOutputPath('out', outDir, 'dir');
  const out = await reduceExperiment(exp, dir, outDir, { size, seeds: flags.seeds });
  if (flags.format === 'json') process.stdout.write(`{"experiments":[${entry(out)}]}\n`);
  else process.stdout.write(textEntry(out));
}

function hours(h: number): string {
  if (h < 0.01) return `${(h * 3600).toPrecision(2)} s`;
  if (h < 1) return `${(h * 60).toPrecision(2)} min`;
  if (h < 24 * 365) return `${h.toPrecision(3)} h`;
  return `${h.toPrecision(3)} h (${(h / 24 / 365).toPrecision(2)} core-years)`;
}

function bytes(b: number): string {
  return b < 2 ** 30 ? `${Number((b / 2 ** 20).toPrecision(3))} MiB` : `${Number((b / 2 ** 30).toPrecision(3))} GiB`;
}

function planText(c: PlanCost): string {
  const head = ['job', 'ν', 'p', 'H', 'σ²', 'steps', 'method', 'runs', 'multiply-adds', 'core-hours', 'memory'];
  const rows = c.jobs.map((j) => [
    j.id + (j.withinLimit ? '' : ' (beyond the simulator\'s limits)'), String(j.nu), String(j.p), String(j.H), j.sigma2.toPrecision(3), String(j.steps), j.method, String(j.seeds),
    j.multiplyAdds.toExponential(2), j.coreHours.toPrecision(2), bytes(j.memoryBytes),
  ]);
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const line = (r: string[]) => r.map((s, k) => (k === 0 || k === 6 ? s.padEnd(widths[k]!) : s.padStart(widths[k]!))).join('  ');
  const t = c.total;
  const refused = c.jobs.filter((j) => !j.withinLimit).length;
  return [
    `${c.experiment}, size ${c.size}: ${t.jobs} jobs, ${t.runs} runs, ${t.evaluations.toExponential(2)} loss evaluations, ${t.multiplyAdds.toExponential(2)} multiply-adds, about ${hours(t.coreHours)} on one core` +
      (refused > 0 ? `; ${refused} jobs beyond the simulator's limits (docs/limits.md)` : ''),
    line(head),
    ...rows.map(line),
    '',
  ].join('\n');
}

function printPlan(selected: Experiment[], size: ExperimentSize, flags: ExperimentFlags): void {
  const speed: SpeedPoint[] = measureSpeed();
  const plans = selected.map((exp) => {
    const jobs = exp.plan(size).jobs.map((j) => (flags.seeds === undefined ? j : { ...j, seeds: flags.seeds }));
    return planCost(exp.name, size, jobs, speed);
  });
  if (flags.format === 'json') {
    const total = { multiplyAdds: plans.reduce((a, p) => a + p.total.multiplyAdds, 0), coreHours: plans.reduce((a, p) => a + p.total.coreHours, 0) };
    process.stdout.write(`${JSON.stringify({ size, speed, experiments: plans, total })}\n`);
    return;
  }
  const rate = speed.map((s) => `${(s.multiplyAddsPerSecond / 1e9).toPrecision(2)}·10⁹ at p = H = ${s.p}`).join(', ');
  process.stdout.write(`Measured speed, one thread (SYM ν = 2, loss and gradient, multiply-adds per second): ${rate}.\n\n`);
  for (const p of plans) process.stdout.write(`${planText(p)}\n`);
  if (plans.length > 1) {
    const ma = plans.reduce((a, p) => a + p.total.multiplyAdds, 0);
    const h = plans.reduce((a, p) => a + p.total.coreHours, 0);
    process.stdout.write(`All: ${ma.toExponential(2)} multiply-adds, about ${hours(h)} on one core.\n`);
  }
}
