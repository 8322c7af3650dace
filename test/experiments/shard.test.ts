import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assignShards, experiment, jobCosts, planCost } from '../../src/experiments/index.js';
import { evaluationMultiplyAdds, rateAt } from '../../src/simulate/index.js';
import { built, gfd, gfdAsync } from '../cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'gfd-experiment-shard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cost model', () => {
  it('counts the multiply-adds of one evaluation', () => {
    // half Gram 10·4, gradient product 64, Hadamard 2·16, target 2·1·2·16
    expect(evaluationMultiplyAdds({ nu: 2, colours: 1, p: 4, H: 4, terms: 1 })).toBe(200);
  });

  it('interpolates the measured rate log-log and holds it beyond the ends', () => {
    const pts = [
      { p: 1, H: 1, multiplyAddsPerEvaluation: 100, multiplyAddsPerSecond: 1e8 },
      { p: 2, H: 2, multiplyAddsPerEvaluation: 10000, multiplyAddsPerSecond: 1e9 },
    ];
    expect(rateAt(pts, 1000)).toBeCloseTo(10 ** 8.5, -5);
    expect(rateAt(pts, 1)).toBe(1e8);
    expect(rateAt(pts, 1e9)).toBe(1e9);
  });

  it('the paper size of every experiment is at least as large as the default', () => {
    const speed = [{ p: 1, H: 1, multiplyAddsPerEvaluation: 1, multiplyAddsPerSecond: 1e9 }];
    for (const name of ['free-asym-nu3', 'free-sym-nu4', 'sym-nu2', 'nu4-ascent', 'ntk-asym']) {
      const e = experiment(name);
      const paper = planCost(name, 'paper', e.plan('paper').jobs, speed).total.multiplyAdds;
      const def = planCost(name, 'default', e.plan('default').jobs, speed).total.multiplyAdds;
      expect(paper).toBeGreaterThanOrEqual(def * 0.99);
    }
  });
});

describe('shard assignment', () => {
  it('gives the longest jobs first to the least loaded shard', () => {
    expect(assignShards([5, 1, 1, 3], 2)).toEqual([0, 1, 1, 1]);
    expect(assignShards([1, 1, 1], 5)).toEqual([0, 1, 2]);
  });

  it('balances the estimated work of a real plan within the largest job', () => {
    const jobs = experiment('nu4-ascent').plan('default').jobs;
    const costs = jobCosts(jobs);
    const shard = assignShards(costs, 4);
    const load = [0, 1, 2, 3].map((s) => costs.reduce((a, c, k) => a + (shard[k] === s ? c : 0), 0));
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(Math.max(...costs));
  });
});

