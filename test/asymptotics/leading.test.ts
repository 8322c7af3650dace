/**
 * The leading-terms engine against the full series: the support-region bound and the merge-step
 * bound on every class of the first merge powers, the matching search against the full Wick
 * expectation, and the engine's monomials against those read off the full polynomials.
 */
import { describe, expect, it } from 'vitest';
import {
  classCounts,
  directionGoal,
  frontGoal,
  leadingSeries,
  leadingStart,
  mergeStep,
  paretoFront,
  leadingAlong,
  limitSeries,
  parseDirection,
  parseScaling,
  scalingGoal,
  type ClassCounts,
} from '../../src/asymptotics/index.js';
import { addCounts } from '../../src/asymptotics/leadingBound.js';
import { expandLoss, lossDiagrams } from '../../src/expansion/index.js';
import { mergeClasses } from '../../src/merge/index.js';
import { makeModel } from '../../src/model/index.js';
import { wickAbove, wickExpectation } from '../../src/wick/index.js';
import type { Poly } from '../../src/rational/index.js';
import { powers } from '../helpers/mergePowersByHand.js';

const MODELS = [
  { nu: 2, scenario: 'sym', order: 3 },
  { nu: 2, scenario: 'asym', order: 3 },
  { nu: 3, scenario: 'asym', order: 2 },
  { nu: 3, scenario: 'sym', order: 2 },
  { nu: 4, scenario: 'sym', order: 1 },
  { nu: 3, scenario: 'sym', target: '2*{1,2}{3} - {1}{2}{3}', order: 2 },
] as const;


/** The region of leadingBound.ts, written out from its definition. */
function inRegion(r: ClassCounts, q: number, n: number): boolean {
  const T = Math.floor(r.m / 2) + r.c;
  return q <= r.nP && n <= r.nH && 2 * q <= r.kP2 && 2 * n <= r.kH2 && q + n <= T && (r.nP === 0 || q >= 1) && (r.nH === 0 || n >= 1);
}

