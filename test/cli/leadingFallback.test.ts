/**
 * pareto/limit's series runner: when the leading engine's check fails, the full series takes over
 * and every order is reported once, in order.
 */
import { describe, expect, it } from 'vitest';
import { goalSeries } from '../../src/cli/commands/seriesRun.js';
import { expandLoss } from '../../src/expansion/index.js';
import { makeModel } from '../../src/model/index.js';
import type { Poly } from '../../src/rational/index.js';

describe('goalSeries', () => {
  it('falls back to the full series when a guess is refuted', async () => {
    const model = makeModel({ nu: 2, scenario: 'asym' });
    // a "front" far above the truth: the check refuses at the first pruned order
    const goal = { kind: 'front' as const, guess: (s: number) => Array.from({ length: 3 * s + 6 }, (_, l) => ({ p: 50, H: 50, sigma2: l + 1 })) };
    const seen: [number, Poly][] = [];
    const polys = await goalSeries(model, 3, [goal], { engine: 'leading', threads: 1, onTerm: (s, y) => seen.push([s, y]) });
    const full = expandLoss(model, 3).map((t) => t.poly);
    expect(polys.map(String)).toEqual(full.map(String));
    expect(seen.map(([s]) => s)).toEqual([0, 1, 2, 3]);
    // s = 0 came from the leading engine (checked, front only), the later orders from the full series
    expect(seen.slice(1).every(([s, y]) => y.equals(full[s]!))).toBe(true);
  });
});
