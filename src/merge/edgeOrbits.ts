/**
 * Orbits of labelled edges under the node automorphisms of a diagram. Merging G with G' through
 * any two edges of the same orbits gives isomorphic diagrams, so ⋆ needs one representative per
 * pair of orbits, weighted by the orbit sizes (parallel edges counted).
 */
import { findRoot, union } from '../canon/kernel/unionFind.js';
import { EDGE_STRIDE, type Diagram } from '../diagram/diagram.js';

export interface EdgeOrbit {
  /** index of a representative edge */
  readonly representative: number;
  /** number of labelled edges in the orbit (parallel copies included) */
  readonly size: number;
  readonly colour: number;
}

/** `generators` act on nodes (H-node j ↦ j, p-node i ↦ nH + i), as in CanonicalForm. */
export function edgeOrbits(d: Diagram, generators: readonly Int32Array[]): EdgeOrbit[] {
  const m = d.edges.length / EDGE_STRIDE;
  const keyOf = (h: number, p: number, c: number) => (h * d.nP + p) * 256 + c;
  const index = new Map<number, number>(); // edge triple key → first edge index
  const parent = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const k = keyOf(d.edges[3 * e]!, d.edges[3 * e + 1]!, d.edges[3 * e + 2]!);
    const first = index.get(k);
    if (first === undefined) {
      index.set(k, e);
      parent[e] = e;
    } else parent[e] = first; // parallel copies share a class
  }
  for (const g of generators) {
    for (const [k, e] of index) {
      const c = k % 256;
      const hp = (k - c) / 256;
      const p = hp % d.nP;
      const h = (hp - p) / d.nP;
      const img = index.get(keyOf(g[h]!, g[d.nH + p]! - d.nH, c));
      if (img === undefined) throw new Error('edgeOrbits: generator is not an automorphism');
      union(parent, e, img);
    }
  }
  const sizes = new Map<number, number>();
  for (let e = 0; e < m; e++) {
    const r = findRoot(parent, e);
    sizes.set(r, (sizes.get(r) ?? 0) + 1);
  }
  return [...sizes].map(([representative, size]) => ({ representative, size, colour: d.edges[3 * representative + 2]! }));
}
