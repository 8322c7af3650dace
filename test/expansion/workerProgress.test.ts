/**
 * Progress inside one long class evaluated by a worker thread: the worker posts its Wick kernel's
 * partition counter (at most every 250 ms), so the level's counter moves through fractional
 * values while the class runs, never decreasing, up to its total; the series is that of one
 * thread. Workers need the compiled code (test/globalSetup.ts builds dist/).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeDiagram } from '../../src/diagram/index.js';
import { DiagramSum } from '../../src/merge/index.js';
import { observableSeries } from '../../src/expansion/index.js';
import { makeModel } from '../../src/model/index.js';

const dist = (path: string) => import(fileURLToPath(new URL(`../../dist/${path}`, import.meta.url)));

describe('progress of the worker pool', () => {
  it('a level of 40 classes, one of them long (the 4-regular 9 × 9 circulant): fractional progress from the workers, monotone, ending at 40', async () => {
    const { observableSeriesParallel } = (await dist('expansion/series.js')) as typeof import('../../src/expansion/series.js');
    const distDiagram = (await dist('diagram/index.js')) as typeof import('../../src/diagram/index.js');
    const distMerge = (await dist('merge/index.js')) as typeof import('../../src/merge/index.js');
    const distModel = (await dist('model/model.js')) as typeof import('../../src/model/model.js');
    const { workersStarted } = (await dist('workerScript.js')) as typeof import('../../src/workerScript.js');
    // 39 cycles (the 2-regular circulants h_i – p_{i+j mod n}, j < 2, n = 2 … 40) and the long class (k = 4, n = 9)
    const shapes: [number, number][] = [...Array.from({ length: 39 }, (_, i): [number, number] => [i + 2, 2]), [9, 4]];
    const build = (mk: typeof makeDiagram, sum: typeof DiagramSum) => {
      let out = sum.ZERO;
      for (const [n, k] of shapes) {
        const edges: [number, number, number][] = [];
        for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) edges.push([i, (i + j) % n, 0]);
        out = out.add(sum.of(mk(n, n, edges)));
      }
      return out;
    };
    const seen: number[] = [];
    const before = workersStarted();
    const [term] = await observableSeriesParallel(distModel.makeModel({ nu: 2, scenario: 'sym' }), build(distDiagram.makeDiagram, distMerge.DiagramSum), 0, {
      threads: 2,
      onProgress: (s, done, total, phase) => {
        expect([s, total, phase]).toEqual([0, 40, 'wick']);
        seen.push(done);
      },
    });
    expect(workersStarted() - before).toBe(2);
    // the same Y_0 as the series of the sources in one thread
    const [one] = observableSeries(makeModel({ nu: 2, scenario: 'sym' }), build(makeDiagram, DiagramSum), 0);
    expect(term!.poly.toString()).toBe(one!.poly.toString());
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
    expect(seen.some((v) => !Number.isInteger(v))).toBe(true);
    expect(seen[seen.length - 1]).toBe(40);
  }, 60_000);
});