describe.skipIf(!built)('gfd experiment --plan, --shard, --reduce', () => {
  it('--plan --format json: jobs, multiply-adds and core-hours, nothing simulated', () => {
    const r = gfd(['experiment', 'sym-nu2', '--plan', '--size', 'paper', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.size).toBe('paper');
    expect(doc.speed.length).toBeGreaterThan(1);
    const [plan] = doc.experiments;
    expect(plan.experiment).toBe('sym-nu2');
    expect(Object.keys(plan.jobs[0])).toEqual(['id', 'nu', 'scenario', 'p', 'H', 'sigma2', 'steps', 'method', 'seeds', 'evaluations', 'multiplyAdds', 'coreHours', 'memoryBytes', 'withinLimit']);
    expect(plan.jobs[0]).toMatchObject({ id: 'fig5/p=512,H=1024', p: 512, H: 1024, steps: 150, method: 'rk4', evaluations: 2 * 601 });
    expect(plan.total.multiplyAdds).toBe(plan.jobs.reduce((a: number, j: { multiplyAdds: number }) => a + j.multiplyAdds, 0));
    expect(plan.total.coreHours).toBeGreaterThan(0);
    expect(plan.jobs.every((j: { withinLimit: boolean }) => j.withinLimit)).toBe(true);
  });

  it('--plan: the paper jobs with large H take blocks of Gram rows, not H×H matrices', () => {
    const r = gfd(['experiment', 'free-asym-nu3', '--plan', '--size', 'paper']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/free-asym-nu3, size paper: 6 jobs, 48 runs, [^;\n]*\n/);
    // ASYM ν = 3, p = 32, H = 32768, RK4: 8·(4·256·32768 + 15·32768·32) bytes
    expect(r.stdout).toMatch(/over\/c = 1 +3 +32 +32768 .* 376 MiB/);
  });

  it('three shards as three processes, then --reduce: the JSON and SVG of a single run, byte for byte', async () => {
    const single = join(dir, 'single');
    const sharded = join(dir, 'sharded');
    const common = ['--tiny', '--quiet', '--threads', '1'];
    const one = gfd(['experiment', 'nu4-ascent', '--out', single, ...common]);
    expect(one.code).toBe(0);
    const shards = await Promise.all([0, 1, 2].map((i) => gfdAsync(['experiment', 'nu4-ascent', '--out', sharded, '--shard', `${i}/3`, ...common])));
    for (const s of shards) expect(s.code, s.stderr).toBe(0);
    expect(shards.map((s) => /(\d+) jobs, (\d+) simulated/.exec(s.stdout)![1]).map(Number).reduce((a, b) => a + b, 0)).toBe(11);
    const reduced = gfd(['experiment', 'nu4-ascent', '--reduce', sharded]);
    expect(reduced.code, reduced.stderr).toBe(0);
    for (const f of ['nu4-ascent.json', 'nu4-ascent.svg']) expect(readFileSync(join(sharded, f)).equals(readFileSync(join(single, f)))).toBe(true);

    // a rerun skips the finished jobs
    const again = gfd(['experiment', 'nu4-ascent', '--out', sharded, '--shard', '2/3', ...common]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/, 0 simulated, \d+ already finished; 11\/11 jobs/);

    // a lost job is named by reduce; the shard that owns it computes it again
    unlinkSync(join(sharded, 'jobs', 'job-00003.json'));
    const missing = gfd(['experiment', 'nu4-ascent', '--reduce', sharded]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^gfd: experiment: 1 of 11 jobs not finished in .*: 3 \(grid-p4\/theta=/);
    const redo = await Promise.all([0, 1, 2].map((i) => gfdAsync(['experiment', 'nu4-ascent', '--out', sharded, '--shard', `${i}/3`, ...common])));
    expect(redo.map((s) => Number(/(\d+) simulated/.exec(s.stdout)![1])).reduce((a, b) => a + b, 0)).toBe(1);
    expect(existsSync(join(sharded, 'jobs', 'job-00003.json'))).toBe(true);
  }, 60_000);

  const bad: [string, string[], RegExp][] = [
    ['--shard with all', ['all', '--out', dir, '--shard', '0/2'], /--shard takes one experiment/],
    ['--shard with --plan', ['sym-nu2', '--plan', '--shard', '0/2'], /--plan and --shard exclude each other/],
    ['--shard i >= n', ['sym-nu2', '--out', dir, '--shard', '2/2'], /--shard: i must be below n/],
    ['--size unknown', ['sym-nu2', '--plan', '--size', 'huge'], /--size/],
    ['--size with --quick', ['sym-nu2', '--plan', '--size', 'paper', '--quick'], /exclude each other/],
    ['--reduce of a directory without jobs', ['sym-nu2', '--reduce', dir], /holds no experiment jobs/],
  ];
  it.each(bad)('%s: one gfd: line, exit 2', (_what, args, msg) => {
    const r = gfd(['experiment', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^gfd: /);
    expect(r.stderr).toMatch(msg);
  });

  it('refuses a directory of another plan, and a damaged job file', () => {
    const d = join(dir, 'other');
    expect(gfd(['experiment', 'ntk-asym', '--out', d, '--shard', '0/1', '--tiny', '--quiet', '--threads', '1']).code).toBe(0);
    const other = gfd(['experiment', 'ntk-asym', '--out', d, '--shard', '0/2', '--quick']);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/^gfd: experiment: .* holds the jobs of ntk-asym at size tiny \(2 jobs\), not of ntk-asym at size quick/);
    writeFileSync(join(d, 'jobs', 'job-00000.json'), '{"format":"gfd-experiment-job"');
    const damaged = gfd(['experiment', 'ntk-asym', '--reduce', d]);
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toMatch(/^gfd: experiment: .*job-00000\.json is not a readable job file \(malformed JSON\)\n$/);
  }, 30_000);
});
