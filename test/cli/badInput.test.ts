/**
 * Bad input, command by command: every case must be refused before any work with exit code 2,
 * exactly one line on stderr starting with `gfd:`, nothing on stdout, within seconds and in a
 * small heap (`--max-old-space-size=256`, so that a blow-up fails instead of swapping).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, gfdPath } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'gfd-bad-'));
const aFile = join(dir, 'a-file');

const SIM = ['simulate', '--nu', '2', '--scenario', 'sym', '--p', '4', '--H', '4', '--sigma2', '0.1', '--T', '1', '--tmax', '1', '--steps', '10', '--quiet'];
const CURVE = ['curve', '--formula', 'sym2-narayana', '--nu', '2', '--p', '100', '--H', '50', '--sigma2', '0.01', '--T', '1', '--tmax', '2'];
const EXPAND = ['expand', '--nu', '2', '--scenario', 'sym', '--order', '1', '--quiet'];
const DIAGRAMS = ['diagrams', '--nu', '2', '--scenario', 'sym', '--order', '1', '--quiet'];
const THRESHOLD = ['threshold', '--nu', '4', '--theta', '1'];
const EXPERIMENT = ['experiment', 'ntk-asym', '--tiny', '--quiet'];

/** Replace (or append) the value of an option in a base command line. */
function set(base: string[], option: string, value: string): string[] {
  const i = base.indexOf(option);
  return i < 0 ? [...base, option, value] : [...base.slice(0, i + 1), value, ...base.slice(i + 2)];
}
function drop(base: string[], option: string): string[] {
  const i = base.indexOf(option);
  return [...base.slice(0, i), ...base.slice(i + 2)];
}

