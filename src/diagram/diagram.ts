/**
 * The diagram value (paper §3, App. B): a bipartite multigraph with H-nodes 0..nH−1, p-nodes
 * 0..nP−1 and coloured edges (h, p, colour), colour 0-based (colour m of the paper is m−1).
 * Parallel edges are allowed, colours are never permuted.
 *
 * This compact form is what the hot paths (canonical form, merge, Wick) work on; graphology
 * graphs are used at the API boundary (see `graph.ts`).
 */
import { InputError } from '../errors.js';
import { COLOUR_COUNT } from './packedEdge.js';

/** Stride of the flat edge array: [h, p, colour] per edge. */
export const EDGE_STRIDE = 3;

export interface Diagram {
  /** Number of H-nodes (hidden indices k). */
  readonly nH: number;
  /** Number of p-nodes (input indices i). */
  readonly nP: number;
  /** Flat triples [h, p, colour]; length 3·edgeCount. Never mutated after creation. */
  readonly edges: Int32Array;
}

/** Number of edges. */
export function edgeCount(d: Diagram): number {
  return d.edges.length / EDGE_STRIDE;
}

/**
 * Build a diagram from edge triples, checking node indices and colours.
 *
 * @example
 * ```ts
 * // D_4 in SYM (one colour): two H-nodes, two p-nodes, each p-node joined to both H-nodes.
 * const d4 = makeDiagram(2, 2, [[0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0]]);
 * formatDiagram(d4); // 'h1-p1 h2-p1 h1-p2 h2-p2'
 * ```
 */
export function makeDiagram(nH: number, nP: number, edges: Iterable<readonly [number, number, number]>): Diagram {
  if (!Number.isInteger(nH) || nH < 0 || !Number.isInteger(nP) || nP < 0) {
    throw new InputError(`diagram: node counts must be non-negative integers (got H=${nH}, p=${nP})`);
  }
  const flat: number[] = [];
  for (const [h, p, c] of edges) {
    if (!Number.isInteger(h) || h < 0 || h >= nH) throw new InputError(`diagram: edge H-endpoint ${h} outside 0..${nH - 1}`);
    if (!Number.isInteger(p) || p < 0 || p >= nP) throw new InputError(`diagram: edge p-endpoint ${p} outside 0..${nP - 1}`);
    if (!Number.isInteger(c) || c < 0 || c >= COLOUR_COUNT) throw new InputError(`diagram: edge colour ${c + 1} outside 1..${COLOUR_COUNT}`);
    flat.push(h, p, c);
  }
  return freezeDiagram(nH, nP, Int32Array.from(flat));
}

/** @internal Wrap an edge array that the caller will never mutate again. */
export function freezeDiagram(nH: number, nP: number, edges: Int32Array): Diagram {
  return Object.freeze({ nH, nP, edges });
}

/** Edge triples as plain arrays (colour 0-based). */
export function edgeList(d: Diagram): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let e = 0; e < d.edges.length; e += EDGE_STRIDE) out.push([d.edges[e]!, d.edges[e + 1]!, d.edges[e + 2]!]);
  return out;
}

/** Number of edges of each colour (index = colour). */
export function colourCounts(d: Diagram): number[] {
  const out: number[] = [];
  for (let e = 2; e < d.edges.length; e += EDGE_STRIDE) {
    const c = d.edges[e]!;
    while (out.length <= c) out.push(0);
    out[c]!++;
  }
  return out;
}
