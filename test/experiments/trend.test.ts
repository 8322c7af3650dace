import { describe, expect, it } from 'vitest';
import { powerFit, trendGroup, withTrend } from '../../src/experiments/trend.js';

const pt = (p: number, value: number, error: number | null = null) => ({ p, value, error });

describe('power-law fit of a deviation against p', () => {
  it('recovers an exact power law, with zero spread', () => {
    const f = powerFit([pt(8, 2), pt(16, 2 / Math.SQRT2), pt(32, 1), pt(64, 1 / Math.SQRT2)])!;
    expect(f.slope).toBeCloseTo(-0.5, 12);
    expect(f.amplitude).toBeCloseTo(2 * Math.sqrt(8), 10);
    expect(f.slopeError).toBeCloseTo(0, 10);
    expect(f.weighted).toBe(false);
  });

  it('two points without errors: a slope but no uncertainty; with errors: both', () => {
    const two = powerFit([pt(8, 1), pt(16, 0.5)])!;
    expect(two.slope).toBeCloseTo(-1, 12);
    expect(two.slopeError).toBeNull();
    // relative error 10 % on each point: se(slope) = √(0.01 + 0.01)/ln 2
    const f = powerFit([pt(8, 1, 0.1), pt(16, 0.5, 0.05)])!;
    expect(f.slope).toBeCloseTo(-1, 12);
    expect(f.slopeError).toBeCloseTo(Math.sqrt(0.02) / Math.LN2, 10);
  });

  it('scatter beyond the errors widens the uncertainty (Birge ratio)', () => {
    const tight = powerFit([pt(8, 1, 0.01), pt(16, 0.6, 0.006), pt(32, 0.25, 0.0025)])!;
    expect(tight.slopeError!).toBeGreaterThan(0.05);
  });

  it('non-positive values are left out; one size is no fit', () => {
    expect(powerFit([pt(8, 0), pt(16, 1)])).toBeNull();
    expect(powerFit([pt(8, 1), pt(8, 2)])).toBeNull();
  });

  it('a group sorts its points by p; a trend without two sizes is not drawn', () => {
    const g = trendGroup('a', [pt(32, 1), pt(8, 2)]);
    expect(g.points.map((q) => q.p)).toEqual([8, 32]);
    const panel = { kind: 'trend', id: 't', title: '', y: { quantity: '' }, groups: [trendGroup('b', [pt(8, 1)])] } as const;
    expect(withTrend([1, 2], { ...panel, groups: [...panel.groups] })).toEqual([1, 2]);
    expect(withTrend([1], { ...panel, groups: [g] })).toHaveLength(2);
  });
});
