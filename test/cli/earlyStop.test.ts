/**
 * Runs that stop early still leave valid documents on stdout (docs/json.md §"Runs that stop
 * early"): interrupted by SIGINT/SIGTERM, or stopped by a diagram the Wick engine refuses.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { built, gfd, gfdPath } from './run.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `gfd args`, sends `signal` as soon as stdout matches `when`, and collects the output. */
function interrupt(args: string[], when: RegExp, signal: NodeJS.Signals): Promise<Run & { sent: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [gfdPath, ...args]);
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (!sent && when.test(stdout)) {
        sent = true;
        child.kill(signal);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, sent }));
  });
}

interface ExpandDoc {
  model: unknown;
  observable: string;
  series: { s: number; terms: unknown[] }[];
  diagramClasses: number[];
  complete?: boolean;
  reason?: string;
}

let ref: ExpandDoc | undefined;

/** The complete run of ASYM ν = 3 up to s = 3, to compare the finished entries against. */
function reference(): ExpandDoc {
  if (ref) return ref;
  const r = gfd(['expand', '--nu', '3', '--scenario', 'asym', '--order', '3', '--format', 'json', '--quiet']);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout) as ExpandDoc;
  expect(doc.complete).toBeUndefined();
  ref = doc;
  return doc;
}

/** The entries written so far are whole, consecutive and agree with a complete run. */
function checkPartial(doc: ExpandDoc, ref: ExpandDoc): void {
  expect(Object.keys(doc)).toEqual(['model', 'observable', 'series', 'diagramClasses', 'complete', 'reason']);
  expect(doc.complete).toBe(false);
  expect(doc.series.map((e) => e.s)).toEqual(doc.series.map((_, i) => i));
  expect(doc.diagramClasses).toHaveLength(doc.series.length);
  const n = Math.min(doc.series.length, ref.series.length);
  expect(doc.series.slice(0, n)).toEqual(ref.series.slice(0, n));
  expect(doc.diagramClasses.slice(0, n)).toEqual(ref.diagramClasses.slice(0, n));
}

describe.skipIf(!built)('runs that stop early', () => {
  const asym5 = ['expand', '--nu', '3', '--scenario', 'asym', '--order', '5', '--format', 'json', '--quiet'];

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('expand interrupted by %s closes the JSON document (exit %i)', async (signal, exit) => {
    const r = await interrupt(asym5, /"s":[34]\b/, signal);
    expect(r.sent).toBe(true);
    expect(r.code).toBe(exit);
    expect(r.stderr).toBe(`gfd: interrupted by ${signal}\n`);
    const doc = JSON.parse(r.stdout) as ExpandDoc;
    expect(doc.reason).toBe(`interrupted by ${signal}`);
    expect(doc.series.length).toBeGreaterThanOrEqual(4);
    expect(doc.series.length).toBeLessThan(6);
    checkPartial(doc, reference());
  });

  it('a diagram refused in a worker thread mid-run is a user error and closes the document', () => {
    // SYM ν = 8: s = 3 (55 classes, so the worker pool evaluates them) needs E[·] of a diagram with
    // 5 H-nodes and 29 p-nodes, beyond both the set-partition and the type-vector bounds
    const r = gfd(['expand', '--nu', '8', '--scenario', 'sym', '--order', '3', '--threads', '2', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gfd: wick: diagram too large [^\n]*\n$/);
    const doc = JSON.parse(r.stdout) as ExpandDoc;
    expect(doc.complete).toBe(false);
    expect(`gfd: ${doc.reason}\n`).toBe(r.stderr);
    expect(doc.series.map((e) => e.s)).toEqual([0, 1, 2]);
    expect(doc.diagramClasses).toHaveLength(3);
  });

  it('a refused diagram closes a LaTeX document too', () => {
    const r = gfd(['expand', '--nu', '16', '--scenario', 'sym', '--order', '1', '--format', 'latex', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Y_{0} &=');
    expect(r.stdout).toMatch(/% incomplete: wick: diagram too large[^\n]*\n\\end\{align\*\}\n$/);
  });

  it.each([
    [['expand', '--nu', '16', '--scenario', 'sym', '--order', '1']],
    [['diagrams', '--nu', '16', '--scenario', 'sym', '--order', '1', '--format', 'json']],
    [['diagrams', '--nu', '16', '--scenario', 'sym', '--order', '1', '--format', 'text']],
  ])('gfd %j is refused with one line, exit 2, and nothing or a closed document on stdout', (args) => {
    const r = gfd([...args, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gfd: wick: diagram too large [^\n]*\n$/);
    if (args.includes('json') || (args[0] === 'expand' && r.stdout !== '')) {
      const doc = JSON.parse(r.stdout) as { complete: boolean; reason: string };
      expect(doc.complete).toBe(false);
      expect(`gfd: ${doc.reason}\n`).toBe(r.stderr);
    }
  });

  it('a refusal before the first coefficient writes nothing', () => {
    // SYM ν = 64: already D (2 H-nodes, 64 p-nodes) is beyond the Wick engine
    const r = gfd(['expand', '--nu', '64', '--scenario', 'sym', '--order', '0', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe.skipIf(!built)('a listing stopped by a diagram the Wick engine refuses', () => {
  it('diagrams --nu 64 --scenario asym --order 1: 128 entries, then one refusal line, exit 2, a closed document (no hang)', () => {
    const t = performance.now();
    const r = gfd(['diagrams', '--nu', '64', '--scenario', 'asym', '--order', '1', '--format', 'json', '--quiet'], 30_000);
    expect(performance.now() - t).toBeLessThan(20_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gfd: wick: diagram too large \(3 H-nodes and 127 p-nodes with edges; estimated work above 2\^40\)\n$/);
    const doc = JSON.parse(r.stdout) as { diagrams: unknown[]; complete: boolean; reason: string };
    expect(doc.diagrams.length).toBe(128);
    expect(doc.complete).toBe(false);
    expect(doc.reason).toMatch(/^wick: diagram too large/);
  });
});
