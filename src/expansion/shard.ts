/**
 * The last level S of the series split over independent processes (docs/scale-out.md), for a
 * checkpoint whose levels 0 … S−1 are finished:
 * - map shard i of n: the parents of C_S (classes of C_{S−1} in file order) with index ≡ i mod n,
 *   merged with L; the resulting classes are split by a hash of their text into n partitions;
 * - expectation of partition j: the integer coefficients of partition j summed over the n map
 *   shards, then (−1)^S · factor · Σ n_X E[X], a partial polynomial;
 * - reduce: Y_0 … Y_{S−1} from the checkpoint and Y_S = Σ_j partial_j.
 * Merging is bilinear and every step is exact, so Y_S and the class count of C_S equal those of
 * one uninterrupted run, for any n.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagram } from '../diagram/index.js';
import { PolyBuilder, Rational, type Poly } from '../rational/index.js';
import { wickExpectation } from '../wick/index.js';
import { InputError } from '../errors.js';
import {
  CHECKPOINT_VERSION,
  checkpointIdentity,
  classTableChunks,
  decodeClass,
  describeIdentity,
  parseClassTable,
  parseTermFile,
  sameIdentity,
  termFileText,
  type CheckpointIdentity,
  type ClassLine,
} from './checkpointFormat.js';
import { CheckpointStore, classLines, classSizeLimit, isWritten, readCheckpointFile, sumFromLines, verifyCheckpointFiles, writeAtomic } from './checkpointStore.js';
import { parseObservable } from './observable.js';
import { makeModel, type Model } from '../model/index.js';
import { mergeCooperative, Slicer } from './cooperative.js';
import { lossDiagrams } from './lossDiagrams.js';
import type { ExpandOptions, SeriesTerm } from './series.js';
import { WickPool } from './wickPool.js';

/** Which level is split, into how many shards (`shards/plan.json`). */
export interface ShardPlan {
  readonly s: number;
  readonly count: number;
}

export interface ShardOptions {
  /** worker threads for the expectations (default 1) */
  threads?: number;
  onProgress?: ExpandOptions['onProgress'];
}

const pad = (n: number) => String(n).padStart(4, '0');
const shardsDir = (dir: string) => join(dir, 'shards');
const planPath = (dir: string) => join(shardsDir(dir), 'plan.json');
export const mapPath = (dir: string, index: number, count: number, partition: number) =>
  join(shardsDir(dir), `map-${pad(index)}-of-${pad(count)}.part-${pad(partition)}.classes`);
export const partialPath = (dir: string, partition: number, count: number) => join(shardsDir(dir), `partial-${pad(partition)}-of-${pad(count)}.term.json`);

/** FNV-1a hash of a class text: the partition of a class is this modulo n. */
export function classHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function checkShard(what: string, index: number, count: number): void {
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(index) || index < 0 || index >= count) {
    throw new InputError(`${what}: expected i/n with 0 ≤ i < n, got ${index}/${count}`);
  }
}

function readPlan(dir: string): ShardPlan | null {
  const path = planPath(dir);
  if (!isWritten(path)) return null;
  let p: Record<string, unknown>;
  try {
    p = JSON.parse(readCheckpointFile(path, 'shard plan')) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`checkpoint: ${path} is not a shard plan (bad JSON)`);
  }
  if (p.format !== 'gfd-shard-plan' || !Number.isInteger(p.s) || !Number.isInteger(p.count)) throw new InputError(`checkpoint: ${path} is not a shard plan`);
  if ((p.s as number) < 1 || (p.count as number) < 1 || (p.count as number) > 9999) throw new InputError(`checkpoint: ${path}: s=${String(p.s)} in ${String(p.count)} shards is not a possible plan`);
  if (p.version !== CHECKPOINT_VERSION) throw new InputError(`checkpoint: ${path}: format version ${String(p.version)} is not supported (expected ${CHECKPOINT_VERSION})`);
  return { s: p.s as number, count: p.count as number };
}

function requirePlan(dir: string, count?: number): ShardPlan {
  const plan = readPlan(dir);
  if (!plan) throw new InputError(`checkpoint: ${dir} holds no map output (run gfd expand … --shard i/n --checkpoint ${dir} first)`);
  if (count !== undefined && plan.count !== count) throw new InputError(`checkpoint: ${dir} was mapped in ${plan.count} shards, not ${count}`);
  return plan;
}

