/**
 * Heap pressure becomes a clean refusal: a run that outgrows a small heap stops with one
 * `gfd: out of memory: …` line and exit 2, its document closed with the finished levels and
 * `"complete": false`, instead of dying in V8 (exit 134, a torn document).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { built, gfdPath } from './run.js';

describe.skipIf(!built)('memory guard', () => {
  it('expand ASYM ν=3 under a 32 MB heap: levels 0..4 written, then one refusal line, exit 2', () => {
    const r = spawnSync(
      process.execPath,
      ['--max-old-space-size=32', gfdPath, 'expand', '--nu', '3', '--scenario', 'asym', '--order', '6', '--format', 'json', '--quiet', '--threads', '1'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^gfd: out of memory: level s=\d needs more than the 32 MB heap \(\d+ MB in use\)[^\n]*\n$/);
    const doc = JSON.parse(r.stdout) as { series: { s: number }[]; diagramClasses: number[]; complete: boolean; reason: string };
    expect(doc.complete).toBe(false);
    expect(doc.reason).toMatch(/^out of memory/);
    expect(doc.series.length).toBeGreaterThanOrEqual(4);
    expect(doc.diagramClasses.slice(0, 4)).toEqual([2, 9, 45, 391]);
  });
});
