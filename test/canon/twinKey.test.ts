/**
 * The key through the twin quotient against the plain canonical key and the brute-force form:
 * equal keys exactly for isomorphic diagrams, invariant under relabelling, and decoding to a
 * diagram of the same class. Random diagrams are blown up (nodes copied with their edges) so
 * that twin classes of several sizes occur, also where the quotient has symmetries of its own.
 */
import { describe, expect, it } from 'vitest';
import { canonicalKey, diagramOfKey, naiveCanonicalForm, twinCanonicalKey } from '../../src/canon/index.js';
import { edgeList, makeDiagram, type Diagram } from '../../src/diagram/diagram.js';
import { randInt, randomDiagram, relabel, rng } from '../helpers/randomDiagram.js';

/** `d` with node v of each kind copied `times[v]` times (every copy with all of v's edges). */
function blowUp(d: Diagram, timesH: number[], timesP: number[]): Diagram {
  const startH: number[] = [];
  const startP: number[] = [];
  let nH = 0;
  let nP = 0;
  for (const t of timesH) startH.push((nH += t) - t);
  for (const t of timesP) startP.push((nP += t) - t);
  const edges: [number, number, number][] = [];
  for (const [h, p, c] of edgeList(d)) {
    for (let i = 0; i < timesH[h]!; i++) for (let j = 0; j < timesP[p]!; j++) edges.push([startH[h]! + i, startP[p]! + j, c]);
  }
  return makeDiagram(nH, nP, edges);
}

function randomBlownUp(r: () => number, small: boolean): Diagram {
  const base = randomDiagram(r, { maxH: 3, maxP: 4, maxEdges: small ? 4 : 7, colours: 2 });
  const times = (n: number) => Array.from({ length: n }, () => randInt(r, 1, small ? 2 : 4));
  return blowUp(base, times(base.nH), times(base.nP));
}

describe('twinCanonicalKey', () => {
  it('is invariant under relabelling and decodes to a diagram of the same class (300 blown-up diagrams)', () => {
    const r = rng(11);
    for (let i = 0; i < 300; i++) {
      const d = randomBlownUp(r, false);
      const key = twinCanonicalKey(d);
      for (let j = 0; j < 3; j++) expect(twinCanonicalKey(relabel(d, r))).toBe(key);
      expect(canonicalKey(diagramOfKey(key))).toBe(canonicalKey(d));
    }
  });

  it('tells the same classes apart as the plain canonical key (2000 small blown-up diagrams)', () => {
    const r = rng(12);
    const byTwin = new Map<string, string>();
    const byPlain = new Map<string, string>();
    for (let i = 0; i < 2000; i++) {
      const d = randomBlownUp(r, true);
      const a = twinCanonicalKey(d);
      const b = canonicalKey(d);
      if (byTwin.has(a)) expect(byTwin.get(a)).toBe(b);
      else byTwin.set(a, b);
      if (byPlain.has(b)) expect(byPlain.get(b)).toBe(a);
      else byPlain.set(b, a);
    }
    expect(byTwin.size).toBeGreaterThan(100);
    expect(byTwin.size).toBeLessThan(2000); // classes met more than once
  });

  it('agrees with the brute-force form on isomorphism (small diagrams with twins)', () => {
    const r = rng(13);
    const seen = new Map<string, string>();
    for (let i = 0; i < 400; i++) {
      const d = blowUp(randomDiagram(r, { maxH: 2, maxP: 2, maxEdges: 3, colours: 2 }), [1, 2], [2, 1]);
      const naive = naiveCanonicalForm(d).key;
      const twin = twinCanonicalKey(d);
      if (seen.has(twin)) expect(seen.get(twin)).toBe(naive);
      else seen.set(twin, naive);
    }
    expect(new Set(seen.values()).size).toBe(seen.size);
  });

  it('is the plain canonical key when no two nodes are twins', () => {
    const d = makeDiagram(2, 3, [[0, 0, 0], [0, 1, 1], [1, 1, 0], [1, 2, 0], [0, 2, 0]]);
    expect(twinCanonicalKey(d)).toBe(canonicalKey(d));
  });

  it('separates twin classes of different sizes over the same quotient', () => {
    // one H-node joined in colour 0 to two p-nodes and in colour 1 to three, against the reverse
    const base = makeDiagram(1, 2, [[0, 0, 0], [0, 1, 1]]);
    const a = blowUp(base, [1], [2, 3]);
    const b = blowUp(base, [1], [3, 2]);
    expect(twinCanonicalKey(a)).not.toBe(twinCanonicalKey(b));
    expect(canonicalKey(a)).not.toBe(canonicalKey(b));
    expect(twinCanonicalKey(relabel(a, rng(1)))).toBe(twinCanonicalKey(a));
  });

  it('counts isolated nodes (twins of each other)', () => {
    const a = makeDiagram(2, 3, [[0, 0, 0], [0, 0, 0]]);
    const b = makeDiagram(2, 3, [[1, 2, 0], [1, 2, 0]]);
    expect(twinCanonicalKey(a)).toBe(twinCanonicalKey(b));
    expect(diagramOfKey(twinCanonicalKey(a)).nP).toBe(3);
  });
});