/** [command line, pattern the message must match]: each in its own process (resource bounds). */
const SPAWNED: [string[], RegExp][] = [
  [['wick', '--diagram', 'h1-p1*2', '--expect', 'p^1000000'], /exponent 1000000/],
  [['wick', '--diagram', 'h1-p1*2', '--expect', 'p^(10^9)'], /exponent 1000000000 exceeds the limit of 256/],
  [['expand', '--nu', '2', '--scenario', 'sym', '--order', '100000', '--format', 'json'], /at order 100000 .* 200004 edges.*largest order for this model: 126/],
  [['expand', '--nu', '3', '--scenario', 'asym', '--order', '1000'], /largest order for this model: 62/],
  [['check', '--nu', '2', '--scenario', 'sym', '--against', 'expand', '--order', '1000', '--formula', '1/2'], /out of reach beyond 256 edges/],
  [['diagrams', '--nu', '2', '--scenario', 'sym', '--order', '200'], /out of reach beyond 256 edges/],
  [['wick', '--diagram', 'h1-p1*2', '--expect', 'p^(2*500)'], /exponent 1000 exceeds the limit of 256/],
  [['wick', '--diagram', 'h1-p1*2', '--expect', '(p^256)^256'], /degree 65536 in p exceeds/],
  [['wick', '--diagram', 'h1-p1*2', '--expect', '((10^9)^256)^256*p'], /constant .* exceeds 65536 bits/],
  [['wick', '--diagram', 'h1-p1*2', '--expect', '(p+H+sigma2+1)^200'], /too large \(estimated above/],
  [set(SIM, '--out', '/nonexistent/dir/x.json'), /does not exist/],
  [set(SIM, '--out', tmpdir()), /is a directory/],
  [set(CURVE, '--points', '1000000000'), /--points.*1000000000/],
  [['wick', '--diagram', '{"H":1000000000,"p":1,"edges":[]}'], /nodes exceed/],
  [['wick', '--diagram', 'h1-p1*100000'], /edges exceed/],
  [set(SIM, '--seeds', '1000000000'), /seeds exceed/],
  [set(SIM, '--steps', '1000000000000'), /steps exceed/],
  [set(set(set(SIM, '--p', '1000'), '--H', '1000'), '--steps', '100000000'), /estimated work/],
  [set(EXPAND, '--order', '99999999999999999999'), /99999999999999999999/],
  [['experiment', 'ntk-asym', '--out', '/proc/gfdtest', '--tiny', '--quiet'], /--out/],
  [['expand', '--nu', '2', '--scenario', 'asym', '--order', '1', '--observable', 'h1-p1:3'], /colour 3/],
  [['expand', '--nu', '2', '--scenario', 'sym', '--order', '1', '--observable', 'h1-p1:2*2'], /colour 2/],
  [set(EXPAND, '--nu', '0x10'), /0x10/],
  [set(SIM, '--p', '99999999999999999999'), /99999999999999999999/],
  [set(SIM, '--times', 'lin:1000000000'), /--times/],
];

/** One bad value per option of every command: run one after another in a single process. */
const IN_PROCESS: [string[], RegExp][] = [
  // commander's own messages
  [[...EXPAND, '--bogus'], /unknown option/],
  [[...EXPAND, '--formt', 'json'], /unknown option/],
  [drop(EXPAND, '--order'), /--order/],
  [['experiment'], /argument/],
  [['nosuchcommand'], /unknown command/],
  // expand
  [set(EXPAND, '--nu', '1'), /nu/],
  [set(EXPAND, '--nu', '1e1'), /nu/],
  [set(EXPAND, '--scenario', 'both'), /scenario/],
  [set(EXPAND, '--target', 'ones'), /target/],
  [set(EXPAND, '--order', '-1'), /--order/],
  [set(EXPAND, '--order', '1e3'), /--order/],
  [set(EXPAND, '--observable', 'h1-q2'), /diagram/],
  [set(EXPAND, '--format', 'xml'), /--format/],
  [set(EXPAND, '--threads', '0x2'), /--threads/],
  // diagrams
  [set(DIAGRAMS, '--nu', '65'), /nu/],
  [set(DIAGRAMS, '--scenario', ''), /scenario/],
  [set(DIAGRAMS, '--target', '{1}'), /partition|target/],
  [set(DIAGRAMS, '--order', '1.5'), /--order/],
  [set(DIAGRAMS, '--format', 'xml'), /--format/],
  // wick
  [['wick', '--diagram', 'h1-q2'], /diagram/],
  [['wick', '--diagram', 'h1-p1*2', '--format', 'xml'], /--format/],
  [['wick', '--diagram', 'h1-p1*2', '--expect', 'p^2^3'], /exponent/],
  [['wick', '--diagram', 'h1-p1*2', '--expect', 'q+1'], /unknown variable/],
  [['wick'], /--diagram/],
  // simulate
  [set(SIM, '--nu', '1'), /--nu/],
  [set(SIM, '--scenario', 'x'), /--scenario/],
  [set(SIM, '--target', '{1}{3}'), /target|partition/],
  [set(SIM, '--p', '0'), /--p/],
  [set(SIM, '--H', '1.5'), /--H/],
  [set(SIM, '--sigma2', '0'), /--sigma2/],
  [set(SIM, '--sigma2', '0x1'), /--sigma2/],
  [set(SIM, '--T', 'Infinity'), /--T/],
  [set(SIM, '--tmax', '1e999'), /--tmax/],
  [set(SIM, '--tmax', '0'), /tmax/],
  [set(SIM, '--steps', '0'), /--steps/],
  [set(SIM, '--method', 'rk5'), /--method/],
  [set(SIM, '--seeds', '0'), /--seeds/],
  [set(SIM, '--seed', '-1'), /--seed/],
  [set(SIM, '--times', '0x1'), /--times/],
  [set(SIM, '--threads', '65'), /--threads/],
  [set(SIM, '--format', 'xml'), /--format/],
  [set(SIM, '--out', ''), /--out/],
  // curve
  [set(CURVE, '--formula', 'nope'), /nope/],
  [set(CURVE, '--nu', '1'), /--nu/],
  [set(CURVE, '--scenario', 'x'), /--scenario/],
  [set(CURVE, '--p', '0.5'), /--p/],
  [set(CURVE, '--H', 'x'), /--H/],
  [set(CURVE, '--sigma2', '-1'), /--sigma2/],
  [set(CURVE, '--T', '0'), /--T/],
  [set(CURVE, '--tmin', '3'), /--tmin/],
  [set(CURVE, '--tmax', 'two'), /--tmax/],
  [set(CURVE, '--points', '0'), /--points/],
  [set(CURVE, '--format', 'xml'), /--format/],
  // threshold
  [set(THRESHOLD, '--nu', '3'), /nu/],
  [set(THRESHOLD, '--theta', '0.5'), /--theta/],
  [set(THRESHOLD, '--theta', '0x1'), /--theta/],
  [set(THRESHOLD, '--format', 'csv'), /--format/],
  // experiment
  [['experiment', 'nope', '--out', dir, '--tiny'], /nope/],
  [EXPERIMENT, /--out/],
  [[...EXPERIMENT, '--out', aFile], /not a directory/],
  [[...EXPERIMENT, '--out', join(dir, 'missing', 'deeper')], /does not exist/],
  [[...EXPERIMENT, '--out', dir, '--quick'], /exclude/],
  [[...EXPERIMENT, '--out', dir, '--seeds', '0'], /--seeds/],
  [[...EXPERIMENT, '--out', dir, '--threads', '1.5'], /--threads/],
  [[...EXPERIMENT, '--out', dir, '--format', 'xml'], /--format/],
  // check
  [['check', '--nu', '2', '--scenario', 'sym', '--against', 'limit', '--order', '2', '--formula', 'sin(t)'], /unsupported function sin/],
  [['check', '--nu', '2', '--scenario', 'sym', '--against', 'limit', '--order', '2', '--formula', 'p*t'], /unknown name "p"/],
  [['check', '--nu', '2', '--scenario', 'sym', '--against', 'expand', '--order', '2', '--formula', 't', '--coefficients', 's'], /exactly one of --formula and --coefficients/],
  [['check', '--nu', '2', '--scenario', 'sym', '--against', 'expand', '--order', '2', '--formula', 't', '--scaling', 'H = y, sigma2 = z'], /--scaling goes with --against limit/],
  [['check', '--nu', '2', '--scenario', 'sym', '--against', 'limit', '--order', '99', '--formula', 't'], /--order/],
  [['check', '--nu', '2', '--scenario', 'sym', '--against', 'series', '--order', '2', '--formula', 't'], /--against/],
  [['check', '--nu', '2', '--scenario', 'sym', '--against', 'limit', '--order', '2', '--formula', '1/t'], /pole at t = 0/],
  [['check', '--nu', '2', '--scenario', 'sym', '--against', 'limit', '--order', '2', '--formula', '(1+t)^100000'], /exceeds the limit/],
  // report
  [['report', '--nu', '2', '--quiet'], /give --nu and --scenario/],
  [['report', '--paper', '--nu', '2', '--quiet'], /--paper chooses the models/],
  [['report', '--nu', '1', '--scenario', 'sym', '--quiet'], /nu/],
  [['report', '--nu', '2', '--scenario', 'sym', '--order', '99', '--quiet'], /--order/],
  [['report', '--nu', '2', '--scenario', 'sym', '--format', 'pdf', '--quiet'], /--format/],
  [['report', '--nu', '2', '--scenario', 'sym', '--out', tmpdir(), '--quiet'], /is a directory/],
  [['report', '--nu', '2', '--scenario', 'sym', '--out', '/nonexistent/dir/r.html', '--quiet'], /does not exist/],
  [['report', '--nu', '2', '--scenario', 'sym', '--experiments', '/nonexistent/dir', '--quiet'], /--experiments.*does not exist/],
  [['report', '--nu', '2', '--scenario', 'sym', '--experiments', tmpdir(), '--quiet'], /--experiments: no experiment results/],
];

interface Outcome {
  code: number | null;
  signal?: string | null;
  stdout: string;
  stderr: string;
  ms: number;
}

const TIMEOUT_MS = 15_000;
const HEAP = '--max-old-space-size=256';

function spawnOutcome(args: string[], env: NodeJS.ProcessEnv = process.env, timeout = TIMEOUT_MS): Promise<Outcome> {
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(process.execPath, [HEAP, ...args], { timeout, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr, ms: performance.now() - start }));
  });
}