/**
 * Map shard `index` of `count` for level `s`: writes `count` partition files. Levels 0 … s−1 must
 * be finished in the checkpoint; all shards of one directory must use the same s and count.
 * (Example: {@link reduceShards}.)
 */
export async function mapShard(model: Model, observableName: string, s: number, dir: string, index: number, count: number, options: ShardOptions = {}): Promise<void> {
  checkShard('--shard', index, count);
  if (!Number.isInteger(s) || s < 1) throw new InputError(`--shard: the split level is --order, which must be at least 1, got ${s}`);
  const store = CheckpointStore.open(dir, checkpointIdentity(model, observableName), false);
  const finished = store.finished();
  if (finished < s - 1) {
    throw new InputError(`checkpoint: ${dir} has ${finished < 0 ? 'no finished level' : `levels 0..${finished}`}; the map step for s=${s} needs 0..${s - 1} (run gfd expand --order ${s - 1} --checkpoint ${dir} first)`);
  }
  const plan = readPlan(dir);
  if (plan && (plan.s !== s || plan.count !== count)) {
    throw new InputError(`checkpoint: ${dir} was mapped for s=${plan.s} in ${plan.count} shards, not s=${s} in ${count} (remove ${shardsDir(dir)} to start over)`);
  }
  if (!plan) {
    if (!existsSync(shardsDir(dir))) mkdirSync(shardsDir(dir), { recursive: true });
    writeAtomic(planPath(dir), [`${JSON.stringify({ format: 'gfd-shard-plan', version: CHECKPOINT_VERSION, s, count })}\n`]);
  }
  const parents = store.readLevelLines(s - 1);
  const mine = parents.lines.filter((_, k) => k % count === index);
  const L = lossDiagrams(model).sum;
  const factor = Rational.parse(parents.header.factor).mul(L.factor);
  let done = 0;
  const observable = parseObservable(model, observableName);
  const limit = classSizeLimit(model, observable.kind === 'loss' ? null : observable.diagram, s - 1);
  const product = await mergeCooperative(sumFromLines(mine, parents.header.factor, store.levelPath(s - 1), limit), L, () =>
    options.onProgress?.(s, ++done, mine.length, 'merge'),
  );
  const parts: ClassLine[][] = Array.from({ length: count }, () => []);
  for (const line of classLines(product)) parts[classHash(line.text) % count]!.push(line);
  parts.forEach((lines, j) => {
    const header = {
      format: 'gfd-classes' as const,
      version: CHECKPOINT_VERSION,
      ...store.identity,
      s,
      factor: factor.toString(),
      classes: lines.length,
      shard: { index, count, partition: j },
    };
    writeAtomic(mapPath(dir, index, count, j), classTableChunks(header, lines));
  });
}

/** The class size limit of level s of the checkpoint `identity` describes. */
function levelLimit(identity: CheckpointIdentity, s: number) {
  const model = makeModel(identity.model);
  const observable = parseObservable(model, identity.observable);
  return classSizeLimit(model, observable.kind === 'loss' ? null : observable.diagram, s);
}

function missingError(dir: string, what: string, missing: string[]): InputError {
  const list = missing.length > 3 ? `${missing.slice(0, 3).join(', ')}, … (${missing.length} files)` : missing.join(', ');
  return new InputError(`checkpoint: ${dir}: missing ${what}: ${list}`);
}

/** Expectation step for partition `partition` of `count`: writes the partial polynomial (example: {@link reduceShards}). */
export async function evaluatePartition(dir: string, partition: number, count: number, options: ShardOptions = {}): Promise<void> {
  checkShard('--partition', partition, count);
  verifyCheckpointFiles(dir);
  const identity = CheckpointStore.readIdentity(dir);
  const plan = requirePlan(dir, count);
  const limit = levelLimit(identity, plan.s);
  const paths = Array.from({ length: count }, (_, i) => mapPath(dir, i, count, partition));
  const missing = paths.filter((p) => !isWritten(p));
  if (missing.length > 0) throw missingError(dir, 'map output', missing);
  const total = new Map<string, bigint>();
  let factor: string | null = null;
  for (const [i, path] of paths.entries()) {
    const { header, lines } = parseClassTable(readCheckpointFile(path, 'map output'), path);
    const sh = header.shard;
    if (!sameIdentity(header, identity) || header.s !== plan.s || !sh || sh.index !== i || sh.count !== count || sh.partition !== partition) {
      throw new InputError(`checkpoint: ${path} is not map shard ${i}/${count}, partition ${partition}, of s=${plan.s} for ${describeIdentity(identity)}`);
    }
    if (factor !== null && header.factor !== factor) throw new InputError(`checkpoint: ${path}: factor ${header.factor} differs from ${factor} of the other shards`);
    factor = header.factor;
    for (const l of lines) total.set(l.text, (total.get(l.text) ?? 0n) + l.coeff);
  }
  // class texts are canonical: equal classes have equal texts, so no canonical form is needed here
  const classes = [...total].filter(([, n]) => n !== 0n).map(([text, coeff]) => {
    try {
      return { diagram: decodeClass(text, limit), coeff };
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      throw new InputError(`checkpoint: partition ${partition} of ${count}: ${err.message}`);
    }
  });
  const sign = plan.s % 2 === 0 ? 1 : -1;
  const poly = (await expectationOf(classes, options, plan.s)).scale(Rational.parse(factor!).mul(sign));
  writeAtomic(partialPath(dir, partition, count), [termFileText(identity, plan.s, classes.length, poly, { index: partition, count })]);
}

