/**
 * `gfd expand --checkpoint` killed and resumed, and a sharded run (map shards, expectation
 * partitions and `gfd reduce`) as separate processes: the output is byte-identical to one plain
 * `gfd expand` run. Bad input to both steps: one `gfd:` line, exit 2.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { built, gfd, gfdAsync, gfdPath } from './run.js';

const root = mkdtempSync(join(tmpdir(), 'gfd-shard-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function ok(args: string[]): Promise<string> {
  const r = await gfdAsync(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe.skipIf(!built)('gfd expand --checkpoint, killed and resumed', () => {
  const model = ['--nu', '2', '--scenario', 'asym', '--order', '6', '--quiet', '--threads', '1'];
  let plain: Promise<{ code: number; stdout: string; stderr: string }>;
  const reference = () => (plain ??= gfdAsync(['expand', ...model]));

  /** Starts a checkpointed run and sends `signal` once level `s` is saved. */
  async function stopAfter(dir: string, s: number, signal: NodeJS.Signals): Promise<{ code: number | null; stdout: string }> {
    const child = spawn(process.execPath, [gfdPath, 'expand', ...model, '--checkpoint', dir]);
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const saved = join(dir, `level-${String(s).padStart(4, '0')}.term.json`);
    while (!existsSync(saved)) await new Promise((r) => setTimeout(r, 5));
    child.kill(signal);
    return { code: await exited, stdout };
  }

  it('kill -9 after level 2, then the same command: byte-identical JSON', async () => {
    void reference(); // starts the uninterrupted run alongside
    const dir = join(root, 'killed');
    await stopAfter(dir, 2, 'SIGKILL');
    // the run was stopped before the last level was saved
    expect(existsSync(join(dir, 'level-0006.term.json'))).toBe(false);
    const resumed = await ok(['expand', ...model, '--checkpoint', dir]);
    expect(resumed).toBe((await reference()).stdout);
  });

  it('SIGTERM closes the document early; the rerun completes it', async () => {
    const dir = join(root, 'term');
    const { code, stdout } = await stopAfter(dir, 3, 'SIGTERM');
    // a valid document, closed early unless the run had just finished
    expect(JSON.parse(stdout).complete).toBe(code === 143 ? false : undefined);
    const resumed = await ok(['expand', ...model, '--checkpoint', dir]);
    expect(resumed).toBe((await reference()).stdout);
  });
});

describe.skipIf(!built)('sharded run as separate processes', () => {
  it('three map shards, three expectation partitions, gfd reduce: byte-identical to gfd expand (json and text)', async () => {
    const model = ['--nu', '2', '--scenario', 'asym'];
    const dir = join(root, 'sharded');
    const plain = Promise.all([gfdAsync(['expand', ...model, '--order', '3', '--quiet']), gfdAsync(['expand', ...model, '--order', '3', '--quiet', '--format', 'text'])]);
    expect(await ok(['expand', ...model, '--order', '2', '--quiet', '--checkpoint', dir])).not.toBe('');
    const maps = await Promise.all([0, 1, 2].map((i) => ok(['expand', ...model, '--order', '3', '--quiet', '--checkpoint', dir, '--shard', `${i}/3`])));
    expect(maps).toEqual(['', '', '']);
    await Promise.all([0, 1, 2].map((j) => ok(['reduce', dir, '--partition', `${j}/3`, '--quiet'])));
    const [json, text] = await Promise.all([ok(['reduce', dir]), ok(['reduce', dir, '--format', 'text'])]);
    const [pj, pt] = await plain;
    expect(json).toBe(pj.stdout);
    expect(text).toBe(pt.stdout);
  });
});

