/**
 * Resuming a checkpointed series, and the sharded last level, against independent uninterrupted
 * runs of the series (expandLoss / observableSeries).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandCheckpointed } from '../../src/expansion/checkpointSeries.js';
import { CheckpointStore } from '../../src/expansion/checkpointStore.js';
import { checkpointIdentity } from '../../src/expansion/checkpointFormat.js';
import { parseObservable } from '../../src/expansion/observable.js';
import { evaluatePartition, mapShard, reduceShards } from '../../src/expansion/shard.js';
import { expandLoss, observableSeries, type SeriesTerm } from '../../src/expansion/series.js';
import { makeModel } from '../../src/model/index.js';
import { InputError } from '../../src/errors.js';

const root = mkdtempSync(join(tmpdir(), 'gfd-checkpoint-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(root, `c${n++}`);
const LOSS = { kind: 'loss', name: 'loss' } as const;

function same(a: SeriesTerm[], b: SeriesTerm[]): void {
  expect(a.map((t) => t.s)).toEqual(b.map((t) => t.s));
  expect(a.map((t) => t.classes)).toEqual(b.map((t) => t.classes));
  a.forEach((t, i) => expect(t.poly.equals(b[i]!.poly), `Y_${t.s}`).toBe(true));
}

describe('checkpointed series', () => {
  const model = makeModel({ nu: 2, scenario: 'asym' });
  const reference = expandLoss(model, 4);

  it.each([0, 1, 2, 3])('stopped after level %i and resumed, equals the uninterrupted series', async (k) => {
    const dir = fresh();
    same(await expandCheckpointed(model, LOSS, k, dir, { threads: 1 }), reference.slice(0, k + 1));
    const seen: SeriesTerm[] = [];
    const resumed = await expandCheckpointed(model, LOSS, 4, dir, { threads: 1, onTerm: (t) => seen.push(t) });
    same(resumed, reference);
    same(seen, reference);
    // the finished levels were read back, not recomputed
    expect(resumed.slice(0, k + 1).every((t) => t.millis === 0)).toBe(true);
  });

  it('a smaller order reads the saved levels only; a larger one extends the checkpoint', async () => {
    const dir = fresh();
    await expandCheckpointed(model, LOSS, 3, dir, { threads: 1 });
    const before = statSync(join(dir, 'level-0003.classes')).mtimeMs;
    same(await expandCheckpointed(model, LOSS, 2, dir, { threads: 1 }), reference.slice(0, 3));
    expect(statSync(join(dir, 'level-0003.classes')).mtimeMs).toBe(before);
    expect(CheckpointStore.open(dir, checkpointIdentity(model, 'loss')).finished()).toBe(3);
    same(await expandCheckpointed(model, LOSS, 4, dir, { threads: 1 }), reference);
    expect(CheckpointStore.open(dir, checkpointIdentity(model, 'loss')).finished()).toBe(4);
  });

  it('an observable series resumes too (G = D, SYM ν=3)', async () => {
    const m = makeModel({ nu: 3, scenario: 'sym' });
    const D = parseObservable(m, 'D');
    const dir = fresh();
    await expandCheckpointed(m, D, 1, dir, { threads: 1 });
    same(await expandCheckpointed(m, D, 3, dir, { threads: 1 }), observableSeries(m, D.kind === 'diagram' ? D.diagram : null!, 3));
  });

  it('a level whose term file is missing (killed while saving) is computed again; temporary files are ignored', async () => {
    const dir = fresh();
    await expandCheckpointed(model, LOSS, 3, dir, { threads: 1 });
    rmSync(join(dir, 'level-0003.term.json'));
    rmSync(join(dir, 'level-0002.classes'));
    writeFileSync(join(dir, 'level-0002.classes.tmp-1'), 'partial');
    // levels 0, 1 complete; 2 has no class table, so the series resumes from C_1
    expect(CheckpointStore.open(dir, checkpointIdentity(model, 'loss')).finished()).toBe(1);
    const resumed = await expandCheckpointed(model, LOSS, 4, dir, { threads: 1 });
    same(resumed, reference);
    expect(resumed[2]!.millis).toBeGreaterThan(0);
  });

  it('refuses a checkpoint of another model or observable, in one line', async () => {
    const dir = fresh();
    await expandCheckpointed(model, LOSS, 1, dir, { threads: 1 });
    const other = makeModel({ nu: 2, scenario: 'sym' });
    await expect(expandCheckpointed(other, LOSS, 1, dir)).rejects.toThrow(InputError);
    await expect(expandCheckpointed(other, LOSS, 1, dir)).rejects.toThrow(/^checkpoint: .* belongs to ASYM nu=2 target identity, observable loss, not SYM nu=2 /);
    await expect(expandCheckpointed(model, parseObservable(model, 'D'), 1, dir)).rejects.toThrow(/observable loss, not .*observable D$/);
  });
});

describe('sharded last level', () => {
  async function sharded(model: ReturnType<typeof makeModel>, S: number, count: number): Promise<SeriesTerm[]> {
    const dir = fresh();
    await expandCheckpointed(model, LOSS, S - 1, dir, { threads: 1 });
    for (let i = 0; i < count; i++) await mapShard(model, 'loss', S, dir, i, count);
    for (let j = 0; j < count; j++) await evaluatePartition(dir, j, count);
    return reduceShards(dir).terms;
  }

  it.each([1, 2, 3, 5])('ASYM ν=2 order 3 in %i shards equals the single run', async (count) => {
    const model = makeModel({ nu: 2, scenario: 'asym' });
    same(await sharded(model, 3, count), expandLoss(model, 3));
  });

  it('more shards than parents (SYM ν=2 order 2: 3 parents, 7 shards; empty shards and partitions)', async () => {
    const model = makeModel({ nu: 2, scenario: 'sym' });
    same(await sharded(model, 2, 7), expandLoss(model, 2));
  });

  it('the partitions split the classes of C_S without overlap', async () => {
    const model = makeModel({ nu: 3, scenario: 'sym' });
    const dir = fresh();
    await expandCheckpointed(model, LOSS, 2, dir, { threads: 1 });
    for (let i = 0; i < 2; i++) await mapShard(model, 'loss', 3, dir, i, 2);
    const files = readdirSync(join(dir, 'shards')).filter((f) => f.endsWith('.classes'));
    expect(files.length).toBe(4);
    for (let j = 0; j < 2; j++) await evaluatePartition(dir, j, 2);
    expect(reduceShards(dir).terms[3]!.classes).toBe(expandLoss(model, 3)[3]!.classes);
  });

  it('refuses a map step before the levels below are finished, and a second plan', async () => {
    const model = makeModel({ nu: 2, scenario: 'asym' });
    const dir = fresh();
    await expandCheckpointed(model, LOSS, 1, dir, { threads: 1 });
    await expect(mapShard(model, 'loss', 3, dir, 0, 2)).rejects.toThrow(/needs 0\.\.2/);
    await mapShard(model, 'loss', 2, dir, 0, 2);
    await expect(mapShard(model, 'loss', 2, dir, 0, 3)).rejects.toThrow(/mapped for s=2 in 2 shards, not s=2 in 3/);
    await expect(evaluatePartition(dir, 0, 2)).rejects.toThrow(/missing map output: .*map-0001-of-0002\.part-0000/);
    await expect(evaluatePartition(dir, 0, 3)).rejects.toThrow(/mapped in 2 shards, not 3/);
    expect(() => reduceShards(dir)).toThrow(/missing partial polynomials/);
    expect(existsSync(join(dir, 'shards', 'plan.json'))).toBe(true);
  });
});
