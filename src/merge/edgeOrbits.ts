/**
 * Orbits of labelled edges under the node automorphisms of a diagram. Merging G with G' through
 * any two edges of the same orbits gives isomorphic diagrams, so ⋆ needs one representative per
 * pair of orbits, weighted by the orbit sizes (parallel edges counted).
 */
import { EDGE_STRIDE, type Diagram, checkPackable, packEdge, packedColour, packedH, packedP } from '../diagram/index.js';
import { UnionFind } from '../unionFind.js';

export interface EdgeOrbit {
  /** index of a representative edge */
  readonly representative: number;
  /** number of labelled edges in the orbit (parallel copies included) */
  readonly size: number;
  readonly colour: number;
}

/** `generators` act on nodes (H-node j ↦ j, p-node i ↦ nH + i), as in CanonicalForm. */
export function edgeOrbits(d: Diagram, generators: readonly Int32Array[]): EdgeOrbit[] {
  const { nH, nP, edges } = d;
  checkPackable(nH, nP);
  const m = edges.length / EDGE_STRIDE;
  const index = new Map<number, number>(); // packed edge → first edge index
  const uf = new UnionFind(m);
  for (let e = 0; e < m; e++) {
    const k = packEdge(edges[EDGE_STRIDE * e]!, edges[EDGE_STRIDE * e + 1]!, edges[EDGE_STRIDE * e + 2]!, nP);
    const first = index.get(k);
    if (first === undefined) index.set(k, e);
    else uf.union(e, first); // parallel copies share a class
  }
  for (const g of generators) {
    for (const [k, e] of index) {
      const img = index.get(packEdge(g[packedH(k, nP)]!, g[nH + packedP(k, nP)]! - nH, packedColour(k), nP));
      if (img === undefined) throw new Error('edgeOrbits: generator is not an automorphism');
      uf.union(e, img);
    }
  }
  const sizes = new Map<number, number>();
  for (let e = 0; e < m; e++) {
    const r = uf.find(e);
    sizes.set(r, (sizes.get(r) ?? 0) + 1);
  }
  return [...sizes].map(([representative, size]) => ({ representative, size, colour: edges[EDGE_STRIDE * representative + 2]! }));
}
