/** The merge that lets the event loop run gives the same sum, term for term and in the same order. */
import { describe, expect, it } from 'vitest';
import { mergeCooperative, Slicer } from '../../src/expansion/cooperative.js';
import { lossDiagrams } from '../../src/expansion/lossDiagrams.js';
import { merge } from '../../src/merge/merge.js';
import { makeModel } from '../../src/model/index.js';

describe('mergeCooperative', () => {
  it.each([
    [3, 'asym'],
    [2, 'sym'],
  ] as const)('equals merge for L ⋆ L and (L ⋆ L) ⋆ L, ν = %i %s', async (nu, scenario) => {
    const L = lossDiagrams(makeModel({ nu, scenario })).sum;
    let plain = L;
    let coop = L;
    for (let s = 1; s <= 2; s++) {
      let calls = 0;
      plain = merge(plain, L);
      coop = await mergeCooperative(coop, L, () => calls++);
      expect(coop.equals(plain)).toBe(true);
      expect(coop.terms().map((t) => [t.form.key, t.coeff.toString()])).toEqual(plain.terms().map((t) => [t.form.key, t.coeff.toString()]));
      expect(calls).toBeGreaterThan(0);
    }
  });

  it('a slicer lets the event loop run once its slice is used up', async () => {
    const slicer = new Slicer();
    let ran = false;
    setImmediate(() => (ran = true));
    await slicer.breathe();
    expect(ran).toBe(false);
    const t0 = performance.now();
    while (performance.now() - t0 < 60);
    await slicer.breathe();
    expect(ran).toBe(true);
  });
});
