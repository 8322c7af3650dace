import { describe, expect, it } from 'vitest';
import { lossPowerClasses, lossPowerClassesCooperative } from '../../src/expansion/classListing.js';
import { formatDiagram } from '../../src/diagram/index.js';
import { makeModel } from '../../src/model/index.js';

describe('lossPowerClassesCooperative', () => {
  it.each([
    [{ nu: 2, scenario: 'sym' }, 3],
    [{ nu: 3, scenario: 'asym' }, 2],
    [{ nu: 2, scenario: 'asym', target: 'zero' }, 3],
  ] as const)('%j order %i: the same classes, coefficients and expectations as lossPowerClasses', async (spec, order) => {
    const model = makeModel(spec);
    const show = (l: ReturnType<typeof lossPowerClasses>) =>
      [...l.entries()].map((e) => `${formatDiagram(e.form.diagram)} ${e.coeff.toString()} ${e.expectation.toString()}`);
    const a = lossPowerClasses(model, order);
    const b = await lossPowerClassesCooperative(model, order);
    expect(b.size).toBe(a.size);
    expect(show(b)).toEqual(show(a));
  });
});
