import { describe, expect, it } from 'vitest';
import { checkNextLevel, checkSeriesReach, maxEdgesAtLevel, MAX_LEVEL_CLASSES } from '../../src/expansion/reach.js';
import { lossDiagrams, lossPower } from '../../src/expansion/index.js';
import { EDGE_STRIDE } from '../../src/diagram/index.js';
import { makeModel } from '../../src/model/index.js';
import { InputError } from '../../src/errors.js';

describe('what a series run can reach', () => {
  it('maxEdgesAtLevel is the largest edge count of the classes of C_s', () => {
    for (const m of [makeModel({ nu: 2, scenario: 'sym' }), makeModel({ nu: 3, scenario: 'asym' })]) {
      const L = lossDiagrams(m);
      for (let s = 0; s <= 2; s++) {
        let e = 0;
        for (const t of lossPower(L, s + 1).unorderedIntTerms()) e = Math.max(e, t.form.diagram.edges.length / EDGE_STRIDE);
        expect(e).toBe(maxEdgesAtLevel(L.sum, L.sum, s));
      }
    }
  });

  it('refuses orders beyond 256 edges before any work, naming the largest order', () => {
    const L = lossDiagrams(makeModel({ nu: 2, scenario: 'sym' })).sum;
    expect(() => checkSeriesReach(L, L, 126)).not.toThrow();
    expect(() => checkSeriesReach(L, L, 127)).toThrow(InputError);
    expect(() => checkSeriesReach(L, L, 100000)).toThrow(/largest order for this model: 126/);
  });

  it('refuses a level projected beyond MAX_LEVEL_CLASSES', () => {
    expect(() => checkNextLevel(5, 44250, 3876)).not.toThrow(); // ASYM ν=3: level 6 ≈ 5·10^5
    expect(() => checkNextLevel(7, 5_000_000, 400_000)).toThrow(/level 8 would have about 6\.3e\+7 classes/);
    expect(() => checkNextLevel(1, MAX_LEVEL_CLASSES, 1)).not.toThrow(); // too early to project
  });
});