/**
 * Runs the CLI once per case inside one process: each case imports a fresh copy of the entry
 * module (which runs `main(process.argv)` on import) with stdout/stderr captured, and waits for
 * the exit code it sets. Prints the outcomes as JSON.
 */
const RUNNER = `
const cases = JSON.parse(process.env.GFD_CASES);
const mainUrl = process.env.GFD_MAIN;
const [ow, ew] = [process.stdout.write.bind(process.stdout), process.stderr.write.bind(process.stderr)];
const out = [];
for (const [i, args] of cases.entries()) {
  let stdout = '', stderr = '';
  process.stdout.write = (s) => ((stdout += s), true);
  process.stderr.write = (s) => ((stderr += s), true);
  process.exitCode = undefined;
  process.argv = [process.execPath, 'gfd', ...args];
  const t = performance.now();
  await import(mainUrl + '?case=' + i);
  while (process.exitCode === undefined && performance.now() - t < ${TIMEOUT_MS}) await new Promise((r) => setTimeout(r, 2));
  process.stdout.write = ow;
  process.stderr.write = ew;
  out.push({ code: process.exitCode ?? null, stdout, stderr, ms: performance.now() - t });
}
process.exitCode = 0;
ow(JSON.stringify(out));
`;

const CASES = [...SPAWNED, ...IN_PROCESS];
const outcomes = new Map<number, Outcome>();
let runnerFailure = '';

