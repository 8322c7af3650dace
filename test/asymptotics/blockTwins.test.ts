/**
 * Twin blocks of the contracted engine's states (docs/asymptotics.md §"Twin blocks"): swapping two
 * twins leaves the state's groups unchanged, and among the tuples of distinct blocks with the same
 * sequence of twin classes (one orbit of the twins' permutations) exactly one is the
 * representative, with the orbit's size. The pass that builds only representatives is checked
 * whole by the exact-mode tests of contracted.test.ts (against the diagram series).
 */
import { describe, expect, it } from 'vitest';
import { blockTwins, tupleOrbit } from '../../src/asymptotics/contracted/blockTwins.js';
import { unpackState, type Unpacked } from '../../src/asymptotics/contracted/quotientState.js';
import { exactStates } from '../helpers/exactStates.js';

/** The state's groups as a sorted list, after exchanging blocks a and b (same kind; p-blocks as nH + j). */
function groupsSwapped(u: Unpacked, a: number, b: number): string {
  const swap = (v: number) => (v === a ? b : v === b ? a : v);
  const out: string[] = [];
  for (let g = 0; g < u.gR.length; g++) out.push(`${swap(u.gH[g]!)}-${swap(u.nH + u.gP[g]!)}-${u.gC[g]}x${u.gR[g]}`);
  return out.sort().join(' ');
}

/** Every tuple of k + 1 distinct blocks among `blocks`. */
function tuples(blocks: number[], k: number): number[][] {
  if (k < 0) return [[]];
  return tuples(blocks, k - 1).flatMap((t) => blocks.filter((b) => !t.includes(b)).map((b) => [...t, b]));
}

const MODELS: [number, string, number][] = [
  [3, 'asym', 1],
  [4, 'sym', 1],
  [2, 'sym', 3],
  [2, 'asym', 2],
];

describe('blockTwins', () => {
  it.each(MODELS)('ν = %i %s, levels ≤ %i: swapping two twins is an automorphism', (nu, scenario, levels) => {
    const { layout, keys } = exactStates(nu, scenario, 'identity', levels);
    let pairs = 0;
    for (const key of keys) {
      const u = unpackState(key, layout);
      const t = blockTwins(u);
      const same = groupsSwapped(u, 0, 0);
      for (let a = 0; a < u.nH + u.nP; a++) {
        for (let b = a + 1; b < u.nH + u.nP; b++) {
          if (t.cls[a] !== t.cls[b]) continue;
          expect(groupsSwapped(u, a, b)).toBe(same);
          pairs++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });

  it.each(MODELS)('ν = %i %s, levels ≤ %i: one representative per orbit of tuples, weighted by the orbit size', (nu, scenario, levels) => {
    const { layout, keys } = exactStates(nu, scenario, 'identity', levels, 5);
    let orbits = 0;
    for (const key of keys) {
      const u = unpackState(key, layout);
      const t = blockTwins(u);
      for (const [base, n] of [[0, u.nH], [u.nH, u.nP]] as const) {
        const blocks = Array.from({ length: n }, (_, i) => base + i);
        for (let k = 0; k <= Math.min(2, n - 1); k++) {
          const byClasses = new Map<string, { count: number; weights: number[] }>();
          for (const tuple of tuples(blocks, k)) {
            const rest = Int32Array.from(tuple.slice(1), (b) => b - base);
            const w = tupleOrbit(t, tuple[0]!, rest, base);
            const sig = tuple.map((b) => t.cls[b]).join(',');
            const e = byClasses.get(sig) ?? { count: 0, weights: [] };
            e.count++;
            if (w > 0) e.weights.push(w);
            byClasses.set(sig, e);
          }
          for (const e of byClasses.values()) expect(e.weights).toEqual([e.count]);
          orbits += byClasses.size;
        }
      }
      expect(t.used.every((x) => x === 0)).toBe(true);
    }
    expect(orbits).toBeGreaterThan(100);
  });
});
