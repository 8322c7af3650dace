/**
 * The contracted-state engine against independent derivations: exact mode against the diagram
 * series of expansion/ (another algorithm: classes merged, then Wick per class), leading mode
 * against the limit of the full series, and the future bound against the true best reachable
 * weight found by exhaustive search over the exact transitions.
 */
import { describe, expect, it } from 'vitest';
import { limitSeries, parseScaling } from '../../src/asymptotics/index.js';
import { contractedExactSeries, contractedLeadingSeries, contractedSetup, futureBoundOf, integerWeights } from '../../src/asymptotics/contracted/contractedSeries.js';
import { excess2, expandState, nextLevel, startStates, stateWeight } from '../../src/asymptotics/contracted/contractedPass.js';
import { INFEASIBLE } from '../../src/asymptotics/contracted/futureBound.js';
import { necessaryStates } from '../../src/asymptotics/contracted/necessaryStates.js';
import { lossMoves } from '../../src/asymptotics/contracted/moves.js';
import { unpackState } from '../../src/asymptotics/contracted/quotientState.js';
import { UnitLayout } from '../../src/asymptotics/contracted/units.js';
import { colourOrbitKey, colourSymmetric } from '../../src/asymptotics/contracted/colourOrbits.js';
import { diagramR, parseDiagram } from '../../src/diagram/index.js';
import { lossDiagrams, lossSeries, observableSeries } from '../../src/expansion/index.js';
import { colourCount, makeModel } from '../../src/model/index.js';
import { Rational } from '../../src/rational/index.js';

describe('exact mode', () => {
  it.each([
    [2, 'sym', 'identity', 3],
    [2, 'asym', 'identity', 3],
    [3, 'asym', 'identity', 2],
    [3, 'sym', 'identity', 2],
    [4, 'sym', 'zero', 2],
    [3, 'asym', '{1,2}{3}', 2],
    [3, 'sym', '2*{1,2}{3} - {1}{2}{3}', 1],
  ])('ν = %i %s %s: Y_0 … Y_%i equal the diagram series', async (nu, scenario, target, order) => {
    const model = makeModel({ nu, scenario, target });
    const a = await contractedExactSeries(model, order);
    const b = lossSeries(model, order);
    for (let s = 0; s <= order; s++) expect(a[s]!.toString()).toBe(b[s]!.toString());
  });

  it('an observable series (R, SYM ν = 2) equals the diagram series', async () => {
    const model = makeModel({ nu: 2, scenario: 'sym' });
    const R = diagramR(model, model.target.terms[0]!.pattern);
    const a = await contractedExactSeries(model, 3, { observable: R });
    const b = observableSeries(model, R, 3);
    for (let s = 0; s <= 3; s++) expect(a[s]!.toString()).toBe(b[s]!.poly.toString());
  });

  it('an observable with two H-nodes (D_4, SYM ν = 2) equals the diagram series', async () => {
    const model = makeModel({ nu: 2, scenario: 'sym' });
    const D = parseDiagram('h1-p1 h2-p1 h1-p2 h2-p2');
    const a = await contractedExactSeries(model, 2, { observable: D });
    const b = observableSeries(model, D, 2);
    for (let s = 0; s <= 2; s++) expect(a[s]!.toString()).toBe(b[s]!.poly.toString());
  });
});

const SCALINGS: [number, string, string, string, number][] = [
  [3, 'asym', 'zero', 'H = y*p, sigma2 = z', 4], // free, under-parameterised
  [3, 'asym', 'zero', 'H = y*p^3, sigma2 = z', 4], // free, over-parameterised
  [3, 'asym', 'identity', 'H = y*p^4, sigma2 = z*p^(-2)', 4], // NTK edge
  [3, 'asym', 'identity', 'H = y*p^3, sigma2 = z*p^(-2)', 3], // mean-field edge
  [3, 'asym', 'identity', 'H = y*p^2, sigma2 = z*p^(-4/3)', 3], // joint scaling
  [2, 'sym', 'identity', 'H = y*p, sigma2 = z/p', 5], // SYM ν = 2 double limit
  [2, 'asym', 'identity', 'H = y*p^(1/2), sigma2 = z*p^(-2)', 5], // vertex E
  [4, 'sym', 'identity', 'H = y*p, sigma2 = z/p', 3],
  [3, 'sym', 'identity', 'H = y*p, sigma2 = z*p^(-2/3)', 3],
];

