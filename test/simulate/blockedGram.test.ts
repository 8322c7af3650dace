import { describe, expect, it } from 'vitest';
import { makeModel } from '../../src/model/index.js';
import { initialWeights } from '../../src/simulate/initialWeights.js';
import { GRAM_BLOCK_ABOVE, loss, makeProblem, problemSpec } from '../../src/simulate/problem.js';

const sameBits = (x: Float64Array, y: Float64Array) => x.length === y.length && x.every((v, i) => Object.is(v, y[i]));

describe('Gram matrices by blocks of rows: the bits of the whole matrices', () => {
  const cases: [string, { nu: number; scenario: 'sym' | 'asym'; target: string }, number, number, number][] = [
    ['SYM ν = 2, identity', { nu: 2, scenario: 'sym', target: 'identity' }, 9, 13, 4],
    ['SYM ν = 4, identity', { nu: 4, scenario: 'sym', target: 'identity' }, 7, 70, 64],
    ['ASYM ν = 3, identity', { nu: 3, scenario: 'asym', target: 'identity' }, 6, 21, 8],
    ['ASYM ν = 2, zero', { nu: 2, scenario: 'asym', target: 'zero' }, 5, 11, 3],
  ];
  it.each(cases)('%s', (_name, m, p, H, rows) => {
    const model = makeModel(m);
    const whole = makeProblem(problemSpec(model, p, H, 0));
    const blocked = makeProblem(problemSpec(model, p, H, rows));
    expect(blocked.grams.length).toBe(whole.colours * rows * H);
    const w = initialWeights(whole, 3, 1 / p);
    const g1 = new Float64Array(whole.size);
    const g2 = new Float64Array(whole.size);
    expect(Object.is(loss(whole, w, g1), loss(blocked, w, g2))).toBe(true);
    expect(sameBits(g1, g2)).toBe(true);
    expect(Object.is(loss(whole, w), loss(blocked, w))).toBe(true);
  });

  it('is chosen above 2^26 Gram entries', () => {
    const sym = makeModel({ nu: 2, scenario: 'sym' });
    expect(problemSpec(sym, 1, Math.floor(Math.sqrt(GRAM_BLOCK_ABOVE / 2))).blockRows).toBe(0);
    expect(problemSpec(sym, 1, Math.floor(Math.sqrt(GRAM_BLOCK_ABOVE / 2)) + 1).blockRows).toBe(256);
  });
});
