import { describe, expect, it } from 'vitest';
import { canonicalForm, diagramOfKey, edgeCountOfKey, formOfKey, naiveCanonicalForm } from '../../src/canon/index.js';
import { edgeCount, makeDiagram } from '../../src/diagram/diagram.js';
import { EDGE_STRIDE } from '../../src/diagram/index.js';
import { randomDiagram, relabel, rng } from '../helpers/randomDiagram.js';

/** Orbit partition of vertices under a group given by generators (union of images). */
function orbits(n: number, generators: readonly Int32Array[]): number[] {
  const root = [...Array(n).keys()];
  const find = (v: number): number => (root[v] === v ? v : (root[v] = find(root[v]!)));
  for (const g of generators) for (let v = 0; v < n; v++) root[find(v)] = find(g[v]!);
  return [...Array(n).keys()].map(find).map((r) => Math.min(...[...Array(n).keys()].filter((v) => find(v) === r)));
}

describe('class keys decode to the canonical diagram', () => {
  it('diagramOfKey(key) is the canonical diagram, isomorphic to the original (naive reference), and re-canonicalises to the key', () => {
    const r = rng(411);
    for (let t = 0; t < 300; t++) {
      const d = randomDiagram(r, { maxH: 5, maxP: 6, maxEdges: 12, colours: 3 });
      const form = canonicalForm(d);
      const back = diagramOfKey(form.key);
      expect([back.nH, back.nP]).toEqual([d.nH, d.nP]);
      expect([...back.edges]).toEqual([...form.diagram.edges]);
      expect(edgeCountOfKey(form.key)).toBe(edgeCount(d));
      expect(canonicalForm(back).key).toBe(form.key);
      expect(canonicalForm(relabel(back, r)).key).toBe(form.key);
      if (d.nH + d.nP <= 8) expect(naiveCanonicalForm(back).key).toBe(naiveCanonicalForm(d).key);
    }
  });

  it('large node counts and colours decode (multi-digit packed edges)', () => {
    const d = makeDiagram(40, 300, [
      [39, 299, 255],
      [0, 0, 0],
      [17, 123, 7],
      [17, 123, 7],
    ]);
    const form = canonicalForm(d);
    expect([...diagramOfKey(form.key).edges]).toEqual([...form.diagram.edges]);
    expect(diagramOfKey(form.key).edges.length).toBe(4 * EDGE_STRIDE);
  });

  it('a diagram without edges', () => {
    const form = canonicalForm(makeDiagram(2, 3, []));
    const back = diagramOfKey(form.key);
    expect([back.nH, back.nP, back.edges.length]).toEqual([2, 3, 0]);
    expect(edgeCountOfKey(form.key)).toBe(0);
  });

  it('formOfKey with the group of the class gives the same form, whose generators generate the same orbits', () => {
    const r = rng(412);
    for (let t = 0; t < 200; t++) {
      const form = canonicalForm(randomDiagram(r, { maxH: 4, maxP: 4, maxEdges: 8, colours: 2 }));
      const trivial = form.automorphisms === 1n;
      expect(form.generators.length === 0).toBe(trivial);
      const back = trivial ? formOfKey(form.key) : formOfKey(form.key, form.automorphisms, form.generators);
      expect(back.key).toBe(form.key);
      expect(back.automorphisms).toBe(form.automorphisms);
      expect([...back.diagram.edges]).toEqual([...form.diagram.edges]);
      const n = form.diagram.nH + form.diagram.nP;
      // the search on the decoded diagram finds the same group (maybe other generators)
      expect(orbits(n, canonicalForm(back.diagram).generators)).toEqual(orbits(n, form.generators));
      expect(Object.isFrozen(back)).toBe(true);
    }
  });
});
