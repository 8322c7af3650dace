/**
 * Sharded runs of an experiment: the jobs divided among n shards by estimated cost, each finished
 * job written to its own file at once, and a reduce step that analyses the files exactly as a
 * single run analyses its in-memory results.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { SimulationResult } from '../simulate/index.js';
import { jobWork } from './cost.js';
import type { ExperimentSize, SimulationJob } from './types.js';

/** Format version of the files below; readers refuse any other. */
export const JOB_FILE_VERSION = 1;

/**
 * Shard of every job for `count` shards: longest job first, each to the shard with the least
 * estimated work so far (ties: lower shard index; equal costs: lower job index). A deterministic
 * function of the jobs and `count`, so every shard computes the same assignment on its own.
 * @example assignShards([5, 1, 1, 3], 2) // [0, 1, 1, 1]
 */
export function assignShards(costs: readonly number[], count: number): number[] {
  const order = costs.map((c, k) => [c, k] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const load = new Array<number>(count).fill(0);
  const out = new Array<number>(costs.length).fill(0);
  for (const [c, k] of order) {
    let best = 0;
    for (let s = 1; s < count; s++) if (load[s]! < load[best]!) best = s;
    out[k] = best;
    load[best] = load[best]! + c;
  }
  return out;
}

/** Estimated multiply-adds of each job (the balancing weight). */
export function jobCosts(jobs: readonly SimulationJob[]): number[] {
  return jobs.map((j) => jobWork(j).multiplyAdds);
}

/** What a directory of job files belongs to: one experiment at one size and seed override. */
export interface JobDirIdentity {
  readonly experiment: string;
  readonly size: ExperimentSize;
  /** `--seeds` override, null if none. */
  readonly seeds: number | null;
  readonly jobs: number;
}

const planPath = (dir: string) => join(dir, 'jobs', 'plan.json');
/** File of job `index` (0-based, in plan order). */
export const jobPath = (dir: string, index: number) => join(dir, 'jobs', `job-${String(index).padStart(5, '0')}.json`);

/** Write `text` to `path` through `path.tmp-<pid>`, flushed, then renamed: readers see all of it or nothing. */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

function identityText(id: JobDirIdentity): string {
  return `${id.experiment} at size ${id.size}${id.seeds === null ? '' : ` with --seeds ${id.seeds}`} (${id.jobs} jobs)`;
}

function parseJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InputError(`experiment: ${path} is not a readable job file (${err instanceof SyntaxError ? 'malformed JSON' : ((err as NodeJS.ErrnoException).code ?? 'error')})`);
  }
}

/** Read the identity of a job directory; null if it has none yet. Throws {@link InputError} if it is not one. */
export function readJobDir(dir: string): JobDirIdentity | null {
  const path = planPath(dir);
  if (!existsSync(path)) return null;
  const doc = parseJson(path) as Record<string, unknown>;
  if (doc?.format !== 'gfd-experiment-jobs') throw new InputError(`experiment: ${path} is not an experiment job plan`);
  if (doc.version !== JOB_FILE_VERSION) throw new InputError(`experiment: ${path} has format version ${String(doc.version)}, expected ${JOB_FILE_VERSION}`);
  return { experiment: String(doc.experiment), size: doc.size as ExperimentSize, seeds: (doc.seeds as number | null) ?? null, jobs: Number(doc.jobs) };
}

/**
 * Make `dir/jobs` hold the jobs of `id`: create it, or check that it already does.
 * Throws {@link InputError} if it belongs to another experiment, size or seed count.
 */
export function openJobDir(dir: string, id: JobDirIdentity): void {
  mkdirSync(join(dir, 'jobs'), { recursive: true });
  const have = readJobDir(dir);
  if (have === null) {
    writeFileAtomic(planPath(dir), `${JSON.stringify({ format: 'gfd-experiment-jobs', version: JOB_FILE_VERSION, ...id })}\n`);
    return;
  }
  if (identityText(have) !== identityText(id)) throw new InputError(`experiment: ${dir} holds the jobs of ${identityText(have)}, not of ${identityText(id)}`);
}

/** Whether job `index` has been written. */
export function jobDone(dir: string, index: number): boolean {
  return existsSync(jobPath(dir, index));
}

/** Write the result of job `index` (atomically). */
export function writeJob(dir: string, index: number, job: SimulationJob, result: SimulationResult, seconds: number): void {
  const doc = { format: 'gfd-experiment-job', version: JOB_FILE_VERSION, index, job, seconds, result };
  writeFileAtomic(jobPath(dir, index), `${JSON.stringify(doc)}\n`);
}

/**
 * Read the result of job `index`, checking that the file holds exactly the job planned.
 * Throws {@link InputError} naming the file otherwise.
 */
export function readJob(dir: string, index: number, job: SimulationJob): { result: SimulationResult; seconds: number } {
  const path = jobPath(dir, index);
  const doc = parseJson(path) as Record<string, unknown>;
  if (doc?.format !== 'gfd-experiment-job' || doc.version !== JOB_FILE_VERSION) throw new InputError(`experiment: ${path} is not a job file of format version ${JOB_FILE_VERSION}`);
  if (doc.index !== index || JSON.stringify(doc.job) !== JSON.stringify(job)) throw new InputError(`experiment: ${path} holds another job than ${job.id} (index ${index})`);
  const result = doc.result as SimulationResult;
  if (typeof result !== 'object' || result === null || !Array.isArray(result.runs) || !Array.isArray(result.times)) throw new InputError(`experiment: ${path} has no simulation result`);
  return { result, seconds: Number(doc.seconds) };
}

/** Indices of the jobs without a file, in order. */
export function missingJobs(dir: string, count: number): number[] {
  const have = new Set(existsSync(join(dir, 'jobs')) ? readdirSync(join(dir, 'jobs')) : []);
  const out: number[] = [];
  for (let k = 0; k < count; k++) if (!have.has(`job-${String(k).padStart(5, '0')}.json`)) out.push(k);
  return out;
}
