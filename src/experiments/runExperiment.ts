/**
 * Run one experiment end to end: simulate its plan, analyse, write `<dir>/<name>.json`, then
 * render and write `<dir>/<name>.svg`, `.png` and `.pdf` (the JSON exists even if plotting is interrupted). Or in
 * pieces: {@link runShard} simulates one shard of the jobs into job files, {@link reduceExperiment}
 * analyses the job files and writes the same two files, byte for byte, as a single run.
 */
import { accessSync, constants, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { renderFigure, svgToPdf, svgToPng } from '../render/index.js';
import { GENERATOR, type SimulationResult } from '../simulate/index.js';
import { integratorText, sizesText } from './jobs.js';
import { runJobs, withSeeds } from './runJobs.js';
import { assignShards, jobCosts, jobDone, missingJobs, openJobDir, readJob, readJobDir, writeJob } from './shards.js';
import { summaryParagraph } from './summary.js';
import type { Experiment, ExperimentOptions, ExperimentPlan, ExperimentResult, ExperimentSize, SimulationJob } from './types.js';

/** Create `dir` if needed and check that it is a writable directory. Throws {@link InputError}. */
export function prepareOutputDir(dir: string): void {
  if (dir.trim() === '') throw new InputError('experiment: --out needs a directory');
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new InputError(`experiment: --out "${dir}" is not a directory`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new InputError(`experiment: cannot create output directory "${dir}" (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new InputError(`experiment: output directory "${dir}" is not writable`);
  }
}

export interface ExperimentOutput {
  readonly result: ExperimentResult;
  readonly jsonPath: string;
  readonly svgPath: string;
  /** the same figure as PNG, at twice the SVG's size */
  readonly pngPath: string;
  /** the same figure as a vector PDF */
  readonly pdfPath: string;
  /** Wall time of this command for the experiment (simulation, or reading job files, and analysis). */
  readonly wallSeconds: number;
}

function checkSeeds(seeds: number | undefined): void {
  if (seeds !== undefined && !(Number.isSafeInteger(seeds) && seeds >= 1)) {
    throw new InputError(`experiment: --seeds must be an integer >= 1, got ${seeds}`);
  }
}

/**
 * A result as it reads back from a job file: the analysis of a single run and of a reduce see the
 * same numbers (JSON keeps every finite double exactly; −0 becomes 0 in both).
 */
function asStored(result: SimulationResult): SimulationResult {
  return JSON.parse(JSON.stringify(result)) as SimulationResult;
}

/** Analyse results and write the JSON, then the SVG: the same bytes for the same results. */
async function writeExperiment(
  exp: Experiment, size: ExperimentSize, plan: ExperimentPlan, jobs: readonly SimulationJob[], results: ReadonlyMap<string, SimulationResult>, dir: string, start: number,
): Promise<ExperimentOutput> {
  const analysis = plan.analyse(results);
  const base = {
    experiment: exp.name,
    title: exp.title,
    paper: exp.paper,
    size,
    headline: analysis.headline,
    statistics: analysis.statistics,
    sizes: `${sizesText(jobs)} (paper: ${plan.paperSizes})`,
    integrator: integratorText(jobs),
    timeNormalisation: plan.timeNormalisation,
    generator: GENERATOR,
    panels: analysis.panels,
    agreement: analysis.agreement,
    findings: analysis.findings,
  };
  const result: ExperimentResult = { ...base, summary: summaryParagraph(base) };
  const jsonPath = join(dir, `${exp.name}.json`);
  const svgPath = join(dir, `${exp.name}.svg`);
  writeFileSync(jsonPath, `${JSON.stringify(result, null, 1)}\n`);
  const svg = await renderFigure(exp.figure(result));
  writeFileSync(svgPath, svg);
  const pngPath = join(dir, `${exp.name}.png`);
  writeFileSync(pngPath, await svgToPng(svg));
  const pdfPath = join(dir, `${exp.name}.pdf`);
  writeFileSync(pdfPath, await svgToPdf(svg));
  return { result, jsonPath, svgPath, pngPath, pdfPath, wallSeconds: (performance.now() - start) / 1000 };
}

/**
 * Run `exp` and write its JSON, SVG, PNG and PDF into `dir` (created if missing).
 * @example
 * ```ts
 * const { result } = await runExperiment(experiment('ntk-asym'), 'out', { size: 'tiny' });
 * result.experiment; // 'ntk-asym'
 * result.size; // 'tiny'
 * ```
 */
export async function runExperiment(exp: Experiment, dir: string, options: ExperimentOptions): Promise<ExperimentOutput> {
  checkSeeds(options.seeds);
  prepareOutputDir(dir);
  const start = performance.now();
  const plan = exp.plan(options.size);
  const jobs = withSeeds(plan.jobs, options.seeds);
  const results = await runJobs(jobs, options);
  const stored = new Map([...results].map(([id, r]) => [id, asStored(r)] as const));
  return writeExperiment(exp, options.size, plan, jobs, stored, dir, start);
}

/** What a shard did. */
export interface ShardOutput {
  /** Jobs of this shard (indices in plan order), those simulated now and those found finished. */
  readonly jobs: number[];
  readonly ran: number[];
  readonly skipped: number[];
  /** Jobs of the whole plan, and how many of them have a file now. */
  readonly total: number;
  readonly finished: number;
}

/**
 * Simulate shard `index` of `count` of `exp` into `dir/jobs/`: the jobs assigned to it by
 * estimated cost ({@link assignShards}), each written to its own file as soon as it finishes; jobs
 * whose file exists are skipped, so a killed shard resumes where it stopped.
 */
export async function runShard(exp: Experiment, dir: string, options: ExperimentOptions & { readonly shard: { readonly index: number; readonly count: number } }): Promise<ShardOutput> {
  checkSeeds(options.seeds);
  prepareOutputDir(dir);
  const plan = exp.plan(options.size);
  const jobs = withSeeds(plan.jobs, options.seeds);
  openJobDir(dir, { experiment: exp.name, size: options.size, seeds: options.seeds ?? null, jobs: jobs.length });
  const shardOf = assignShards(jobCosts(jobs), options.shard.count);
  const mine = jobs.map((_j, k) => k).filter((k) => shardOf[k] === options.shard.index);
  const skipped = mine.filter((k) => jobDone(dir, k));
  const todo = mine.filter((k) => !jobDone(dir, k));
  const weights = todo.map((k) => jobs[k]!.seeds * (jobs[k]!.steps + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let offset = 0;
  for (const [n, k] of todo.entries()) {
    const t0 = performance.now();
    const results = await runJobs([jobs[k]!], { threads: options.threads, onProgress: (done) => options.onProgress?.(offset + done, total) });
    writeJob(dir, k, jobs[k]!, results.get(jobs[k]!.id)!, (performance.now() - t0) / 1000);
    offset += weights[n]!;
  }
  return { jobs: mine, ran: todo, skipped, total: jobs.length, finished: jobs.length - missingJobs(dir, jobs.length).length };
}

/**
 * Analyse the job files in `dir/jobs/` (written by the shards of one plan) and write
 * `out/<name>.json` and `out/<name>.svg`, identical to those of a single run of the same plan.
 * `size` and `seeds`, when given, must match the plan the shards ran. Throws {@link InputError} if
 * the directory holds another experiment or plan, or if a job file is missing or unreadable.
 */
export async function reduceExperiment(exp: Experiment, dir: string, out: string, options: { readonly size?: ExperimentSize; readonly seeds?: number }): Promise<ExperimentOutput> {
  const start = performance.now();
  const id = readJobDir(dir);
  if (id === null) throw new InputError(`experiment: ${dir} holds no experiment jobs (no ${join(dir, 'jobs', 'plan.json')})`);
  if (id.experiment !== exp.name) throw new InputError(`experiment: ${dir} holds the jobs of ${id.experiment}, not of ${exp.name}`);
  if (options.size !== undefined && options.size !== id.size) throw new InputError(`experiment: ${dir} holds size ${id.size}, not ${options.size}`);
  if (options.seeds !== undefined && options.seeds !== id.seeds) throw new InputError(`experiment: ${dir} holds ${id.seeds === null ? 'the preset runs' : `--seeds ${id.seeds}`}, not --seeds ${options.seeds}`);
  const plan = exp.plan(id.size);
  const jobs = withSeeds(plan.jobs, id.seeds ?? undefined);
  if (jobs.length !== id.jobs) throw new InputError(`experiment: ${dir} was planned with ${id.jobs} jobs, this version plans ${jobs.length}`);
  const missing = missingJobs(dir, jobs.length);
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).map((k) => `${k} (${jobs[k]!.id})`).join(', ');
    throw new InputError(`experiment: ${missing.length} of ${jobs.length} jobs not finished in ${dir}: ${shown}${missing.length > 5 ? ', …' : ''}`);
  }
  prepareOutputDir(out);
  const results = new Map(jobs.map((job, k) => [job.id, readJob(dir, k, job).result] as const));
  return writeExperiment(exp, id.size, plan, jobs, results, out, start);
}
