import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeModel } from '../../src/model/index.js';
import type { SimulateOptions } from '../../src/simulate/plan.js';
import { simulate } from '../../src/simulate/simulate.js';
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

  it('the thread count does not change the result', async () => {
    const one = JSON.stringify(await simulate(base, { threads: 1 }));
    const three = JSON.stringify(await simulate(base, { threads: 3 }));
    expect(three).toBe(one);
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

// Worker threads need the compiled script; this part runs only after `npm run build`.
const distSimulate = fileURLToPath(new URL('../../dist/simulate/simulate.js', import.meta.url));
const distWorker = fileURLToPath(new URL('../../dist/simulate/worker.js', import.meta.url));
describe.skipIf(!existsSync(distSimulate) || !existsSync(distWorker))('worker threads (compiled code)', () => {
  it('results with 1, 2 and 4 worker threads are identical', async () => {
    const dist = (await import(distSimulate)) as typeof import('../../src/simulate/simulate.js');
    const distModel = (await import(fileURLToPath(new URL('../../dist/model/model.js', import.meta.url)))) as typeof import('../../src/model/model.js');
    const opts = { ...base, model: distModel.makeModel({ nu: 3, scenario: 'asym', target: comboTarget(3) }), seeds: 5 };
    const r1 = JSON.stringify(await dist.simulate(opts, { threads: 1 }));
    const r2 = JSON.stringify(await dist.simulate(opts, { threads: 2 }));
    const r4 = JSON.stringify(await dist.simulate(opts, { threads: 4 }));
    expect(r2).toBe(r1);
    expect(r4).toBe(r1);
  });
});