beforeAll(async () => {
  if (!built) return;
  writeFileSync(aFile, '');
  const mainUrl = pathToFileURL(join(dirname(gfdPath), '..', 'dist', 'cli', 'main.js')).href;
  const inProcess = spawnOutcome(['--input-type=module', '-e', RUNNER], { ...process.env, GFD_CASES: JSON.stringify(IN_PROCESS.map(([a]) => a)), GFD_MAIN: mainUrl }, 60_000);
  let next = 0;
  const worker = async () => {
    while (next < SPAWNED.length) {
      const i = next++;
      outcomes.set(i, await spawnOutcome([gfdPath, ...SPAWNED[i]![0]]));
    }
  };
  await Promise.all([worker(), worker()]);
  const r = await inProcess;
  try {
    (JSON.parse(r.stdout) as Outcome[]).forEach((o, j) => outcomes.set(SPAWNED.length + j, o));
  } catch {
    runnerFailure = `in-process runner failed (exit ${r.code}, signal ${r.signal}): ${r.stderr.slice(0, 500)}`;
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!built)('bad input → one gfd: line on stderr, exit 2, nothing on stdout', () => {
  it.each(CASES.map(([args, msg], i) => [args.join(' '), msg, i] as const))('%s', (_line, msg, i) => {
    expect(runnerFailure).toBe('');
    const r = outcomes.get(i)!;
    expect(r.signal ?? null).toBeNull();
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^gfd: /);
    expect(lines[0]).not.toMatch(/internal error/);
    expect(lines[0]).toMatch(msg);
    expect(r.code).toBe(2);
    expect(r.ms).toBeLessThan(TIMEOUT_MS);
  });

  it('creates no output directory when refusing', () => {
    // `--out DIR/missing/deeper` must not have created DIR/missing
    expect(() => rmSync(join(dir, 'missing'))).toThrow();
  });
});
