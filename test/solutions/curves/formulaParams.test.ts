import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { curveGrid } from '../../../src/solutions/curves/curveGrid.js';
import { formulaParams, inferScenario } from '../../../src/solutions/curves/formulaParams.js';
import { curveFormula } from '../../../src/solutions/curves/registry.js';

const sizes = { nu: 2, p: 512, H: 256, sigma2: 16 / 512, T: 1 };

describe('scenario of a curve', () => {
  it('is inferred when the formula has one scenario', () => {
    expect(inferScenario(curveFormula('sym2-narayana'), undefined)).toBe('sym');
    expect(inferScenario(curveFormula('ntk-asym'), undefined)).toBe('asym');
    expect(formulaParams(curveFormula('sym2-narayana'), sizes)).toEqual({ ...sizes, scenario: 'sym' });
  });

  it('is required when the formula has two', () => {
    expect(() => inferScenario(curveFormula('free-over'), undefined)).toThrow(InputError);
    expect(() => inferScenario(curveFormula('free-over'), undefined)).toThrow('curve: --scenario (asym or sym) is required for free-over');
    expect(inferScenario(curveFormula('free-over'), 'sym')).toBe('sym');
    expect(inferScenario(curveFormula('free-over'), 'asym')).toBe('asym');
  });

  it('must be one the formula applies to', () => {
    expect(() => formulaParams(curveFormula('sym2-narayana'), { ...sizes, scenario: 'asym' })).toThrow('curve: sym2-narayana applies to scenario sym, not asym');
  });

  it('the shared ranges and the formula conditions are checked', () => {
    expect(() => formulaParams(curveFormula('sym2-narayana'), { ...sizes, p: 0.5 })).toThrow(/p must be/);
    expect(() => formulaParams(curveFormula('sym2-narayana'), { ...sizes, nu: 3 })).toThrow(InputError);
  });
});

describe('time grid of a curve', () => {
  it('K equally spaced times, both ends included exactly', () => {
    expect(curveGrid(0, 2, 5)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(curveGrid(-0.002, 0, 3)).toEqual([-0.002, -0.001, 0]);
    const g = curveGrid(0.1, 0.7, 7);
    expect(g).toHaveLength(7);
    expect(g[6]).toBe(0.7);
    g.forEach((t, i) => expect(t).toBeCloseTo(0.1 + 0.1 * i, 14));
  });

  it('one point is tmax', () => {
    expect(curveGrid(-3, 4, 1)).toEqual([4]);
  });

  it('rejects tmin > tmax and a point count that is not a positive integer', () => {
    expect(() => curveGrid(1, 0, 5)).toThrow('curve: --tmin (1) must not exceed --tmax (0); for gradient ascent give e.g. --tmin -1 --tmax 0');
    expect(() => curveGrid(0, 1, 0)).toThrow(InputError);
    expect(() => curveGrid(0, 1, 2.5)).toThrow(InputError);
  });
});
