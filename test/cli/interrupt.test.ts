/**
 * One interrupt behaviour for every command that computes cooperatively: SIGINT or SIGTERM while
 * it computes prints one `gfd: interrupted by …` line, exits with 130 or 143 within a second, and
 * with `--format json` leaves one valid document on stdout with `"complete": false` (nothing
 * appended after it). Real processes, real signals.
 */
import { describe, expect, it } from 'vitest';
import { built, interrupted, type Run } from './run.js';

const M = ['--nu', '3', '--scenario', 'asym'];
const CASES: [string, string[]][] = [
  ['pareto', ['pareto', '--nu', '4', '--scenario', 'asym', '--order', '40', '--format', 'json']],
  ['limit', ['limit', ...M, '--order', '30', '--alpha', 'p=1, H=1, sigma=0', '--format', 'json']],
  ['check', ['check', ...M, '--against', 'limit', '--order', '30', '--formula', '1/2', '--format', 'json']],
  ['solve', ['solve', ...M, '--order', '30', '--scaling', 'H=y, sigma2=z', '--format', 'json']],
  ['regimes', ['regimes', ...M, '--order', '8', '--format', 'json']],
  ['report', ['report', ...M, '--order', '8', '--format', 'json']],
  ['expand', ['expand', ...M, '--order', '8', '--format', 'json']],
  ['diagrams (entries being written)', ['diagrams', ...M, '--order', '5', '--format', 'json']],
  ['diagrams (merging)', ['diagrams', ...M, '--order', '5', '--format', 'json']],
];

describe.skipIf(!built)('interrupts: one behaviour for all commands', () => {
  it('SIGINT: gfd: line, exit 130 within a second, a valid JSON document with "complete": false', async () => {
    const runs: Run[] = [];
    for (let i = 0; i < CASES.length; i += 2) {
      runs.push(...(await Promise.all(CASES.slice(i, i + 2).map(([name, args]) => (name === 'diagrams (entries being written)' ? interrupted(args, 500, 'SIGINT', /\{"diagram"/) : interrupted(args, name === 'diagrams (merging)' ? 700 : 2000))))));
    }
    runs.forEach((r, i) => {
      const name = CASES[i]![0];
      expect([name, r.signal, r.code]).toEqual([name, null, 130]);
      expect(r.stderr, name).toBe('gfd: interrupted by SIGINT\n');
      expect(r.latency, name).toBeLessThan(1000);
      const doc = JSON.parse(r.stdout) as { complete?: boolean; reason?: string };
      expect([name, doc.complete, doc.reason]).toEqual([name, false, 'interrupted by SIGINT']);
    });
  });

  it('SIGTERM: exit 143, and the text format writes no partial document', async () => {
    const [json, text] = await Promise.all([
      interrupted(['limit', ...M, '--order', '30', '--alpha', 'p=1, H=1, sigma=0', '--format', 'json'], 2000, 'SIGTERM'),
      interrupted(['check', ...M, '--against', 'limit', '--order', '30', '--formula', '1/2', '--format', 'text'], 2000, 'SIGTERM'),
    ]);
    expect(json.code).toBe(143);
    expect(json.stderr).toBe('gfd: interrupted by SIGTERM\n');
    expect((JSON.parse(json.stdout) as { complete: boolean; model: unknown }).complete).toBe(false);
    expect(text.code).toBe(143);
    expect(text.stderr).toBe('gfd: interrupted by SIGTERM\n');
    expect(text.stdout).toBe('');
  });
});
