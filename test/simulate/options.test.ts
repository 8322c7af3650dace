import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { makeModel } from '../../src/model/index.js';
import { planSimulation, type SimulateOptions } from '../../src/simulate/plan.js';
import { parseTimeGrid, recordSteps } from '../../src/simulate/timeGrid.js';
import { simulate } from '../../src/simulate/simulate.js';

const ok: SimulateOptions = { model: makeModel({ nu: 2, scenario: 'sym' }), p: 3, H: 2, sigma2: 0.5, T: 1, tmax: 1, steps: 10 };

describe('option validation', () => {
  it.each([
    [{ p: 0 }, /p must be/],
    [{ H: 0 }, /H must be/],
    [{ p: 2.5 }, /p must be/],
    [{ steps: 0 }, /steps/],
    [{ sigma2: 0 }, /sigma2/],
    [{ sigma2: -1 }, /sigma2/],
    [{ T: 0 }, /T must/],
    [{ tmax: 0 }, /tmax/],
    [{ tmax: Infinity }, /tmax/],
    [{ method: 'midpoint' }, /unknown method/],
    [{ seeds: 0 }, /seeds/],
    [{ seed: -1 }, /seed/],
    [{ times: { kind: 'list', times: [2] } }, /outside/],
    [{ times: { kind: 'list', times: [-0.5] } }, /outside/],
  ] as [Partial<Record<string, unknown>>, RegExp][])('rejects %j', (patch, msg) => {
    const opts = { ...ok, ...patch };
    expect(() => planSimulation(opts)).toThrow(InputError);
    expect(() => planSimulation(opts)).toThrow(msg);
  });
  it('simulate rejects asynchronously with the same InputError', async () => {
    await expect(simulate({ ...ok, H: 0 })).rejects.toThrow(InputError);
  });
});

describe('report times', () => {
  it('rounds requested times to the step grid and removes duplicates', () => {
    expect(recordSteps({ kind: 'list', times: [0.5, 0, 0.26, 0.24, 1] }, 1, 4)).toEqual([0, 1, 2, 4]);
    expect(recordSteps({ kind: 'list', times: [-0.5, 0, -1] }, -1, 10)).toEqual([0, 5, 10]);
  });
  it('lin:N is N equally spaced times including 0 and tmax', () => {
    expect(recordSteps({ kind: 'lin', count: 5 }, 2, 8)).toEqual([0, 2, 4, 6, 8]);
  });
  it('log:N starts at 0, ends at tmax and is log-spaced over three decades', () => {
    const s = recordSteps({ kind: 'log', count: 5 }, 1, 1000);
    expect(s).toEqual([0, 1, 10, 100, 1000]);
    const d = recordSteps({ kind: 'log', count: 50 }, 3, 20);
    expect(d[0]).toBe(0);
    expect(d[d.length - 1]).toBe(20);
    expect(new Set(d).size).toBe(d.length);
  });
  it('parses the three forms and rejects garbage', () => {
    expect(parseTimeGrid('lin:7')).toEqual({ kind: 'lin', count: 7 });
    expect(parseTimeGrid('LOG:3')).toEqual({ kind: 'log', count: 3 });
    expect(parseTimeGrid('0, 0.5,1')).toEqual({ kind: 'list', times: [0, 0.5, 1] });
    for (const bad of ['lin:1', 'a,b', '', 'log:x']) expect(() => parseTimeGrid(bad)).toThrow(InputError);
  });
});
