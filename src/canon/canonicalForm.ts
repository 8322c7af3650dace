/**
 * Exact canonical form of a diagram: node kinds (H / p) and edge colours are respected, colours
 * are never permuted, parallel edges count. Two diagrams are isomorphic iff their keys are equal.
 */
import { EDGE_STRIDE, freezeDiagram, type Diagram } from '../diagram/diagram.js';
import { mix32 } from './kernel/refine.js';
import { canonicalSearch } from './kernel/search.js';

export interface CanonicalForm {
  /** Isomorphism-class key: equal iff the diagrams are isomorphic. */
  readonly key: string;
  /** The diagram relabelled canonically (edges sorted). */
  readonly diagram: Diagram;
  /**
   * Order of the automorphism group: permutations of H-nodes and of p-nodes that preserve every
   * (H-node, p-node, colour) edge multiplicity.
   */
  readonly automorphisms: bigint;
  /**
   * Generators of that group acting on the canonical diagram's nodes: H-node j is vertex j,
   * p-node i is vertex nH + i.
   */
  readonly generators: readonly Int32Array[];
}

/** Pack a diagram into the search input (pair labels are multiset hashes of colours). */
function searchInput(d: Diagram) {
  const n = d.nH + d.nP;
  const adj = new Int32Array(n * n);
  const e = d.edges;
  for (let i = 0; i < e.length; i += EDGE_STRIDE) {
    const h = e[i]!;
    const p = d.nH + e[i + 1]!;
    const code = (adj[h * n + p]! + mix32(e[i + 2]! + 1)) | 0;
    adj[h * n + p] = code === 0 ? 1 : code;
    adj[p * n + h] = adj[h * n + p]!;
  }
  return { n, nH: d.nH, adj, edges: d.edges };
}

/**
 * Canonical labelling, automorphism-group order and generators.
 *
 * @example
 * ```ts
 * const a = canonicalForm(makeDiagram(2, 1, [[0, 0, 0], [1, 0, 1]]));
 * const b = canonicalForm(makeDiagram(2, 1, [[1, 0, 0], [0, 0, 1]]));
 * a.key === b.key; // true
 * ```
 */
export function canonicalForm(d: Diagram): CanonicalForm {
  const input = searchInput(d);
  const r = canonicalSearch(input);
  const nP = d.nP;
  const edges = new Int32Array(d.edges.length);
  const cert = r.certificate;
  for (let k = 0; k < cert.length; k++) {
    const c = cert[k]!;
    const hp = c >>> 8;
    edges[3 * k] = Math.floor(hp / nP);
    edges[3 * k + 1] = hp % nP;
    edges[3 * k + 2] = c & 255;
  }
  const diagram = freezeDiagram(d.nH, d.nP, edges);
  // conjugate generators into the canonical labelling: g' = pos ∘ g ∘ pos⁻¹
  const n = input.n;
  const generators = r.generators.map((g) => {
    const out = new Int32Array(n);
    for (let v = 0; v < n; v++) out[r.position[v]!] = r.position[g[v]!]!;
    return out;
  });
  return Object.freeze({ key: certificateKey(d.nH, d.nP, cert), diagram, automorphisms: r.groupOrder, generators });
}

function certificateKey(nH: number, nP: number, cert: Int32Array): string {
  return `${nH}.${nP}:${cert.join(',')}`;
}

/** Just the key (isomorphism invariant). */
export function canonicalKey(d: Diagram): string {
  return canonicalForm(d).key;
}
