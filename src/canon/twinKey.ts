/**
 * An isomorphism-class key computed on the twin quotient: nodes of one kind with the same
 * multiset of (neighbour, colour) edges are twins, and any permutation of a twin class is an
 * automorphism. The canonical search runs on one node per twin class, coloured by the class size;
 * the canonical order of the classes, each expanded into consecutive positions, is a canonical
 * labelling of the whole diagram. Where a diagram has k twins the plain search needs about k²
 * nodes of its tree to find the symmetric group they generate; here it needs none.
 *
 * The key has the format of {@link certificateKey} (so {@link diagramOfKey} decodes it) and is
 * equal for two diagrams iff they are isomorphic, but its representative may differ from
 * `canonicalKey`'s: keys of the two functions must not be mixed.
 */
import { EDGE_STRIDE, checkPackable, freezeDiagram, packEdge, type Diagram } from '../diagram/index.js';
import { canonicalKey, searchInput } from './canonicalForm.js';
import { certificateKey } from './classKey.js';
import { canonicalSearch } from './kernel/search.js';

/**
 * Key of the isomorphism class of `d` (node kinds and edge colours respected, parallel edges
 * counted), through the twin quotient.
 *
 * @example
 * ```ts
 * // two p-nodes that are twins of each other, in two labellings
 * const a = makeDiagram(2, 2, [[0, 0, 0], [0, 1, 0], [1, 0, 1], [1, 1, 1]]);
 * const b = makeDiagram(2, 2, [[1, 1, 0], [1, 0, 0], [0, 1, 1], [0, 0, 1]]);
 * twinCanonicalKey(a) === twinCanonicalKey(b); // true
 * ```
 */
export function twinCanonicalKey(d: Diagram): string {
  checkPackable(d.nH, d.nP);
  const n = d.nH + d.nP;
  const cls = twinClasses(d);
  let classes = 0;
  for (let v = 0; v < n; v++) if (cls[v] === v) classes++;
  if (classes === n) return canonicalKey(d);

  // the quotient: one node per class (its first node), coloured by the class size
  const index = new Int32Array(n).fill(-1);
  const size = new Int32Array(n);
  let qH = 0;
  let qP = 0;
  for (let v = 0; v < n; v++) {
    size[cls[v]!]!++;
    if (cls[v] === v) index[v] = v < d.nH ? qH++ : qP++;
  }
  const e = d.edges;
  const kept: number[] = [];
  for (let i = 0; i < e.length; i += EDGE_STRIDE) {
    const h = e[i]!;
    const p = d.nH + e[i + 1]!;
    if (cls[h] === h && cls[p] === p) kept.push(index[h]!, index[p]!, e[i + 2]!);
  }
  const quotient = freezeDiagram(qH, qP, Int32Array.from(kept));
  const input = searchInput(quotient);
  const colour = new Int32Array(qH + qP);
  for (let v = 0; v < n; v++) if (cls[v] === v) colour[(v < d.nH ? 0 : qH) + index[v]!] = size[v]!;
  input.vertexColour = colour;
  const { position } = canonicalSearch(input);

  // expand: the classes in canonical order, each over consecutive positions
  const rep = new Int32Array(qH + qP);
  for (let v = 0; v < n; v++) if (cls[v] === v) rep[position[(v < d.nH ? 0 : qH) + index[v]!]!] = v;
  const start = new Int32Array(n);
  let at = 0;
  for (let a = 0; a < qH + qP; a++) {
    start[rep[a]!] = at;
    at += size[rep[a]!]!;
  }
  const pos = new Int32Array(n);
  for (let v = 0; v < n; v++) pos[v] = start[cls[v]!]!++;
  const cert = new Int32Array(e.length / EDGE_STRIDE);
  for (let i = 0, k = 0; i < e.length; i += EDGE_STRIDE, k++) {
    cert[k] = packEdge(pos[e[i]!]!, pos[d.nH + e[i + 1]!]! - d.nH, e[i + 2]!, d.nP);
  }
  cert.sort();
  return certificateKey(d.nH, d.nP, cert);
}

/**
 * Per node (H-nodes 0 … nH − 1, then p-nodes), the first node of its twin class: the first node
 * of the same kind with the same sorted list of (neighbour, colour) codes.
 */
function twinClasses(d: Diagram): Int32Array {
  const n = d.nH + d.nP;
  const e = d.edges;
  let colours = 1;
  for (let i = 2; i < e.length; i += EDGE_STRIDE) colours = Math.max(colours, e[i]! + 1);
  const degree = new Int32Array(n + 1);
  for (let i = 0; i < e.length; i += EDGE_STRIDE) {
    degree[e[i]! + 1]!++;
    degree[d.nH + e[i + 1]! + 1]!++;
  }
  for (let v = 0; v < n; v++) degree[v + 1]! += degree[v]!;
  const offset = degree; // offset[v] … offset[v + 1]: v's codes
  const fill = offset.slice(0, n);
  const codes = new Float64Array(offset[n]!);
  for (let i = 0; i < e.length; i += EDGE_STRIDE) {
    const h = e[i]!;
    const p = d.nH + e[i + 1]!;
    codes[fill[h]!++] = p * colours + e[i + 2]!;
    codes[fill[p]!++] = h * colours + e[i + 2]!;
  }
  return twinClassesOfRuns(d.nH, n, codes, offset);
}

/**
 * @internal Twin classes from per-node code runs: node v (H-nodes 0 … nH − 1, then p-nodes up
 * to n − 1) has the codes codes[offset[v] … offset[v + 1]) describing its edges (any encoding
 * in which equal multisets of codes mean equal neighbourhoods). Sorts each run in place and
 * returns, per node, the first node of the same kind with the same multiset of codes.
 */
export function twinClassesOfRuns(nH: number, n: number, codes: Float64Array, offset: Int32Array): Int32Array {
  for (let v = 0; v < n; v++) insertionSort(codes, offset[v]!, offset[v + 1]!);
  const cls = new Int32Array(n);
  const firsts: number[] = [];
  for (let v = 0; v < n; v++) {
    cls[v] = v;
    for (const u of firsts) {
      if (u < nH !== v < nH || !sameCodes(codes, offset, u, v)) continue;
      cls[v] = u;
      break;
    }
    if (cls[v] === v) firsts.push(v);
  }
  return cls;
}

/** Sorts a[from … to) in place (the runs are a node's few edges). */
function insertionSort(a: Float64Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= from && a[j]! > x) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
}

function sameCodes(codes: Float64Array, offset: Int32Array, u: number, v: number): boolean {
  const a = offset[u]!;
  const b = offset[v]!;
  const len = offset[u + 1]! - a;
  if (offset[v + 1]! - b !== len) return false;
  for (let t = 0; t < len; t++) if (codes[a + t] !== codes[b + t]) return false;
  return true;
}
