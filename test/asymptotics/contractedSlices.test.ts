/**
 * The contracted-state engine in slices (the event loop runs inside one state's children and
 * inside the future bound's fill): the injection odometer against a brute-force enumeration, the
 * bound filled in the smallest slices against the bound filled in one go, and a state's children
 * computed with pauses against those computed without.
 */
import { describe, expect, it } from 'vitest';
import { integerWeights } from '../../src/asymptotics/contracted/contractedSeries.js';
import { expandState, expandStateSteps, nextLevel, startStates } from '../../src/asymptotics/contracted/contractedPass.js';
import { FutureBound, INFEASIBLE } from '../../src/asymptotics/contracted/futureBound.js';
import { Injections } from '../../src/asymptotics/contracted/injections.js';
import { lossMoves } from '../../src/asymptotics/contracted/moves.js';
import { unpackState } from '../../src/asymptotics/contracted/quotientState.js';
import { UnitLayout } from '../../src/asymptotics/contracted/units.js';
import { lossDiagrams } from '../../src/expansion/index.js';
import { colourCount, makeModel, type Scenario } from '../../src/model/index.js';
import { Rational } from '../../src/rational/index.js';

/** Every k-tuple of distinct blocks of 0..n−1 avoiding skip, in lexicographic order, by filtering all n^k tuples. */
function bruteInjections(k: number, n: number, skip: number): string[] {
  const out: string[] = [];
  const total = n ** k;
  for (let code = 0; code < total; code++) {
    const t: number[] = [];
    for (let i = 0, x = code; i < k; i++, x = Math.floor(x / n)) t.unshift(x % n);
    if (t.includes(skip) || new Set(t).size !== k) continue;
    out.push(t.join(','));
  }
  return out;
}

function odometer(k: number, n: number, skip: number): string[] {
  const it = new Injections(k, n);
  const out: string[] = [];
  for (let ok = it.first(skip); ok; ok = it.advance()) out.push([...it.inj].join(','));
  return out;
}

function setting(nu: number, scenario: Scenario, H: string, sigma2: string) {
  const model = makeModel({ nu, scenario });
  const loss = lossDiagrams(model);
  const layout = new UnitLayout(colourCount(model));
  const moves = lossMoves(loss.terms, layout);
  const { weights } = integerWeights({ p: Rational.ONE, H: Rational.parse(H), sigma2: Rational.parse(sigma2) });
  const start = startStates(loss.terms.map((t) => ({ diagram: t.form.diagram, coeff: t.coeff })));
  return { layout, moves, weights, start };
}

describe('the contracted engine in slices', () => {
  it('the injection odometer lists what filtering all tuples lists, in the same order', () => {
    for (let n = 1; n <= 6; n++) {
      for (let k = 0; k <= n; k++) {
        for (let skip = 0; skip < n; skip++) expect(odometer(k, n, skip), `${k} of ${n} without ${skip}`).toEqual(bruteInjections(k, n, skip));
      }
    }
  });

  it('ASYM ν = 3 along (1, 4, −1): the bound filled in slices of 0 ms equals the bound filled in one go', () => {
    const { layout, moves, weights, start } = setting(3, 'asym', '4', '-1');
    const sliced = new FutureBound(moves, weights, layout);
    const whole = new FutureBound(moves, weights, layout);
    let pending = 0;
    let finite = 0;
    for (const key of start.keys()) {
      const u = unpackState(key, layout);
      const x2 = u.edges + 2 - 2 * (u.nH + u.nP);
      for (let k = 1; k <= 12; k++) {
        let v = sliced.value(k, x2, u.tau, u.units, INFEASIBLE, 0);
        while (Number.isNaN(v)) {
          pending++;
          v = sliced.value(k, x2, u.tau, u.units, INFEASIBLE, 0);
        }
        expect(v, `k = ${k}`).toBe(whole.value(k, x2, u.tau, u.units));
        if (v !== INFEASIBLE) finite++;
      }
    }
    // the slices really stopped the fill, many times, and the values are not all trivial
    expect(pending).toBeGreaterThan(10);
    expect(finite).toBeGreaterThan(5);
    expect(sliced.memoSizes).toEqual(whole.memoSizes);
  });

  it.each([
    [3, 'asym', '4', '-1', 2] as const,
    [4, 'sym', '2', '-3/2', 2] as const,
  ])('ν = %i %s along (1, %s, %s): children with pauses and bound slices of 0 ms equal those without, levels < %i', (nu, scenario, H, sigma2, K) => {
    const { layout, moves, weights, start } = setting(nu, scenario, H, sigma2);
    // a low threshold: the bound still prunes the children that cannot reach an even final state
    const leading = (bound: FutureBound) => ({ weights, threshold: -1e6, bound });
    const plainBound = leading(new FutureBound(moves, weights, layout));
    const slicedBound = leading(new FutureBound(moves, weights, layout));
    let level = start;
    let children = 0;
    let states = 0;
    let pauses = 0;
    for (let l = 0; l < K; l++) {
      for (const [key, coeff] of [...level].slice(0, 24)) {
        const u = unpackState(key, layout);
        for (const final of [false, true]) {
          const plain = { next: new Map<string, bigint>(), finals: new Map<string, bigint>() };
          const below = expandState(u, coeff, K - l, final, moves, layout, plainBound, plain.next, plain.finals);
          const paused = { next: new Map<string, bigint>(), finals: new Map<string, bigint>() };
          const steps = expandStateSteps(0, u, coeff, K - l, final, moves, layout, slicedBound, paused.next, paused.finals);
          let r = steps.next();
          for (; !r.done; r = steps.next()) pauses++;
          expect(r.value).toBe(below);
          expect([...paused.next].sort()).toEqual([...plain.next].sort());
          expect([...paused.finals].sort()).toEqual([...plain.finals].sort());
          children += plain.next.size + plain.finals.size;
        }
        states++;
      }
      level = nextLevel(new Map([...level].slice(0, 24)), moves, layout);
    }
    expect(states).toBeGreaterThan(3);
    expect(pauses).toBeGreaterThan(0);
    expect(children).toBeGreaterThan(states);
  });
});
