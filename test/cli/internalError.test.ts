/**
 * A fault of the program (here an exact division by zero deep in the engine, forced by a preloaded
 * module) is not bad input: one `gfd: internal error: …` line, exit code 1, stdout empty or a
 * valid document, and the stack trace only with GFD_DEBUG=1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { built, gfdPath } from './run.js';

const dist = new URL('../../dist/', import.meta.url).href;
const dir = mkdtempSync(join(tmpdir(), 'gfd-internal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A preload that makes every exact addition fail as an internal division by zero would. */
const preload = join(dir, 'fault.mjs');
writeFileSync(
  preload,
  `import { Rational } from '${dist}rational/index.js';
import { RationalError } from '${dist}errors.js';
Rational.prototype.add = function () { throw new RationalError('division by zero'); };
`,
);

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, gfdPath, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, GFD_DEBUG: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!built)('internal errors', () => {
  const args = ['expand', '--nu', '2', '--scenario', 'sym', '--order', '3', '--format', 'json', '--quiet'];

  it('exit 1 with one "internal error" line, no stack; stdout empty or valid JSON', () => {
    const r = run(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('gfd: internal error: rational: division by zero\n');
    if (r.stdout !== '') {
      const doc = JSON.parse(r.stdout) as { complete?: boolean; reason?: string };
      expect(doc.complete).toBe(false);
    }
  });

  it('a RationalError is not reported as bad input in text output either', () => {
    const r = run(['expand', '--nu', '2', '--scenario', 'sym', '--order', '3', '--format', 'text', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual(['gfd: internal error: rational: division by zero']);
    expect(r.stdout).toBe('');
  });

  it('GFD_DEBUG=1 adds the stack trace', () => {
    const r = run(args, { GFD_DEBUG: '1' });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe('gfd: internal error: rational: division by zero');
    expect(lines.length).toBeGreaterThan(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});
