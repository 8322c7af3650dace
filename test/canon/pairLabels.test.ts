import { describe, expect, it } from 'vitest';
import { canonicalForm, canonicalKey } from '../../src/canon/index.js';
import { searchInput, type ColourHash } from '../../src/canon/canonicalForm.js';
import { mix32 } from '../../src/canon/kernel/refine.js';
import { canonicalSearch, type SearchInput } from '../../src/canon/kernel/search.js';
import { EDGE_STRIDE, makeDiagram, type Diagram } from '../../src/diagram/diagram.js';
import { InputError } from '../../src/errors.js';
import { randInt, rng, shuffle } from '../helpers/randomDiagram.js';

/**
 * Pair labels as they were computed before the fix: the running sum was replaced by 1 whenever it
 * reached 0, also part-way through the parallel edges of a pair.
 */
function zeroSubstitutedEachStep(d: Diagram, hash: ColourHash): SearchInput {
  const n = d.nH + d.nP;
  const adj = new Int32Array(n * n);
  for (let i = 0; i < d.edges.length; i += EDGE_STRIDE) {
    const h = d.edges[i]!;
    const p = d.nH + d.edges[i + 1]!;
    const code = (adj[h * n + p]! + hash(d.edges[i + 2]!)) | 0;
    adj[h * n + p] = code === 0 ? 1 : code;
    adj[p * n + h] = adj[h * n + p]!;
  }
  return { n, nH: d.nH, adj, edges: d.edges };
}

/** A colour hash with a forced collision: colours 0 and 1 cancel (1 + (−1) = 0). */
function collidingHash(third: number): ColourHash {
  const table = [1, -1, 5, third];
  return (c) => table[c]!;
}

/**
 * H-node 0 carries parallel edges of colours 0, 1, 2 to the p-node (label 1 − 1 + 5 = 5 in any
 * order), H-node 1 one edge of colour 3. Under the old rule, the order 0, 1, 2 gives 1, 0 → 1, 6,
 * so label 6, while 2, 0, 1 gives label 5. The hash of colour 3 is chosen so that its refinement
 * signature sorts between those of labels 5 and 6: then the two H-nodes swap canonical places.
 */
function collisionCase(): { orders: Diagram[]; hash: ColourHash } {
  const lo = Math.min(mix32(5), mix32(6));
  const hi = Math.max(mix32(5), mix32(6));
  let third = 7;
  while (!(mix32(third) > lo && mix32(third) < hi)) third++;
  const orders = [
    makeDiagram(2, 1, [[0, 0, 0], [0, 0, 1], [0, 0, 2], [1, 0, 3]]),
    makeDiagram(2, 1, [[0, 0, 2], [0, 0, 0], [0, 0, 1], [1, 0, 3]]),
  ];
  return { orders, hash: collidingHash(third) };
}

describe('pair labels (multiset hash of parallel-edge colours)', () => {
  it('with a forced hash collision, the old step-wise zero substitution depended on edge order', () => {
    const { orders, hash } = collisionCase();
    const old = orders.map((d) => zeroSubstitutedEachStep(d, hash));
    expect(old[0]!.adj[0 * 3 + 2]).toBe(6);
    expect(old[1]!.adj[0 * 3 + 2]).toBe(5);
    const [a, b] = old.map((input) => [...canonicalSearch(input).certificate]);
    expect(a).not.toEqual(b);
  });

  it('with the same collision, labels and canonical certificates no longer depend on edge order', () => {
    const { orders, hash } = collisionCase();
    const fixed = orders.map((d) => searchInput(d, hash));
    expect(fixed[0]!.adj[0 * 3 + 2]).toBe(5);
    expect([...fixed[1]!.adj]).toEqual([...fixed[0]!.adj]);
    const [a, b] = fixed.map((input) => [...canonicalSearch(input).certificate]);
    expect(a).toEqual(b);
  });

  it('a pair whose colour hashes sum to 0 still counts as joined', () => {
    const d = makeDiagram(1, 1, [[0, 0, 0], [0, 0, 1]]);
    const input = searchInput(d, collidingHash(7));
    expect(input.adj[1]).toBe(1);
    expect(input.adj[2]).toBe(1);
  });

  it('every order of every colliding multiset of parallel edges gives one certificate', () => {
    const r = rng(31);
    const hash = collidingHash(3); // colours 0 and 1 cancel, 2 and 3 have small hashes
    for (let t = 0; t < 200; t++) {
      const nH = randInt(r, 1, 3);
      const nP = randInt(r, 1, 3);
      const edges: [number, number, number][] = [];
      for (let k = randInt(r, 1, 8); k > 0; k--) edges.push([randInt(r, 0, nH - 1), randInt(r, 0, nP - 1), randInt(r, 0, 3)]);
      const cert = [...canonicalSearch(searchInput(makeDiagram(nH, nP, edges), hash)).certificate];
      for (let j = 0; j < 4; j++) {
        const again = makeDiagram(nH, nP, shuffle(edges.slice(), r));
        expect([...canonicalSearch(searchInput(again, hash)).certificate]).toEqual(cert);
      }
    }
  });
});

describe('canonical form size guard', () => {
  it('refuses a diagram whose node pairs exceed what a packed edge addresses', () => {
    const big = makeDiagram(2 ** 12 + 1, 2 ** 11, []);
    expect(() => canonicalForm(big)).toThrow(InputError);
    expect(() => canonicalKey(big)).toThrow(/node pairs/);
  });
});
