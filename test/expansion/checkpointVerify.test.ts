/**
 * Checkpoints are verified, never trusted: every file carries a SHA-256 checksum file written
 * after it, every file of the directory is checked before a run resumes from it or reduces it,
 * and decoded classes are bounded by what the level can hold. A random byte flipped in a random
 * file is refused every time, with a message naming the file; it never yields a series.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandCheckpointed } from '../../src/expansion/checkpointSeries.js';
import { CheckpointStore, classSizeLimit, writeAtomic } from '../../src/expansion/checkpointStore.js';
import { CHECKPOINT_VERSION, checkpointIdentity, decodeClass } from '../../src/expansion/checkpointFormat.js';
import { evaluatePartition, mapShard, reduceShards } from '../../src/expansion/shard.js';
import { expandLoss } from '../../src/expansion/series.js';
import { makeModel } from '../../src/model/index.js';
import { InputError } from '../../src/errors.js';

const root = mkdtempSync(join(tmpdir(), 'gfd-verify-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const LOSS = { kind: 'loss', name: 'loss' } as const;
const model = makeModel({ nu: 2, scenario: 'asym' });
const base = join(root, 'base');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  // levels 0 … 2, then level 3 mapped in 2 shards and both partitions evaluated
  await expandCheckpointed(model, LOSS, 2, base, { threads: 1 });
  for (const i of [0, 1]) await mapShard(model, 'loss', 3, base, i, 2);
  for (const j of [0, 1]) await evaluatePartition(base, j, 2);
});

describe('verified checkpoints', () => {
  it('an intact checkpoint resumes and reduces to the uninterrupted series', async () => {
    const ref = expandLoss(model, 3);
    const dir = join(root, 'intact');
    cpSync(base, dir, { recursive: true });
    expect(reduceShards(dir).terms[3]!.poly.equals(ref[3]!.poly)).toBe(true);
    const resumed = await expandCheckpointed(model, LOSS, 2, dir, { threads: 1 });
    expect(resumed[2]!.poly.equals(ref[2]!.poly)).toBe(true);
  });

  it('a random byte flipped in a random file (30 times): refused every time, naming the file', async () => {
    const rnd = seeded(7);
    const all = files(base).map((f) => f.slice(base.length + 1));
    expect(all.filter((f) => f.endsWith('.sha256')).length).toBe(all.length / 2);
    for (let k = 0; k < 30; k++) {
      const dir = join(root, `flip${k}`);
      cpSync(base, dir, { recursive: true });
      const file = join(dir, all[Math.floor(rnd() * all.length)]!);
      const bytes = readFileSync(file);
      const at = Math.floor(rnd() * bytes.length);
      bytes[at] = bytes[at]! ^ (1 + Math.floor(rnd() * 255));
      writeFileSync(file, bytes);
      const named = basename(file).replace(/\.sha256$/, '');
      // resuming (any order) and reducing both refuse
      for (const attempt of [() => expandCheckpointed(model, LOSS, 3, dir, { threads: 1 }), () => reduceShards(dir), () => evaluatePartition(dir, 0, 2)]) {
        let error: unknown = null;
        try {
          await attempt();
        } catch (err) {
          error = err;
        }
        expect(error, `flip in ${file} at byte ${at} was not refused`).toBeInstanceOf(InputError);
        expect((error as Error).message).toContain(named);
        expect((error as Error).message).not.toContain('\n');
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a class larger than its level can hold is refused even with a valid checksum', async () => {
    const dir = join(root, 'oversized');
    cpSync(base, dir, { recursive: true });
    const store = CheckpointStore.open(dir, checkpointIdentity(model, 'loss'), false);
    const header = { format: 'gfd-classes', version: CHECKPOINT_VERSION, model: { nu: 2, scenario: 'asym', target: 'identity' }, observable: 'loss', s: 2, factor: '1', classes: 1 };
    writeAtomic(store.levelPath(2), [`${JSON.stringify(header)}\n250.250:0,1,2\t5\n`]);
    await expect(expandCheckpointed(model, LOSS, 3, dir, { threads: 1 })).rejects.toThrow(/^checkpoint: .*level-0002\.classes: line 2: malformed class "250\.250:0,1,2" \(500 nodes, at most 12 at this level\)/);
  });

  it('classSizeLimit bounds the classes of every level of an uninterrupted run', () => {
    for (const m of [makeModel({ nu: 3, scenario: 'asym' }), makeModel({ nu: 4, scenario: 'sym' })]) {
      const ref = expandLoss(m, 0);
      expect(ref.length).toBe(1);
      const limit = classSizeLimit(m, null, 0);
      expect(limit.colours).toBe(m.scenario === 'sym' ? 1 : m.nu);
      expect(() => decodeClass('1.1:0', limit)).not.toThrow();
      expect(() => decodeClass(`1.1:${m.scenario === 'sym' ? 1 : m.nu}`, limit)).toThrow(/colour/);
      expect(() => decodeClass('1.1:256', limit)).toThrow(/outside the 1 × 1 nodes/);
    }
  });
});
