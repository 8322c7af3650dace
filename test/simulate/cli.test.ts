import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { register } from '../../src/cli/commands/simulate.js';
import { InputError } from '../../src/errors.js';

async function run(args: string[]): Promise<string> {
  const program = new Command().exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  register(program);
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  try {
    await program.parseAsync(['node', 'gfd', 'simulate', ...args]);
  } finally {
    spy.mockRestore();
  }
  return out;
}

const common = ['--nu', '2', '--scenario', 'sym', '--p', '3', '--H', '2', '--sigma2', '0.4', '--T', '1', '--tmax', '0.5', '--steps', '20', '--quiet'];

describe('gfd simulate', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints the JSON result with the documented fields', async () => {
    const res = JSON.parse(await run([...common, '--seeds', '3', '--times', '0,0.25,0.5', '--format', 'json']));
    expect(Object.keys(res)).toEqual(['model', 'parameters', 'generator', 'times', 'loss', 'diagonal', 'runs']);
    expect(res.times).toEqual([0, 0.25, 0.5]);
    expect(res.parameters).toMatchObject({ p: 3, H: 2, steps: 20, method: 'euler', seeds: 3, seed: 0, dt: 0.025 });
    expect(res.runs).toHaveLength(3);
    expect(res.runs.map((r: { seed: number }) => r.seed)).toEqual([0, 1, 2]);
    expect(res.loss.count).toEqual([3, 3, 3]);
    // gradient flow decreases the loss
    for (const r of res.runs) expect(r.loss[2]).toBeLessThan(r.loss[0]);
  });

  it('CSV has one row per time and one column per run', async () => {
    const lines = (await run([...common, '--seeds', '2', '--times', 'lin:3', '--format', 'csv'])).trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('time,loss_mean,loss_std,loss_count,R_mean,R_std,R_count,loss_seed0,loss_seed1,R_seed0,R_seed1');
    expect(lines[1]!.split(',')).toHaveLength(11);
  });

  it.each([
    [['--p', '0'], /--p/],
    [['--sigma2', '-1'], /--sigma2/],
    [['--steps', '0'], /--steps/],
    [['--T', '0'], /--T/],
    [['--method', 'leapfrog'], /--method/],
    [['--tmax', '0'], /tmax/],
    [['--target', '{1}{3}'], /target/],
    [['--nu', '1'], /^--nu: must be at least 2, got 1$/],
    [['--nu', '2.5'], /^--nu: expected an integer, got "2.5"$/],
    [['--scenario', 'both'], /^--scenario: expected one of sym, asym, got "both"$/],
  ])('bad input %j is an InputError', async (patch, msg) => {
    const args = [...common];
    for (let i = 0; i < patch.length; i += 2) {
      const at = args.indexOf(patch[i]!);
      if (at >= 0) args[at + 1] = patch[i + 1]!;
      else args.push(patch[i]!, patch[i + 1]!);
    }
    const p = run(args);
    await expect(p).rejects.toThrow(InputError);
    await expect(run(args)).rejects.toThrow(msg);
  });
});