describe('leading mode', () => {
  it.each(SCALINGS)('ν = %i %s %s along %s: e_s and c_s of the full series to s = %i', async (nu, scenario, target, text, order) => {
    const model = makeModel({ nu, scenario, target });
    const scaling = parseScaling(text);
    const lead = await contractedLeadingSeries(model, order, { p: Rational.ONE, H: scaling.a, sigma2: scaling.b });
    const want = limitSeries(lossSeries(model, order), scaling);
    const got = limitSeries(lead.terms, scaling);
    for (let s = 0; s <= order; s++) {
      expect(got.terms[s]!.exponent?.toString()).toBe(want.terms[s]!.exponent?.toString());
      expect(got.terms[s]!.coeff.toString()).toBe(want.terms[s]!.coeff.toString());
    }
  });

  it('an observable (R, SYM ν = 2) along the double limit', async () => {
    const model = makeModel({ nu: 2, scenario: 'sym' });
    const R = diagramR(model, model.target.terms[0]!.pattern);
    const scaling = parseScaling('H = y*p, sigma2 = z/p');
    const lead = await contractedLeadingSeries(model, 3, { p: Rational.ONE, H: scaling.a, sigma2: scaling.b }, { observable: R });
    const want = limitSeries(observableSeries(model, R, 3).map((t) => t.poly), scaling);
    const got = limitSeries(lead.terms, scaling);
    for (let s = 0; s <= 3; s++) expect(got.terms[s]!.coeff.toString()).toBe(want.terms[s]!.coeff.toString());
  });
});

/**
 * Best weight of an even final state reachable from a state in k merges, by exhaustive search
 * over the exact children (no bound), memoised by class.
 */
function bestReachable(moves: ReturnType<typeof lossMoves>, layout: UnitLayout, weights: { p: number; H: number; edge: number }) {
  const memo = new Map<string, number>();
  const best = (key: string, k: number): number => {
    const u = unpackState(key, layout);
    if (k === 0) return u.oddGroups === 0 ? stateWeight(u, weights) : -Infinity;
    const m = `${k}|${key}`;
    const hit = memo.get(m);
    if (hit !== undefined) return hit;
    const next = new Map<string, bigint>();
    const finals = new Map<string, bigint>();
    expandState(u, 1n, k - 1, k === 1, moves, layout, null, next, finals);
    let out = -Infinity;
    if (k === 1) {
      for (const b of finals.keys()) {
        const [nH, nP, E] = b.split(',').map(Number) as [number, number, number];
        out = Math.max(out, nP * weights.p + nH * weights.H + E * weights.edge);
      }
    } else for (const c of next.keys()) out = Math.max(out, best(c, k - 1));
    memo.set(m, out);
    return out;
  };
  return best;
}

describe('future bound', () => {
  it.each([
    [3, 'asym', 'identity', '4', '-2', 2],
    [3, 'asym', 'identity', '3', '-2', 2], // mean-field edge, where the mixed pairs cut
    [3, 'asym', 'identity', '1', '-2', 2], // vertex E
    [3, 'asym', 'identity', '1', '-1', 2],
    [3, 'asym', 'zero', '3', '0', 2],
    [2, 'asym', 'identity', '3', '-2', 3],
    [2, 'sym', 'identity', '1', '-1', 3],
    [4, 'sym', 'identity', '2', '-3/2', 2],
    [3, 'sym', 'identity', '1', '-2/3', 2],
    // with the weighted genus budget (docs/asymptotics.md §"The weighted genus budget")
    [4, 'sym', 'identity', '3', '-1', 2], // free over-parameterised vertex B
    [4, 'sym', 'identity', '2', '-1', 2], // free edge A-B
    [4, 'sym', 'identity', '3', '-2', 2], // mean-field edge B-E
    [4, 'sym', 'zero', '3', '0', 2],
    [4, 'asym', 'identity', '4', '-2', 1], // mean-field edge C-D
    [4, 'asym', 'identity', '5', '-9/4', 1], // vertex C
    [6, 'sym', 'identity', '4', '-1', 1], // vertex B
  ])('ν = %i %s %s, weight (1, %s, %s): never below the best reachable weight, k ≤ %i', (nu, scenario, target, a, b, K) => {
    const model = makeModel({ nu, scenario, target });
    const loss = lossDiagrams(model);
    const layout = new UnitLayout(colourCount(model));
    const moves = lossMoves(loss.terms, layout);
    const { weights } = integerWeights({ p: Rational.ONE, H: Rational.parse(a), sigma2: Rational.parse(b) });
    // the engine's bound: with the genus budget where the model has a certificate (ν = 4, 6)
    const st = contractedSetup(model);
    const bound = futureBoundOf(st, weights);
    expect(bound.readsTouched).toBe(st.genus !== null);
    const best = bestReachable(moves, layout, weights);
    // the states of levels 0 … K−1 of the exact programme
    let level = startStates(loss.terms.map((t) => ({ diagram: t.form.diagram, coeff: t.coeff })));
    let checked = 0;
    let tight = 0;
    for (let l = 0; l < K; l++) {
      for (const key of level.keys()) {
        const u = unpackState(key, layout);
        for (let k = 1; k <= K - l; k++) {
          const truth = best(key, k);
          const v = bound.value(k, excess2(u), u.tau, u.units);
          const ub = v === INFEASIBLE ? -Infinity : stateWeight(u, weights) + v;
          expect(ub).toBeGreaterThanOrEqual(truth);
          checked++;
          if (ub === truth) tight++;
        }
      }
      if (l + 1 < K) level = nextLevel(level, moves, layout);
    }
    expect(checked).toBeGreaterThan(10);
    expect(tight).toBeGreaterThan(0);
  });
});

