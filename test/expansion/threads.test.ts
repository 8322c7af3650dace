import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expandLoss } from '../../src/expansion/index.js';
import { makeModel } from '../../src/model/index.js';

// Worker threads need the compiled scripts; test/globalSetup.ts builds dist/ before the tests.
const dist = (path: string) => import(fileURLToPath(new URL(`../../dist/${path}`, import.meta.url)));

describe('Wick pool (compiled code)', () => {
  it('ASYM ν=3 to order 3: 2 worker threads give the series of 1 thread, and the workers really ran', async () => {
    const { expandLossParallel } = (await dist('expansion/index.js')) as typeof import('../../src/expansion/index.js');
    const distModel = (await dist('model/model.js')) as typeof import('../../src/model/model.js');
    const { workersStarted } = (await dist('workerScript.js')) as typeof import('../../src/workerScript.js');
    const model = distModel.makeModel({ nu: 3, scenario: 'asym' });
    const series = async (threads: number) => {
      const before = workersStarted();
      const terms = await expandLossParallel(model, 3, { threads });
      return { text: JSON.stringify(terms.map((t) => [t.s, t.classes, t.poly])), workers: workersStarted() - before };
    };
    const one = await series(1);
    const two = await series(2);
    expect(one.workers).toBe(0);
    expect(two.workers).toBe(2);
    // levels 2 and 3 have 45 and 391 classes, above the pool's threshold of 32
    expect(JSON.parse(two.text).map((t: unknown[]) => t[1])).toEqual([2, 9, 45, 391]);
    expect(two.text).toBe(one.text);
    // and the compiled code agrees with the sources
    const src = expandLoss(makeModel({ nu: 3, scenario: 'asym' }), 3);
    expect(one.text).toBe(JSON.stringify(src.map((t) => [t.s, t.classes, t.poly])));
  });
});
