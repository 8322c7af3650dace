import { describe, expect, it } from 'vitest';
import { relativeDeviation, worstAgreement } from '../../src/experiments/deviation.js';
import { fittedRate } from '../../src/experiments/ntkAsym.js';
import { denseTimes, runQuantiles } from '../../src/experiments/series.js';
import type { CurvePanelResult, Deviation } from '../../src/experiments/types.js';

describe('relativeDeviation', () => {
  const times = [0, 1, 2, 3];
  const theory = [1, 0.5, 0.25, 0];
  const mean = [1.1, 0.5, 0.2, 0.01];
  const std = [0.2, 0.1, 0.1, 0.1];
  const count = [4, 4, 4, 4];

  it('takes the maximum of |mean − theory|/|theory| over the window, skipping theory = 0', () => {
    const d = relativeDeviation(times, mean, std, count, theory, [0, 3]);
    // by hand: 0.1, 0, 0.2, (skipped)
    expect(d.maxRelative).toBeCloseTo(0.2, 12);
    expect(d.at).toBe(2);
    expect(d.simulationAt).toBe(0.2);
    expect(d.theoryAt).toBe(0.25);
    expect(d.meanRelative).toBeCloseTo(0.1, 12);
    expect(d.points).toBe(3);
    expect(d.range).toEqual([0, 2]);
    // −0.05 / (0.1/√4) = −1 standard error
    expect(d.standardErrorsAt).toBeCloseTo(-1, 12);
    // |ln(0.2/0.25)| = ln 1.25 is the largest log-ratio
    expect(d.maxLogRatio).toBeCloseTo(Math.log(1.25), 12);
  });

  it('respects the window (in either order) and missing values', () => {
    const d = relativeDeviation(times, [1.1, null, 0.2, 0.01], std, count, [1, 0.5, null, 0], [1, 0]);
    expect(d.maxRelative).toBeCloseTo(0.1, 12);
    expect(d.at).toBe(0);
    expect(d.points).toBe(1);
    const none = relativeDeviation(times, mean, std, count, theory, [10, 20]);
    expect(none).toMatchObject({ maxRelative: null, at: null, points: 0, range: null, maxLogRatio: null });
  });

  it('the log-ratio is symmetric where the relative deviation is not', () => {
    const low = relativeDeviation([1], [1], [null], [1], [3], [0, 2]);
    const high = relativeDeviation([1], [3], [null], [1], [1], [0, 2]);
    expect(low.maxRelative).toBeCloseTo(2 / 3, 12);
    expect(high.maxRelative).toBeCloseTo(2, 12);
    expect(low.maxLogRatio).toBeCloseTo(high.maxLogRatio!, 12);
    expect(low.standardErrorsAt).toBeNull();
  });
});

describe('worstAgreement', () => {
  const dev = (maxRelative: number, at: number): Deviation => ({
    maxRelative, at, simulationAt: 0, theoryAt: 1, standardErrorsAt: null, meanRelative: maxRelative, maxLogRatio: null, points: 1, range: [at, at],
  });
  const series = (label: string, entries: [string, number, number][]) =>
    ({ label, theory: entries.map(([formula, d, at]) => ({ formula, deviation: dev(d, at) })) }) as unknown as CurvePanelResult['series'][number];
  const panels = [
    { kind: 'curves', id: 'a', series: [series('s1', [['f', 0.1, 1], ['g', 0.9, 2]])] },
    { kind: 'curves', id: 'b', series: [series('s2', [['f', 0.3, 3]])] },
  ] as unknown as CurvePanelResult[];

  it('finds the largest deviation and where it is', () => {
    expect(worstAgreement(panels, 'x')).toMatchObject({ maxRelative: 0.9, panel: 'a', series: 's1', formula: 'g', at: 2, over: 'x' });
    expect(worstAgreement(panels, 'x', (f) => f === 'f')).toMatchObject({ maxRelative: 0.3, panel: 'b', series: 's2' });
    expect(worstAgreement([], 'x').maxRelative).toBeNull();
  });
});

describe('helpers', () => {
  it('fittedRate recovers κ of an exact exponential residual and ignores values below the floor', () => {
    const t = denseTimes(0, 2, 41, false);
    expect(fittedRate(t, t.map((x) => Math.exp(-3 * x)))).toBeCloseTo(3, 10);
    expect(fittedRate(t, t.map((x) => (x > 1 ? 0.001 : Math.exp(-2 * x))))).toBeCloseTo(2, 10);
    expect(fittedRate([0, 1], [1, 0])).toBeNull();
  });

  it('denseTimes spans the interval, log-spaced in t + 1 when asked', () => {
    const lin = denseTimes(-1, 1, 5, false);
    expect(lin).toEqual([-1, -0.5, 0, 0.5, 1]);
    const log = denseTimes(0, 99, 3, true);
    expect(log[0]).toBeCloseTo(0, 12);
    expect(log[1]).toBeCloseTo(9, 10);
    expect(log[2]).toBeCloseTo(99, 10);
  });

  it('runQuantiles: median and quartiles by interpolation; diverged runs count as +∞', () => {
    const q = runQuantiles([[1, 1], [2, 2], [3, null], [4, null], [5, 6]], 2);
    expect(q.median).toEqual([3, 6]);
    expect(q.q25).toEqual([2, 2]);
    expect(q.q75).toEqual([4, null]);
    // two of four finite: no median
    expect(runQuantiles([[1], [2], [null], [null]], 1).median).toEqual([null]);
  });
});
