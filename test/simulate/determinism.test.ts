import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeModel } from '../../src/model/index.js';
import type { SimulateOptions } from '../../src/simulate/plan.js';
import { simulate } from '../../src/simulate/simulate.js';
import { workersStarted } from '../../src/workerScript.js';
import { comboTarget } from './helpers.js';

const base: SimulateOptions = {
  model: makeModel({ nu: 3, scenario: 'asym', target: comboTarget(3) }),
  p: 4,
  H: 5,
  sigma2: 0.3,
  T: 1,
  tmax: 1,
  steps: 60,
  method: 'rk4',
  seeds: 4,
  seed: 10,
  times: { kind: 'lin', count: 7 },
};

describe('reproducibility', () => {
  it('same seed gives the same output bit for bit', async () => {
    const a = await simulate(base);
    const b = await simulate(base);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('a different base seed gives a different run', async () => {
    const a = await simulate(base);
    const b = await simulate({ ...base, seed: 11 });
    expect(b.runs[0]!.loss[0]).not.toBe(a.runs[0]!.loss[0]);
    // ... but run j of base 10 is run j−1 of base 11
    expect(b.runs[0]).toEqual(a.runs[1]);
  });

  it('each run depends only on its own seed (not on the batch it is part of)', async () => {
    const all = await simulate(base);
    for (let j = 0; j < 4; j++) {
      const alone = await simulate({ ...base, seeds: 1, seed: 10 + j });
      expect(alone.runs[0]).toEqual(all.runs[j]);
    }
  });

  it('from TypeScript sources every thread count runs in this thread', async () => {
    const before = workersStarted();
    const one = JSON.stringify(await simulate(base, { threads: 1 }));
    const three = JSON.stringify(await simulate(base, { threads: 3 }));
    expect(three).toBe(one);
    expect(workersStarted()).toBe(before);
  });

  it('summary statistics are the mean and sample std of the runs', async () => {
    const res = await simulate(base);
    res.times.forEach((_, j) => {
      const v = res.runs.map((r) => r.loss[j]!);
      const m = v.reduce((a, b) => a + b, 0) / v.length;
      const sd = Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / (v.length - 1));
      expect(res.loss.mean[j]).toBeCloseTo(m, 12);
      expect(res.loss.std[j]).toBeCloseTo(sd, 12);
      expect(res.loss.count[j]).toBe(4);
    });
  });
});

// Worker threads need the compiled scripts; test/globalSetup.ts builds dist/ before the tests.
const dist = (path: string) => import(fileURLToPath(new URL(`../../dist/${path}`, import.meta.url)));

describe('worker threads (compiled code)', () => {
  it('results with 1, 2 and 4 worker threads are identical, and the workers really ran', async () => {
    const { simulate: distSimulate } = (await dist('simulate/simulate.js')) as typeof import('../../src/simulate/simulate.js');
    const distModel = (await dist('model/model.js')) as typeof import('../../src/model/model.js');
    const { workersStarted: started } = (await dist('workerScript.js')) as typeof import('../../src/workerScript.js');
    const opts = { ...base, model: distModel.makeModel({ nu: 3, scenario: 'asym', target: comboTarget(3) }), seeds: 5 };
    const runWith = async (threads: number) => {
      const before = started();
      const text = JSON.stringify(await distSimulate(opts, { threads }));
      return { text, workers: started() - before };
    };
    const r1 = await runWith(1);
    const r2 = await runWith(2);
    const r4 = await runWith(4);
    expect([r1.workers, r2.workers, r4.workers]).toEqual([0, 2, 4]);
    expect(r2.text).toBe(r1.text);
    expect(r4.text).toBe(r1.text);
    // and the compiled code agrees with the sources
    expect(r1.text).toBe(JSON.stringify(await simulate({ ...base, seeds: 5 })));
  });
});
