import { describe, expect, it } from 'vitest';
import { diagramR } from '../../src/diagram/builders.js';
import { observableSeries } from '../../src/expansion/index.js';
import { makeModel } from '../../src/model/index.js';
import { oracleDiagonalSeries } from '../oracle/diagonalSeriesOracle.js';

const CASES = [
  { nu: 2, scenario: 'sym', target: 'identity', order: 3, points: [[1, 1], [2, 1], [1, 2], [2, 2], [3, 1]] },
  { nu: 2, scenario: 'asym', target: '1/2*{1,2} + {1}{2}', order: 3, points: [[1, 1], [2, 1], [1, 2], [2, 2]] },
  { nu: 3, scenario: 'sym', target: 'identity', order: 3, points: [[1, 1], [2, 1], [1, 2], [2, 2]] },
  { nu: 3, scenario: 'asym', target: 'identity', order: 2, points: [[1, 1], [2, 1], [1, 2]] },
] as const;

describe('observable R = Σ_i f_{i…i}: engine against the brute-force weight-polynomial oracle', () => {
  it.each(CASES)('$scenario ν=$nu target $target, s ≤ $order', (c) => {
    const model = makeModel(c);
    const R = diagramR(model, [Array.from({ length: c.nu }, (_, i) => i + 1)]);
    const engine = observableSeries(model, R, c.order).map((t) => t.poly);
    // the comparison is not vacuous: R moves (T dR/dt ≠ 0 in expectation)
    expect(engine[1]!.isZero()).toBe(false);
    for (const [p, H] of c.points) {
      const oracle = oracleDiagonalSeries({ nu: c.nu, scenario: c.scenario, target: c.target, p, H }, c.order);
      for (let s = 0; s <= c.order; s++) {
        expect(engine[s]!.evaluatePH(p, H).toString(), `s=${s} at p=${p}, H=${H}`).toBe(oracle[s]!.toString());
      }
    }
  });
});
