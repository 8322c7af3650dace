import { describe, expect, it } from 'vitest';
import { canonicalForm } from '../../src/canon/index.js';
import { edgeCount, type Diagram } from '../../src/diagram/index.js';
import { expandLoss, expandLossParallel, lossDiagrams, WickCache } from '../../src/expansion/index.js';
import { shapesFrom, shapeOf } from '../../src/expansion/series.js';
import { mergePowers } from '../../src/merge/index.js';
import { makeModel } from '../../src/model/index.js';
import { wickExpectation } from '../../src/wick/index.js';

const CASES = [
  { nu: 2, scenario: 'asym', order: 6 },
  { nu: 2, scenario: 'sym', order: 6 },
  { nu: 3, scenario: 'asym', order: 3 },
  { nu: 3, scenario: 'sym', order: 3 },
  { nu: 4, scenario: 'sym', order: 3 },
  { nu: 4, scenario: 'asym', order: 2 },
  { nu: 5, scenario: 'asym', order: 2 },
  { nu: 6, scenario: 'sym', order: 2 },
] as const;

/** Keys and shapes (node counts and edge count, written out here) of each level C_0..C_order. */
function levelsOf(nu: number, scenario: 'sym' | 'asym', order: number): { keys: Set<string>; shapes: Set<string> }[] {
  const L = lossDiagrams(makeModel({ nu, scenario })).sum;
  const out: { keys: Set<string>; shapes: Set<string> }[] = [];
  for (const [s, C] of mergePowers(L, L)) {
    if (s > order) break;
    const keys = new Set<string>();
    const shapes = new Set<string>();
    for (const { form } of C.unorderedIntTerms()) {
      keys.add(form.key);
      shapes.add(`${form.diagram.nH}.${form.diagram.nP}.${edgeCount(form.diagram)}`);
    }
    out.push({ keys, shapes });
  }
  return out;
}

describe('which expectations a series keeps across levels', () => {
  it.each(CASES)('shapesFrom(s) contains every shape of the levels s..order: $scenario ν=$nu to $order', ({ nu, scenario, order }) => {
    const levels = levelsOf(nu, scenario, order);
    const L = lossDiagrams(makeModel({ nu, scenario })).sum;
    const from = shapesFrom(L, L, order);
    expect(from.length).toBe(order + 2);
    expect(from[order + 1]!.size).toBe(0);
    for (let s = 0; s <= order; s++) for (let t = s; t <= order; t++) for (const x of levels[t]!.shapes) expect(from[s]!.has(x)).toBe(true);
    // ν ≥ 3: no shape of a level occurs later, so nothing is kept; ν = 2: classes do recur
    const kept = levels.map((l, s) => [...l.shapes].filter((x) => from[s + 1]!.has(x)).length);
    if (nu >= 3) expect(kept.every((n) => n === 0)).toBe(true);
    else {
      const recurring = levels.slice(2).some((l, i) => [...l.keys].some((k) => levels[i]!.keys.has(k)));
      expect(recurring).toBe(true);
      expect(kept.some((n) => n > 0)).toBe(true);
    }
  });

  it.each(CASES)('each class is evaluated once over the whole series: $scenario ν=$nu to $order', async ({ nu, scenario, order }) => {
    const distinct = new Set<string>();
    for (const l of levelsOf(nu, scenario, order)) for (const k of l.keys) distinct.add(k);
    const seen: string[] = [];
    const wick = (d: Diagram) => {
      seen.push(canonicalForm(d).key);
      return wickExpectation(d);
    };
    const model = makeModel({ nu, scenario });
    const a = expandLoss(model, order, { wick });
    expect(seen.length).toBe(distinct.size);
    expect(new Set(seen).size).toBe(distinct.size);
    seen.length = 0;
    const b = await expandLossParallel(model, order, { wick, threads: 1 });
    expect(seen.length).toBe(distinct.size);
    expect(b.map((t) => t.poly.toString())).toEqual(a.map((t) => t.poly.toString()));
  });

  it('shapeOf writes node counts and edge count; retain drops what it does not keep, counts hits', () => {
    const d = lossDiagrams(makeModel({ nu: 3, scenario: 'asym' }));
    const forms = d.terms.map((t) => t.form);
    expect(shapeOf(forms[0]!.diagram)).toMatch(/^\d+\.\d+\.\d+$/);
    const cache = new WickCache();
    for (const f of forms) cache.get(f);
    for (const f of forms) cache.get(f);
    expect([cache.evaluated, cache.hits, cache.size]).toEqual([forms.length, forms.length, forms.length]);
    const keepFirst = shapeOf(forms[0]!.diagram);
    cache.retain((x) => shapeOf(x) === keepFirst);
    expect(cache.size).toBe(forms.filter((f) => shapeOf(f.diagram) === keepFirst).length);
    cache.retain(() => false);
    expect(cache.size).toBe(0);
    cache.get(forms[0]!);
    expect(cache.size).toBe(0);
    expect(cache.evaluated).toBe(forms.length + 1);
  });
});
