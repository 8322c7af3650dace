/**
 * The class listing behind Y_S against the brute-force weight-polynomial oracle (test/oracle):
 * (−1)^S Σ coeff · E[class] (+ ½‖F‖² at S = 0) = Y_S at small (p, H), exactly.
 */
import { describe, expect, it } from 'vitest';
import { diagramD, diagramR } from '../../src/diagram/builders.js';
import { InputError } from '../../src/errors.js';
import { lossDiagrams, lossPowerClasses, parseObservable } from '../../src/expansion/index.js';
import { canonicalForm } from '../../src/canon/index.js';
import { makeModel } from '../../src/model/index.js';
import { Poly } from '../../src/rational/index.js';
import { oracleLossSeries } from '../oracle/index.js';

describe('lossPowerClasses', () => {
  const cases = [
    { nu: 2, scenario: 'sym' as const, target: 'identity', order: 2 },
    { nu: 2, scenario: 'asym' as const, target: '1/2*{1,2} + {1}{2}', order: 1 },
    { nu: 3, scenario: 'asym' as const, target: 'identity', order: 1 },
  ];
  it.each(cases)('(−1)^S Σ coeff·E[class] is Y_S of the oracle: $scenario ν=$nu $target S=$order', (c) => {
    const model = makeModel(c);
    for (let S = 0; S <= c.order; S++) {
      const list = lossPowerClasses(model, S);
      expect(list.power).toBe(S + 1);
      const entries = [...list.entries()];
      expect(entries).toHaveLength(list.size);
      let Y = Poly.ZERO;
      for (const e of entries) Y = Y.add(e.expectation.scale(e.coeff.mul(S % 2 ? -1 : 1)));
      if (S === 0) Y = Y.add(lossDiagrams(model).constant);
      for (const [p, H] of [
        [1, 1],
        [2, 1],
        [1, 2],
      ] as const) {
        const oracle = oracleLossSeries({ nu: c.nu, scenario: c.scenario, target: c.target, p, H }, S)[S]!;
        expect(Y.evaluatePH(p, H).equals(oracle.evaluatePH(p, H))).toBe(true);
      }
    }
  });

  it('S = 0 lists L itself: ½D and −R for the identity target, ordered by edge count', () => {
    const model = makeModel({ nu: 2, scenario: 'sym' });
    const entries = [...lossPowerClasses(model, 0).entries()];
    expect(entries.map((e) => e.form.key)).toEqual([canonicalForm(diagramR(model, [[1, 2]])).key, canonicalForm(diagramD(model)).key]);
    expect(entries.map((e) => e.coeff.toString())).toEqual(['-1', '1/2']);
  });

  it('rejects a negative order', () => {
    expect(() => lossPowerClasses(makeModel({ nu: 2, scenario: 'sym' }), -1)).toThrow(InputError);
  });
});

describe('parseObservable', () => {
  const model = makeModel({ nu: 3, scenario: 'asym' });
  it('reads loss, L, D, R and diagram text', () => {
    expect(parseObservable(model, ' Loss ')).toEqual({ kind: 'loss', name: 'loss' });
    expect(parseObservable(model, 'l').kind).toBe('loss');
    const D = parseObservable(model, 'D');
    expect(D.kind === 'diagram' && canonicalForm(D.diagram).key).toBe(canonicalForm(diagramD(model)).key);
    const R = parseObservable(model, ' R');
    expect(R.kind === 'diagram' && R.name === 'R' && canonicalForm(R.diagram).key).toBe(canonicalForm(diagramR(model, [[1, 2, 3]])).key);
    const g = parseObservable(model, 'h1-p1:1 h1-p1:2');
    expect(g.kind === 'diagram' && g.name).toBe('h1-p1:1 h1-p1:2');
    expect(g.kind === 'diagram' && g.diagram.nH).toBe(1);
  });
  it('bad diagram text is an InputError', () => {
    expect(() => parseObservable(model, 'h1-q1:1')).toThrow(InputError);
  });
});
