import { describe, expect, it } from 'vitest';
import { makeDiagram } from '../../src/diagram/diagram.js';
import { Rational } from '../../src/rational/index.js';
import { wickByPairings } from '../../src/wick/index.js';
import { expectationByIndexSum, randInt, randomDiagram, rng } from './helpers.js';

describe('wickByPairings (reference)', () => {
  it('agrees with the sum over index assignments (definition, eq. gendiagpoly) at p, H ≤ 3', () => {
    const r = rng(2718);
    for (let t = 0; t < 50; t++) {
      const d = randomDiagram(r, {
        nH: randInt(r, 1, 3),
        nP: randInt(r, 1, 3),
        edges: randInt(r, 0, 8),
        colours: randInt(r, 1, 3),
        even: r() < 0.8,
      });
      const e = wickByPairings(d);
      for (const [p, H] of [[1, 1], [2, 1], [1, 2], [3, 2], [2, 3]] as const) {
        expect(e.evaluate(p, H, 1).equals(Rational.of(expectationByIndexSum(d, p, H)))).toBe(true);
      }
    }
  });
  it('one matching per pair of parallel edges: E = pH σ² for a double edge', () => {
    expect(wickByPairings(makeDiagram(1, 1, [[0, 0, 0], [0, 0, 0]])).toString()).toBe('p*H*sigma2');
  });
});
