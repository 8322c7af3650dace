import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { makeModel, parseTarget, targetNormSquared } from '../../src/model/index.js';

describe('makeModel', () => {
  it('accepts valid models', () => {
    const m = makeModel({ nu: 3, scenario: 'ASYM', target: 'identity' });
    expect(m.nu).toBe(3);
    expect(m.scenario).toBe('asym');
    expect(m.target.terms).toHaveLength(1);
    expect(m.target.terms[0]!.pattern).toEqual([[1, 2, 3]]);
  });
  it.each([
    [{ nu: 1, scenario: 'sym' }, /at least 2/],
    [{ nu: 2.5, scenario: 'sym' }, /integer/],
    [{ nu: 2, scenario: 'both' }, /unknown scenario/],
    [{ nu: 2, scenario: 'sym', target: 'ones' }, /target/],
    [{ nu: 3, scenario: 'sym', target: '{1,2}' }, /not a partition/],
    [{ nu: 3, scenario: 'sym', target: '{1,2}{2,3}' }, /twice/],
    [{ nu: 3, scenario: 'sym', target: '{1,2}{4}' }, /outside/],
  ])('rejects %j', (spec, msg) => {
    expect(() => makeModel(spec)).toThrow(InputError);
    expect(() => makeModel(spec)).toThrow(msg);
  });
});

describe('parseTarget', () => {
  it('parses combinations and merges equal patterns', () => {
    const t = parseTarget('2*{1,2,3} - {1}{2}{3} + 1/2*{3}{2}{1}', 3);
    expect(t.terms.map((x) => [x.coeff.toString(), x.pattern])).toEqual([
      ['2', [[1, 2, 3]]],
      ['-1/2', [[1], [2], [3]]],
    ]);
  });
  it('‖F‖² of the identity is p, of the all-ones tensor p^ν', () => {
    const id = targetNormSquared(parseTarget('identity', 3), 3);
    expect(id.map(String)).toEqual(['0', '1', '0', '0']);
    const ones = targetNormSquared(parseTarget('{1}{2}{3}', 3), 3);
    expect(ones.map(String)).toEqual(['0', '0', '0', '1']);
  });
  it('‖F‖² matches a brute-force sum over the tensor at small p', () => {
    const nu = 3;
    const t = parseTarget('2*{1,2}{3} - {1}{2,3} + 3*{1,2,3}', nu);
    const norm = targetNormSquared(t, nu);
    for (const p of [1, 2, 3, 4]) {
      let sum = 0;
      for (let a = 0; a < p; a++)
        for (let b = 0; b < p; b++)
          for (let c = 0; c < p; c++) {
            const idx = [a, b, c];
            let F = 0;
            for (const term of t.terms) {
              const ok = term.pattern.every((blk) => blk.every((s) => idx[s - 1] === idx[blk[0]! - 1]));
              if (ok) F += term.coeff.toNumber();
            }
            sum += F * F;
          }
      const fromFormula = norm.reduce((acc, c, k) => acc + c.toNumber() * p ** k, 0);
      expect(fromFormula).toBe(sum);
    }
  });
});
