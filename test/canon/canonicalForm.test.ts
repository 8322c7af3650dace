import { describe, expect, it } from 'vitest';
import { canonicalForm, naiveCanonicalForm } from '../../src/canon/index.js';
import { EDGE_STRIDE, edgeList, makeDiagram, type Diagram } from '../../src/diagram/diagram.js';
import { randInt, randomDiagram, relabel, rng, shuffle } from '../helpers/randomDiagram.js';

/** Multiset of edges as a sorted string, for checking that a vertex permutation is an automorphism. */
function edgeMultiset(d: Diagram, perm?: Int32Array): string {
  const out: string[] = [];
  for (let e = 0; e < d.edges.length; e += EDGE_STRIDE) {
    const h = perm ? perm[d.edges[e]!]! : d.edges[e]!;
    const p = perm ? perm[d.nH + d.edges[e + 1]!]! - d.nH : d.edges[e + 1]!;
    out.push(`${h}-${p}-${d.edges[e + 2]}`);
  }
  return out.sort().join(' ');
}

/** Highly symmetric shapes where naive pruning-free searches blow up. */
function symmetricFamily(): Diagram[] {
  const out: Diagram[] = [];
  // k disjoint copies of a one-colour 4-cycle (h0-p0-h1-p1)
  for (const k of [1, 2, 3, 4]) {
    const edges: [number, number, number][] = [];
    for (let j = 0; j < k; j++) edges.push([2 * j, 2 * j, 0], [2 * j + 1, 2 * j, 0], [2 * j, 2 * j + 1, 0], [2 * j + 1, 2 * j + 1, 0]);
    out.push(makeDiagram(2 * k, 2 * k, edges));
  }
  // complete bipartite K_{a,b}, one colour
  for (const [a, b] of [[3, 3], [2, 5], [4, 4]] as const) {
    const edges: [number, number, number][] = [];
    for (let h = 0; h < a; h++) for (let p = 0; p < b; p++) edges.push([h, p, 0]);
    out.push(makeDiagram(a, b, edges));
  }
  // a flower: one H-node with k petals of double edges
  for (const k of [3, 6]) {
    const edges: [number, number, number][] = [];
    for (let p = 0; p < k; p++) edges.push([0, p, 0], [0, p, 0]);
    out.push(makeDiagram(1, k, edges));
  }
  // even cycle of length 2m
  for (const m of [3, 5]) {
    const edges: [number, number, number][] = [];
    for (let j = 0; j < m; j++) edges.push([j, j, 0], [(j + 1) % m, j, 0]);
    out.push(makeDiagram(m, m, edges));
  }
  return out;
}

function factorial(n: number): bigint {
  let f = 1n;
  for (let i = 2; i <= n; i++) f *= BigInt(i);
  return f;
}