describe('support region and merge step (leadingBound.ts)', () => {
  for (const spec of MODELS) {
    const model = makeModel({ nu: spec.nu, scenario: spec.scenario, target: 'target' in spec ? spec.target : 'identity' });
    it(`every monomial of E[G] lies in the region, every merge within one step: ${JSON.stringify(spec)}`, () => {
      const L = lossDiagrams(model).sum;
      const steps = [...L.unorderedIntTerms()].map((t) => ({ form: t.form, step: mergeStep(t.form.diagram) }));
      let checked = 0;
      for (const C of powers(L, spec.order)) {
        for (const { form } of C.unorderedIntTerms()) {
          const r = classCounts(form.diagram);
          for (const t of wickExpectation(form.diagram).terms()) {
            expect(inRegion(r, t.p, t.H), `${t.p},${t.H} in ${JSON.stringify(r)}`).toBe(true);
            expect(t.sigma2 * 2).toBe(r.m);
          }
          for (const { form: x, step } of steps) {
            const bound = addCounts(r, step);
            for (const child of mergeClasses(form, x).unorderedIntTerms()) {
              const k = classCounts(child.form.diagram);
              expect([k.nH, k.nP, k.m]).toEqual([bound.nH, bound.nP, bound.m]);
              expect(k.c <= bound.c && k.kH2 <= bound.kH2 && k.kP2 <= bound.kP2, `${JSON.stringify(k)} ≤ ${JSON.stringify(bound)}`).toBe(true);
              checked++;
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});

describe('matching search above a region (wickAbove.ts)', () => {
  it('equals the full expectation restricted to the kept monomials', () => {
    for (const spec of MODELS.slice(0, 4)) {
      const model = makeModel({ nu: spec.nu, scenario: spec.scenario });
      const L = lossDiagrams(model).sum;
      for (const C of powers(L, Math.min(spec.order, 2))) {
        for (const { form } of C.unorderedIntTerms()) {
          const full = wickExpectation(form.diagram);
          for (const [A, B, cut] of [[1, 1, 3], [2, 1, 5], [1, 3, 6], [1, 0, 4], [0, 1, 2]] as const) {
            // keep A q + B n ≥ cut (monotone: ignore a region whose maximum is below cut)
            const ignore = (qMax: number, nMax: number, sum: number) => {
              let best = -Infinity;
              for (let q = 0; q <= Math.min(qMax, sum); q++) best = Math.max(best, A * q + B * Math.min(nMax, sum - q));
              return best < cut;
            };
            const want = full.terms().filter((t) => A * t.p + B * t.H >= cut);
            const got = wickAbove(form.diagram, ignore)!;
            expect(got.terms().map(String).join(' ')).toBe(want.map(String).join(' '));
          }
        }
      }
    }
  });
  it('gives up beyond its budget', () => {
    const model = makeModel({ nu: 3, scenario: 'asym' });
    const L = lossDiagrams(model).sum;
    const big = [...powers(L, 2)[2]!.unorderedIntTerms()].sort((a, b) => b.form.diagram.edges.length - a.form.diagram.edges.length)[0]!;
    expect(wickAbove(big.form.diagram, () => false, 10)).toBeNull();
  });
});

const key = (t: { coeff: { toString(): string }; p: number; H: number; sigma2: number }) => `${t.coeff}*p^${t.p}*H^${t.H}*s^${t.sigma2}`;
const sorted = (ts: { coeff: { toString(): string }; p: number; H: number; sigma2: number }[]) => ts.map(key).sort().join(' ');

/** Full polynomials, computed once per model. */
const fullCache = new Map<string, Poly[]>();
function full(nu: number, scenario: 'sym' | 'asym', order: number): Poly[] {
  const k = `${nu}${scenario}${order}`;
  if (!fullCache.has(k)) fullCache.set(k, expandLoss(makeModel({ nu, scenario }), order).map((t) => t.poly));
  return fullCache.get(k)!;
}

describe('leading-terms engine = full engine', () => {
  const LIMITS: [number, 'sym' | 'asym', number, string][] = [
    [2, 'sym', 6, 'H = y*p, sigma2 = z/p'],
    [2, 'sym', 6, 'H = y*p^(1/2), sigma2 = z*p^(-1)'],
    [2, 'asym', 5, 'H = y*p, sigma2 = z/p'],
    [2, 'asym', 5, 'H = y*p^(3), sigma2 = z*p^(-2)'],
    [3, 'asym', 4, 'H = y*p^(4), sigma2 = z*p^(-2)'],
    [3, 'asym', 4, 'H = y*p^(1/2), sigma2 = z*p^(-1)'],
    [3, 'asym', 4, 'H = y*p^(2), sigma2 = z*p^(-3/2)'],
    [3, 'sym', 3, 'H = y*p, sigma2 = z*p^(-1/2)'],
    [4, 'sym', 3, 'H = y*p^(2), sigma2 = z*p^(-3/2)'],
    [4, 'sym', 3, 'H = y*p^(3), sigma2 = z*p^(-1)'],
    [2, 'sym', 4, 'H = y*p^(-1), sigma2 = z'],
  ];
  it.each(LIMITS)('nu=%i %s to s=%i along %s: e_s and c_s agree', async (nu, scenario, order, text) => {
    const model = makeModel({ nu, scenario });
    const scaling = parseScaling(text);
    for (const warmup of nu === 2 ? [1, 3] : [1]) {
      const lead = await leadingSeries(leadingStart(model), order, [scalingGoal(scaling)], { warmup });
      expect(lead).not.toBeNull();
      const a = limitSeries(full(nu, scenario, order), scaling);
      const b = limitSeries(lead!.map((t) => t.poly), scaling);
      expect(b.terms.map((t) => `${t.exponent} ${t.coeff}`)).toEqual(a.terms.map((t) => `${t.exponent} ${t.coeff}`));
    }
  });

  const FRONTS: [number, 'sym' | 'asym', number][] = [
    [2, 'sym', 6],
    [2, 'asym', 5],
    [3, 'asym', 4],
    [3, 'sym', 3],
    [4, 'sym', 2],
    [4, 'asym', 3],
  ];
  it.each(FRONTS)('nu=%i %s to s=%i: Pareto fronts agree', async (nu, scenario, order) => {
    const model = makeModel({ nu, scenario });
    const lead = await leadingSeries(leadingStart(model), order, [frontGoal(model)], { warmup: 1 });
    expect(lead).not.toBeNull();
    full(nu, scenario, order).forEach((y, s) => {
      expect(sorted(paretoFront(lead![s]!.poly, nu, s) as never), `s=${s}`).toBe(sorted(paretoFront(y, nu, s) as never));
    });
  });

  it('a direction with a front goal together: both parts exact', async () => {
    const model = makeModel({ nu: 3, scenario: 'asym' });
    const alpha = parseDirection('p=1, H=2, sigma=-2/3');
    const lead = await leadingSeries(leadingStart(model), 4, [frontGoal(model), directionGoal(alpha)], { warmup: 1 });
    expect(lead).not.toBeNull();
    full(3, 'asym', 4).forEach((y, s) => {
      expect(sorted(leadingAlong(lead![s]!.poly, s, alpha).terms as never)).toBe(sorted(leadingAlong(y, s, alpha).terms as never));
      expect(sorted(paretoFront(lead![s]!.poly, 3, s) as never)).toBe(sorted(paretoFront(y, 3, s) as never));
    });
  });

  it('a wrong guess is caught: null, never a wrong answer', async () => {
    const model = makeModel({ nu: 2, scenario: 'asym' });
    // a "front" far above the truth prunes everything; the check must refuse
    const goal = { kind: 'front' as const, guess: (s: number) => [{ p: 40 + s, H: 40, sigma2: 1 + s }, ...Array.from({ length: 3 * s + 6 }, (_, l) => ({ p: 50, H: 50, sigma2: l + 1 }))] };
    expect(await leadingSeries(leadingStart(model), 3, [goal], { warmup: 0 })).toBeNull();
  });
});