describe('necessary states', () => {
  /** The same counts from the exact programme (no bound): ancestors of leading final classes. */
  async function bruteNecessary(nu: number, scenario: string, target: string, a: string, b: string, s: number): Promise<number[]> {
    const model = makeModel({ nu, scenario, target });
    const loss = lossDiagrams(model);
    const layout = new UnitLayout(colourCount(model));
    const moves = lossMoves(loss.terms, layout);
    const weight = { p: Rational.ONE, H: Rational.parse(a), sigma2: Rational.parse(b) };
    const { weights } = integerWeights(weight);
    const lead = await contractedLeadingSeries(model, s, weight);
    const t = lead.terms[s]!.terms()[0]!;
    const e = integerWeights(weight);
    const T = Number(Rational.of(t.p).mul(weight.p).add(Rational.of(t.H).mul(weight.H)).add(Rational.of(t.sigma2).mul(weight.sigma2)).mul(Rational.of(e.den)).num);
    const levels: Map<string, bigint>[] = [startStates(loss.terms.map((x) => ({ diagram: x.form.diagram, coeff: x.coeff })))];
    const links: Map<string, Set<string>>[] = [];
    for (let l = 0; l < s; l++) {
      const next = new Map<string, bigint>();
      const up = new Map<string, Set<string>>();
      for (const [key, c] of levels[l]!) {
        const mine = new Map<string, bigint>();
        expandState(unpackState(key, layout), c, s - l - 1, l === s - 1, moves, layout, null, mine, new Map(), true);
        for (const [k, v] of mine) {
          next.set(k, (next.get(k) ?? 0n) + v);
          if (!up.has(k)) up.set(k, new Set());
          up.get(k)!.add(key);
        }
      }
      for (const [k, v] of next) if (v === 0n) next.delete(k);
      levels.push(next);
      links.push(up);
    }
    // the engine names states up to colour permutations when the loss allows it: count orbits
    const named = (keys: Set<string>) => (colourSymmetric(loss.terms, layout.colours) ? new Set([...keys].map((k) => orbitOf(k, layout))) : keys);
    let marked = new Set([...levels[s]!.keys()].filter((k) => stateWeight(unpackState(k, layout), weights) === T));
    const out = [named(marked).size];
    for (let l = s - 1; l >= 0; l--) {
      const up = new Set<string>();
      for (const k of marked) for (const pk of links[l]!.get(k) ?? []) if (levels[l]!.has(pk)) up.add(pk);
      out.unshift(named(up).size);
      marked = up;
    }
    return out;
  }

  it.each([
    [3, 'asym', 'identity', '4', '-2', 2],
    [3, 'asym', 'zero', '1', '0', 2],
    [2, 'sym', 'identity', '1', '-1', 3],
    [2, 'asym', 'identity', '1', '-1', 2],
  ])('ν = %i %s %s along (1, %s, %s), s = %i: the pruned pass keeps every necessary state', async (nu, scenario, target, a, b, s) => {
    const model = makeModel({ nu, scenario, target });
    const got = await necessaryStates(model, s, { p: Rational.ONE, H: Rational.parse(a), sigma2: Rational.parse(b) });
    expect(got.necessary).toEqual(await bruteNecessary(nu, scenario, target, a, b, s));
    for (let l = 0; l <= s; l++) expect(got.kept[l]!).toBeGreaterThanOrEqual(got.necessary[l]!);
  });
});

/** The colour-orbit name of a state named with fixed colours. */
function orbitOf(key: string, layout: UnitLayout): string {
  const u = unpackState(key, layout);
  return colourOrbitKey(u.nH, u.nP, u.gH, u.gP, u.gC, u.gR, u.gR.length, layout.colours);
}

describe('progress', () => {
  it('goalSeries with the contracted engine reports every level of every order, ending at s + 1 of s + 1', async () => {
    const { goalSeries, frontGoal, scalingGoal } = await import('../../src/asymptotics/index.js');
    const model = makeModel({ nu: 3, scenario: 'asym' });
    for (const goals of [[scalingGoal(parseScaling('H = y*p^(4), sigma2 = z*p^(-2)'))], [frontGoal(model)]]) {
      const seen = new Map<number, number[]>();
      await goalSeries(model, 3, goals, { engine: 'contracted', onProgress: (s, done, total) => {
        expect(total).toBe(s + 1);
        seen.set(s, [...(seen.get(s) ?? []), done]);
      } });
      for (let s = 1; s <= 3; s++) {
        const d = seen.get(s)!;
        expect(d[d.length - 1]).toBe(s + 1);
        expect(Math.min(...d)).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