describe('canonicalForm', () => {
  it('gives identical keys to random relabellings', () => {
    const r = rng(1);
    for (let t = 0; t < 300; t++) {
      const d = randomDiagram(r, { maxH: 6, maxP: 7, maxEdges: 16, colours: 1 + (t % 3) });
      const k = canonicalForm(d).key;
      for (let j = 0; j < 3; j++) expect(canonicalForm(relabel(d, r)).key).toBe(k);
    }
  });

  it('agrees with brute-force permutation search on all generated small diagrams', () => {
    const r = rng(2);
    const diagrams: Diagram[] = [];
    for (let t = 0; t < 400; t++) diagrams.push(randomDiagram(r, { maxH: 4, maxP: 4, maxEdges: 7, colours: 1 + (t % 2) }));
    // add relabelled copies so that classes with several members exist
    for (let t = 0; t < 100; t++) diagrams.push(relabel(diagrams[t]!, r));
    const fast = diagrams.map((d) => canonicalForm(d));
    const slow = diagrams.map((d) => naiveCanonicalForm(d));
    for (let i = 0; i < diagrams.length; i++) {
      expect(fast[i]!.automorphisms).toBe(slow[i]!.automorphisms);
      for (let j = i + 1; j < diagrams.length; j++) {
        expect(fast[i]!.key === fast[j]!.key).toBe(slow[i]!.key === slow[j]!.key);
      }
    }
  });

  it('canonical diagram is isomorphic to the input and has the same key', () => {
    const r = rng(3);
    for (let t = 0; t < 100; t++) {
      const d = randomDiagram(r, { maxH: 4, maxP: 4, maxEdges: 8, colours: 2 });
      const c = canonicalForm(d);
      expect(naiveCanonicalForm(c.diagram).key).toBe(naiveCanonicalForm(d).key);
      expect(canonicalForm(c.diagram).key).toBe(c.key);
    }
  });

  it('generators are automorphisms of the canonical diagram', () => {
    for (const d of symmetricFamily()) {
      const c = canonicalForm(d);
      const base = edgeMultiset(c.diagram);
      for (const g of c.generators) expect(edgeMultiset(c.diagram, g)).toBe(base);
    }
  });

  it('counts automorphisms of symmetric shapes (closed forms)', () => {
    const fam = symmetricFamily();
    // k copies of the 4-cycle C4 (|Aut| = 2·2 each, plus permuting copies): 4^k k!
    expect(fam.slice(0, 4).map((d) => canonicalForm(d).automorphisms)).toEqual([1, 2, 3, 4].map((k) => 4n ** BigInt(k) * factorial(k)));
    // K_{a,b}: a! b!
    expect(canonicalForm(fam[4]!).automorphisms).toBe(36n);
    expect(canonicalForm(fam[5]!).automorphisms).toBe(240n);
    expect(canonicalForm(fam[6]!).automorphisms).toBe(576n);
    // flowers: k!
    expect(canonicalForm(fam[7]!).automorphisms).toBe(6n);
    expect(canonicalForm(fam[8]!).automorphisms).toBe(720n);
    // cycles of length 2m: dihedral of order 2m
    expect(canonicalForm(fam[9]!).automorphisms).toBe(6n);
    expect(canonicalForm(fam[10]!).automorphisms).toBe(10n);
  });

  it('distinguishes colours, multiplicities and node kinds', () => {
    const a = makeDiagram(1, 1, [[0, 0, 0], [0, 0, 1]]);
    const b = makeDiagram(1, 1, [[0, 0, 0], [0, 0, 0]]);
    const c = makeDiagram(2, 1, [[0, 0, 0], [1, 0, 0]]);
    const d = makeDiagram(1, 2, [[0, 0, 0], [0, 1, 0]]);
    const keys = [a, b, c, d].map((x) => canonicalForm(x).key);
    expect(new Set(keys).size).toBe(4);
  });

  it('relabelling a large symmetric diagram keeps the key', () => {
    const r = rng(4);
    for (const d of symmetricFamily()) {
      const k = canonicalForm(d).key;
      for (let j = 0; j < 5; j++) expect(canonicalForm(relabel(d, r)).key).toBe(k);
    }
  });

  it('does not depend on the order of parallel edges (many colours on few pairs)', () => {
    const r = rng(5);
    for (let t = 0; t < 200; t++) {
      const nH = randInt(r, 1, 3);
      const nP = randInt(r, 1, 3);
      const edges: [number, number, number][] = [];
      for (let k = randInt(r, 2, 14); k > 0; k--) edges.push([randInt(r, 0, nH - 1), randInt(r, 0, nP - 1), randInt(r, 0, 5)]);
      // group by pair, then permute only within each group of parallel edges
      const byPair = new Map<number, [number, number, number][]>();
      for (const e of edges) byPair.set(e[0] * nP + e[1], [...(byPair.get(e[0] * nP + e[1]) ?? []), e]);
      const key = canonicalForm(makeDiagram(nH, nP, [...byPair.values()].flat())).key;
      for (let j = 0; j < 4; j++) {
        const permuted = [...byPair.values()].flatMap((g) => shuffle(g.slice(), r));
        expect(canonicalForm(makeDiagram(nH, nP, permuted)).key).toBe(key);
      }
    }
  });

  it('separates non-isomorphic diagrams that refinement alone cannot tell apart', () => {
    // one 8-cycle vs two disjoint 4-cycles: both 2-regular on 4 + 4 nodes, one colour
    const cycle8 = makeDiagram(4, 4, [0, 1, 2, 3].flatMap((j) => [[j, j, 0], [(j + 1) % 4, j, 0]] as [number, number, number][]));
    const twoC4 = symmetricFamily()[1]!;
    expect(canonicalForm(cycle8).key).not.toBe(canonicalForm(twoC4).key);
    // the same two shapes with every edge doubled, and with colours alternating along the cycles
    const doubled = (d: Diagram) => makeDiagram(d.nH, d.nP, [...edgeList(d), ...edgeList(d)]);
    expect(canonicalForm(doubled(cycle8)).key).not.toBe(canonicalForm(doubled(twoC4)).key);
    const alternate = (d: Diagram) => makeDiagram(d.nH, d.nP, edgeList(d).map(([h, p], k) => [h, p, k % 2]));
    expect(naiveCanonicalForm(alternate(cycle8)).key).not.toBe(naiveCanonicalForm(alternate(twoC4)).key);
    expect(canonicalForm(alternate(cycle8)).key).not.toBe(canonicalForm(alternate(twoC4)).key);
  });

  it('random non-isomorphic pairs (by brute force) get distinct keys, isomorphic ones equal keys', () => {
    const r = rng(6);
    for (let t = 0; t < 300; t++) {
      const opts = { maxH: 3, maxP: 3, maxEdges: 6, colours: 2 };
      const a = randomDiagram(r, opts);
      const b = t % 3 === 0 ? relabel(a, r) : randomDiagram(r, opts);
      expect(canonicalForm(a).key === canonicalForm(b).key).toBe(naiveCanonicalForm(a).key === naiveCanonicalForm(b).key);
    }
  });
});
