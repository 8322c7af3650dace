/**
 * States named up to colour permutations (asymptotics/contracted/colourOrbits.ts): the signature
 * shortcut against the least key over all ν! relabellings, and the pass with colour orbits
 * against the pass without them and against the diagram series.
 */
import { describe, expect, it } from 'vitest';
import { canonicalKey } from '../../src/canon/index.js';
import { colourOrbitKey, colourSymmetric } from '../../src/asymptotics/contracted/colourOrbits.js';
import { contractedExactSeries, contractedSetup } from '../../src/asymptotics/contracted/contractedSeries.js';
import { contractedPass } from '../../src/asymptotics/contracted/contractedPass.js';
import { unpackState } from '../../src/asymptotics/contracted/quotientState.js';
import { UnitLayout } from '../../src/asymptotics/contracted/units.js';
import { exactStates } from '../helpers/exactStates.js';
import { freezeDiagram, parseDiagram } from '../../src/diagram/index.js';
import { lossDiagrams, observableSeries } from '../../src/expansion/index.js';
import { colourCount, makeModel } from '../../src/model/index.js';

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
}

/** The least canonical key over every relabelling of the colours (no shortcut). */
function bruteOrbitKey(key: string, layout: UnitLayout): string {
  const u = unpackState(key, layout);
  let best: string | null = null;
  for (const pi of permutations(layout.colours)) {
    const edges: number[] = [];
    for (let g = 0; g < u.gR.length; g++) for (let j = 0; j < u.gR[g]!; j++) edges.push(u.gH[g]!, u.gP[g]!, pi[u.gC[g]!]!);
    const k = canonicalKey(freezeDiagram(u.nH, u.nP, Int32Array.from(edges)));
    if (best === null || k < best) best = k;
  }
  return best!;
}

function orbitKey(key: string, layout: UnitLayout): string {
  const u = unpackState(key, layout);
  return colourOrbitKey(u.nH, u.nP, u.gH, u.gP, u.gC, u.gR, u.gR.length, layout.colours);
}

describe('colourSymmetric', () => {
  it.each([
    [2, 'asym', 'identity', true],
    [3, 'asym', 'identity', true],
    [4, 'asym', 'identity', true],
    [3, 'asym', 'zero', true],
    [3, 'asym', '{1,2}{3}', false],
    [4, 'asym', '{1,2}{3,4}', false],
    [3, 'sym', 'identity', false],
  ])('ν = %i %s %s: %s', (nu, scenario, target, want) => {
    const model = makeModel({ nu, scenario, target });
    expect(colourSymmetric(lossDiagrams(model).terms, colourCount(model))).toBe(want);
    expect(contractedSetup(model).units.colourOrbits).toBe(want);
  });
});

describe('colourOrbitKey', () => {
  it.each([
    [3, 2],
    [4, 1],
  ])('ASYM ν = %i, the states of levels 0 … %i: same classes as the least key over all ν! relabellings', (nu, levels) => {
    const { layout, keys } = exactStates(nu, 'asym', 'identity', levels);
    const fast = new Map<string, string>();
    const slow = new Map<string, string>();
    for (const k of keys) {
      const a = orbitKey(k, layout);
      const b = bruteOrbitKey(k, layout);
      // a bijection between the two namings
      if (fast.has(a)) expect(fast.get(a)).toBe(b);
      else fast.set(a, b);
      if (slow.has(b)) expect(slow.get(b)).toBe(a);
      else slow.set(b, a);
    }
    expect(fast.size).toBeLessThan(keys.length); // orbits with more than one member exist
  });

  it('is invariant under relabelling the colours, the H-blocks and the p-blocks', () => {
    // a state of ASYM ν = 4 with every kind of tie: four colours, two of them alike
    const groups: [number, number, number, number][] = [
      [0, 0, 0, 2],
      [0, 1, 1, 1],
      [1, 1, 2, 1],
      [1, 0, 3, 3],
      [1, 2, 1, 1],
      [2, 2, 2, 1],
      [2, 0, 3, 1],
    ];
    const key = (g: [number, number, number, number][]) =>
      colourOrbitKey(
        3,
        3,
        g.map((x) => x[0]),
        g.map((x) => x[1]),
        g.map((x) => x[2]),
        g.map((x) => x[3]),
        g.length,
        4,
      );
    const want = key(groups);
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const shuffle = (n: number) => {
      const a = Array.from({ length: n }, (_, i) => i);
      for (let i = n - 1; i > 0; i--) {
        const j = rand(i + 1);
        [a[i], a[j]] = [a[j]!, a[i]!];
      }
      return a;
    };
    for (let trial = 0; trial < 40; trial++) {
      const [ph, pp, pc] = [shuffle(3), shuffle(3), shuffle(4)];
      const moved = groups.map(([h, p, c, r]) => [ph[h]!, pp[p]!, pc[c]!, r] as [number, number, number, number]);
      expect(key(shuffle(moved.length).map((i) => moved[i]!))).toBe(want);
    }
  });
});

describe('the pass with colour orbits', () => {
  it('ASYM ν = 3: the exact buckets of every level equal those of the pass with fixed colours, with fewer states', async () => {
    const model = makeModel({ nu: 3, scenario: 'asym' });
    const st = contractedSetup(model);
    const plain = new UnitLayout(3);
    const spec = { start: st.start, moves: st.moves, order: 2, leading: null };
    const a = await contractedPass({ ...spec, units: st.units });
    const b = await contractedPass({ ...spec, units: plain });
    for (let l = 0; l <= 2; l++) expect([...a.buckets[l]!].sort()).toEqual([...b.buckets[l]!].sort());
    expect(a.kept[1]!).toBeLessThan(b.kept[1]!); // the last level counts buckets
  });

  it('an observable that breaks the colour symmetry (ASYM ν = 3) still equals the diagram series', async () => {
    const model = makeModel({ nu: 3, scenario: 'asym' });
    const X = parseDiagram('h1-p1:1*2 h1-p2:2*2');
    const a = await contractedExactSeries(model, 2, { observable: X });
    const b = observableSeries(model, X, 2);
    for (let s = 0; s <= 2; s++) expect(a[s]!.toString()).toBe(b[s]!.poly.toString());
  });
});

