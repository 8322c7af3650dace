/**
 * Exact canonical form of a diagram: node kinds (H / p) and edge colours are respected, colours
 * are never permuted, parallel edges count. Two diagrams are isomorphic iff their keys are equal.
 */
import { EDGE_STRIDE, freezeDiagram, type Diagram, checkPackable, unpackEdge } from '../diagram/index.js';
import { certificateKey, diagramOfKey } from './classKey.js';
import { mix32 } from './kernel/refine.js';
import { canonicalSearch, type SearchInput } from './kernel/search.js';

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

/** Hash of one edge colour; a pair label is the sum of the hashes of its parallel edges. */
export type ColourHash = (colour: number) => number;

const colourHash: ColourHash = (colour) => mix32(colour + 1);

/**
 * @internal Pack a diagram into the search input. The label of a node pair is the multiset hash
 * of the colours of its parallel edges: the int32 sum of their hashes, taken as 1 when that sum
 * is 0 (0 means "no edge"). The sum is complete before that substitution, so the label does not
 * depend on the order of the parallel edges. `hash` is replaceable for tests only.
 */
export function searchInput(d: Diagram, hash: ColourHash = colourHash): SearchInput {
  checkPackable(d.nH, d.nP);
  const n = d.nH + d.nP;
  const adj = new Int32Array(n * n);
  const e = d.edges;
  for (let i = 0; i < e.length; i += EDGE_STRIDE) {
    const at = e[i]! * n + d.nH + e[i + 1]!;
    adj[at] = (adj[at]! + hash(e[i + 2]!)) | 0;
  }
  for (let i = 0; i < e.length; i += EDGE_STRIDE) {
    const h = e[i]!;
    const p = d.nH + e[i + 1]!;
    if (adj[h * n + p] === 0) adj[h * n + p] = 1;
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
  const edges = new Int32Array(d.edges.length);
  const cert = r.certificate;
  for (let k = 0; k < cert.length; k++) unpackEdge(cert[k]!, d.nP, edges, EDGE_STRIDE * k);
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

/** Just the key (isomorphism invariant). */
export function canonicalKey(d: Diagram): string {
  return canonicalForm(d).key;
}

const NO_GENERATORS: readonly Int32Array[] = Object.freeze([]);

/**
 * @internal The canonical form of a class rebuilt from its key and automorphism group (without
 * a search): equal field by field to `canonicalForm` of any member, except that `generators` may
 * be another generating set of the same group. Without `generators` the group is trivial.
 */
export function formOfKey(key: string, automorphisms = 1n, generators: readonly Int32Array[] = NO_GENERATORS): CanonicalForm {
  return Object.freeze({ key, diagram: diagramOfKey(key), automorphisms, generators });
}