describe.skipIf(!built)('bad input to checkpoints and shards: one gfd: line, exit 2', () => {
  const model = ['--nu', '2', '--scenario', 'asym'];
  const dir = join(root, 'bad');
  mkdirSync(dir);
  gfd(['expand', ...model, '--order', '1', '--quiet', '--checkpoint', dir]);
  gfd(['expand', ...model, '--order', '2', '--quiet', '--checkpoint', dir, '--shard', '0/2']);
  const notDir = join(root, 'file');
  writeFileSync(notDir, 'x');

  it.each([
    ['another model for the checkpoint', ['expand', '--nu', '3', '--scenario', 'asym', '--order', '1', '--checkpoint', dir], /belongs to ASYM nu=2/],
    ['--shard without --checkpoint', ['expand', ...model, '--order', '2', '--shard', '0/2'], /--shard: needs --checkpoint/],
    ['--shard i ≥ n', ['expand', ...model, '--order', '2', '--checkpoint', dir, '--shard', '2/2'], /--shard: i must be below n/],
    ['--shard not i/n', ['expand', ...model, '--order', '2', '--checkpoint', dir, '--shard', 'a'], /--shard: expected i\/n/],
    ['a map step with another n', ['expand', ...model, '--order', '2', '--checkpoint', dir, '--shard', '0/3'], /mapped for s=2 in 2 shards/],
    ['a map step on a missing directory', ['expand', ...model, '--order', '2', '--checkpoint', join(root, 'none'), '--shard', '0/2'], /does not exist/],
    ['--checkpoint on a file', ['expand', ...model, '--order', '2', '--checkpoint', notDir], /is not a directory/],
    ['reduce with a missing map shard', ['reduce', dir, '--partition', '0/2'], /missing map output: .*map-0001-of-0002/],
    ['reduce with missing partials', ['reduce', dir], /missing partial polynomials/],
    ['reduce of a directory without checkpoint', ['reduce', root], /holds no checkpoint/],
    ['reduce of a missing directory', ['reduce', join(root, 'none')], /holds no checkpoint/],
  ])('%s', (_what, args, message) => {
    const r = gfd(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^gfd: [^\n]+\n$/);
    expect(r.stderr).toMatch(message);
  });
});

describe.skipIf(!built)('edited or damaged checkpoint files are refused in one line naming the file, never used', () => {
  const model = ['--nu', '2', '--scenario', 'asym'];
  const dir = join(root, 'edited');
  mkdirSync(dir);
  gfd(['expand', ...model, '--order', '2', '--quiet', '--checkpoint', dir]);
  for (const i of [0, 1]) gfd(['expand', ...model, '--order', '3', '--quiet', '--checkpoint', dir, '--shard', `${i}/2`]);
  for (const j of [0, 1]) gfd(['reduce', dir, '--partition', `${j}/2`, '--quiet']);

  function edited(name: string, edit: (text: string) => string): string {
    const copy = join(root, `edited-${name.replace(/\W/g, '_')}`);
    cpSync(dir, copy, { recursive: true });
    const path = join(copy, name);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(path, after);
    return copy;
  }

  it.each([
    ['a coefficient of Y_2 changed', 'level-0002.term.json', (t: string) => t.replace(/"coeff":"(-?)(\d)/, (_m, s, d) => `"coeff":"${s}${(Number(d) + 1) % 10}`), ['expand', ...model, '--order', '3']],
    ['a class line added', 'level-0002.classes', (t: string) => t.replace(/"classes":(\d+)/, (_m, n) => `"classes":${Number(n) + 1}`) + '250.250:0,1,2\t5\n', ['expand', ...model, '--order', '3']],
    ['the shard plan edited to count 0', 'shards/plan.json', (t: string) => t.replace(/"count":\d+/, '"count":0'), ['reduce']],
    ['a partial polynomial edited', 'shards/partial-0000-of-0002.term.json', (t: string) => t.replace(/"coeff":"(-?)(\d)/, (_m, s, d) => `"coeff":"${s}${(Number(d) + 1) % 10}`), ['reduce']],
  ])('%s', (_what, name, edit, command) => {
    const copy = edited(name, edit);
    const args = command[0] === 'reduce' ? ['reduce', copy] : [...command, '--quiet', '--checkpoint', copy, '--format', 'json'];
    const r = gfd(args);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^gfd: [^\n]+\n$/);
    expect(r.stderr).toContain(name.split('/').pop()!);
    expect(r.stderr).toMatch(/does not match its checksum/);
    expect(r.code).toBe(2);
  });
});
