import { Command } from 'commander';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { register } from '../../src/cli/commands/experiment.js';
import { InputError } from '../../src/errors.js';
import { built, gfd } from '../cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'gfd-experiment-cli-'));
const aFile = join(dir, 'not-a-directory');
writeFileSync(aFile, 'x');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<void> {
  const program = new Command().exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  register(program);
  await program.parseAsync(['node', 'gfd', 'experiment', ...args]);
}

const badInputs: [string, string[], RegExp][] = [
  ['unknown name', ['fig-7', '--out', dir], /unknown experiment "fig-7"/],
  ['missing --out', ['sym-nu2'], /--out/],
  ['unwritable directory', ['sym-nu2', '--out', join(aFile, 'sub')], /cannot create output directory|not a directory|not writable/],
  ['--out naming a file', ['sym-nu2', '--out', aFile], /not a directory/],
  ['--quick with --tiny', ['sym-nu2', '--out', dir, '--quick', '--tiny'], /exclude/],
];

describe('gfd experiment: bad input', () => {
  it.each(badInputs)('%s is an InputError', async (_what, args, msg) => {
    await expect(run(args)).rejects.toThrow(InputError);
    await expect(run(args)).rejects.toThrow(msg);
  });

  it('an unknown name is refused before anything is written', async () => {
    const out = join(dir, 'never-created');
    await expect(run(['nope', '--out', out])).rejects.toThrow(InputError);
    expect(existsSync(out)).toBe(false);
  });
});

describe.skipIf(!built)('compiled gfd experiment', () => {
  it.each([...badInputs, ['bad --seeds', ['sym-nu2', '--out', dir, '--seeds', '0'], /--seeds/] as [string, string[], RegExp]])(
    '%s: one line on stderr, exit code 2',
    (_what, args, msg) => {
      const r = gfd(['experiment', ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(msg);
    },
  );

  it('runs a tiny experiment: JSON, SVG, PNG, PDF and a summary paragraph', () => {
    const out = join(dir, 'run');
    const r = gfd(['experiment', 'ntk-asym', '--out', out, '--tiny', '--quiet', '--threads', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ntk-asym — max \|ln\(\(1 − R\/p\)_sim\/e\^\(−νηt\)\)\| over νηt ≤ 2, all cases: [0-9.]+ \(theory: 0\)\. .*Wall time/m);
    const json = JSON.parse(readFileSync(join(out, 'ntk-asym.json'), 'utf8'));
    expect(json.size).toBe('tiny');
    expect(readFileSync(join(out, 'ntk-asym.svg'), 'utf8').startsWith('<svg')).toBe(true);
    // PNG signature, and an image of twice the SVG's width
    const png = readFileSync(join(out, 'ntk-asym.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svgWidth = Number(/width="(\d+)"/.exec(readFileSync(join(out, 'ntk-asym.svg'), 'utf8'))![1]);
    expect(png.readUInt32BE(16)).toBe(2 * svgWidth);
    // a vector PDF with DejaVu Sans embedded
    const pdf = readFileSync(join(out, 'ntk-asym.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/DejaVuSans/);
  });

  it('--format json streams a summary document matching the files', () => {
    const out = join(dir, 'run-json');
    const r = gfd(['experiment', 'free-asym-nu3', '--out', out, '--tiny', '--quiet', '--threads', '1', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.experiments).toHaveLength(1);
    const entry = doc.experiments[0];
    const file = JSON.parse(readFileSync(entry.json, 'utf8'));
    expect(Object.keys(entry).slice(0, 3)).toEqual(['experiment', 'headline', 'statistics']);
    expect(entry.experiment).toBe('free-asym-nu3');
    expect(entry.headline).toEqual(file.headline);
    expect(entry.statistics).toEqual(file.statistics);
    expect(entry.agreement).toEqual(file.agreement);
    expect(Number.isFinite(entry.agreement.maxRelative)).toBe(true);
    expect(existsSync(entry.svg)).toBe(true);
    expect(existsSync(entry.png)).toBe(true);
    expect(existsSync(entry.pdf)).toBe(true);
  });
});
