import { makeDiagram, type Diagram, edgeList } from '../../src/diagram/diagram.js';

/** Small deterministic PRNG (mulberry32) for reproducible property tests. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randInt(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

export function randomDiagram(r: () => number, opts: { maxH: number; maxP: number; maxEdges: number; colours: number }): Diagram {
  const nH = randInt(r, 1, opts.maxH);
  const nP = randInt(r, 1, opts.maxP);
  const m = randInt(r, 0, opts.maxEdges);
  const edges: [number, number, number][] = [];
  for (let i = 0; i < m; i++) edges.push([randInt(r, 0, nH - 1), randInt(r, 0, nP - 1), randInt(r, 0, opts.colours - 1)]);
  return makeDiagram(nH, nP, edges);
}

/** Random relabelling of H-nodes, p-nodes and edge order. */
export function relabel(d: Diagram, r: () => number): Diagram {
  const ph = shuffle([...Array(d.nH).keys()], r);
  const pp = shuffle([...Array(d.nP).keys()], r);
  const edges = shuffle(edgeList(d).map(([h, p, c]) => [ph[h]!, pp[p]!, c] as [number, number, number]), r);
  return makeDiagram(d.nH, d.nP, edges);
}

export function shuffle<T>(a: T[], r: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
