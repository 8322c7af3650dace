/**
 * `curve` never reports NaN or ±Infinity as a result: inputs whose derived constants or values
 * overflow the double range are refused with one `gfd:` line and exit code 2.
 */
import { describe, expect, it } from 'vitest';
import { built, gfd } from './run.js';

const base = ['--sigma2', '0.1', '--T', '1', '--tmax', '1', '--points', '3', '--format', 'json'];

describe.skipIf(!built)('curve with overflowing inputs', () => {
  it.each([
    [['--formula', 'ntk-asym', '--nu', '2', '--p', '1e308', '--H', '1e308'], /initialLoss is not a finite number/],
    [['--formula', 'ntk-asym-r', '--nu', '2', '--p', '1e308', '--H', '1e308'], /not a finite number/],
    [['--formula', 'free-over', '--scenario', 'asym', '--nu', '2', '--p', '1e308', '--H', '1e308'], /not a finite number/],
    [['--formula', 'ntk-asym', '--nu', '2', '--p', '10', '--H', '100', '--tmin', '-1e300'], /the value at t = -1e\+300 is not a finite number/],
  ])('%j refused', (args, message) => {
    const r = gfd(['curve', ...base, ...args]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^gfd: [^\n]*\n$/);
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
  });

  it('every formula at extreme sizes: a finite curve or one refusal line, never NaN or null', () => {
    const names = (JSON.parse(gfd(['curve', '--list', '--format', 'json']).stdout) as { name: string; scenarios: string[] }[]).map((f) => [f.name, f.scenarios[0]!] as const);
    for (const [name, scenario] of names) {
      for (const [nu, size] of [['2', '1e308'], ['4', '1e200']] as const) {
        const r = gfd(['curve', '--formula', name, '--scenario', scenario, '--nu', nu, '--p', size, '--H', size, '--sigma2', '1e300', '--T', '1e-300', '--tmin', '-1e300', '--tmax', '0', '--points', '3', '--format', 'json']);
        if (r.code === 0) {
          const doc = JSON.parse(r.stdout) as { info: Record<string, unknown>; points: { value: unknown }[] };
          for (const pt of doc.points) expect(Number.isFinite(pt.value), `${name}: ${r.stdout}`).toBe(true);
          expect(JSON.stringify(doc.points)).not.toMatch(/null|NaN|Infinity/);
        } else {
          expect([name, r.code]).toEqual([name, 2]);
          expect(r.stdout).toBe('');
          expect(r.stderr).toMatch(/^gfd: [^\n]*\n$/);
        }
      }
    }
  });
});