/** Σ n_X E[X] over distinct classes, with the expectations on worker threads when there are many. */
async function expectationOf(classes: readonly { diagram: Diagram; coeff: bigint }[], options: ShardOptions, s: number): Promise<Poly> {
  const acc = new PolyBuilder();
  const pool = new WickPool(options.threads ?? 1);
  try {
    if (pool.size > 0 && classes.length >= 32) {
      const polys = await pool.evaluate(classes, (n) => options.onProgress?.(s, n, classes.length, 'wick'));
      classes.forEach((c, i) => acc.addPoly(polys[i]!, c.coeff));
    } else {
      const slicer = new Slicer();
      for (const [i, c] of classes.entries()) {
        acc.addPoly(wickExpectation(c.diagram), c.coeff);
        options.onProgress?.(s, i + 1, classes.length, 'wick');
        await slicer.breathe();
      }
    }
  } finally {
    await pool.close();
  }
  return acc.build();
}

/**
 * The finished series of a sharded checkpoint: Y_0 … Y_{S−1} as saved and Y_S summed from the partials.
 *
 * @example
 * ```ts
 * const model = makeModel({ nu: 2, scenario: 'sym' });
 * await expandCheckpointed(model, parseObservable(model, 'loss'), 1, 'ckpt'); // levels 0 and 1
 * for (const i of [0, 1]) await mapShard(model, 'loss', 2, 'ckpt', i, 2); // map: parents i mod 2
 * for (const j of [0, 1]) await evaluatePartition('ckpt', j, 2); // expectations of partition j
 * const { terms } = reduceShards('ckpt');
 * terms[2]!.poly.equals(lossSeries(model, 2)[2]!); // true
 * ```
 */
export function reduceShards(dir: string): { identity: CheckpointIdentity; terms: SeriesTerm[] } {
  verifyCheckpointFiles(dir);
  const identity = CheckpointStore.readIdentity(dir);
  const store = CheckpointStore.open(dir, identity, false);
  const plan = requirePlan(dir);
  const paths = Array.from({ length: plan.count }, (_, j) => partialPath(dir, j, plan.count));
  const missing = paths.filter((p) => !isWritten(p));
  if (missing.length > 0) throw missingError(dir, 'partial polynomials', missing);
  const terms: SeriesTerm[] = [];
  for (let s = 0; s < plan.s; s++) {
    if (!isWritten(store.termPath(s))) throw missingError(dir, `level ${s}`, [store.termPath(s)]);
    const { poly, classes } = store.readTerm(s);
    terms.push(Object.freeze({ s, poly, classes, millis: 0 }));
  }
  const acc = new PolyBuilder();
  let classes = 0;
  for (const [j, path] of paths.entries()) {
    const { file, poly } = parseTermFile(readCheckpointFile(path, 'partial polynomial'), path);
    const p = file.partition;
    if (!sameIdentity(file, identity) || file.s !== plan.s || !p || p.index !== j || p.count !== plan.count) {
      throw new InputError(`checkpoint: ${path} is not partition ${j}/${plan.count} of s=${plan.s} for ${describeIdentity(identity)}`);
    }
    acc.addPoly(poly);
    classes += file.classes;
  }
  terms.push(Object.freeze({ s: plan.s, poly: acc.build(), classes, millis: 0 }));
  return { identity, terms };
}
