/**
 * One term of the merge ⋆ (paper §3 "Diagram merging", App. B): remove edge `e` of G and edge
 * `e2` of G' (same colour), take the disjoint union and identify their H-endpoints and their
 * p-endpoints. This is the diagram of one term of Σ_u ∂G/∂u ∂G'/∂u.
 */
import { EDGE_STRIDE, freezeDiagram, type Diagram } from '../diagram/index.js';

export function mergeEdges(g: Diagram, e: number, g2: Diagram, e2: number): Diagram {
  const a = g.edges;
  const b = g2.edges;
  const h1 = a[e * EDGE_STRIDE]!;
  const p1 = a[e * EDGE_STRIDE + 1]!;
  const h2 = b[e2 * EDGE_STRIDE]!;
  const p2 = b[e2 * EDGE_STRIDE + 1]!;
  // node maps for G': its merged endpoints go onto G's, the others follow G's nodes
  const mapH = new Int32Array(g2.nH);
  for (let h = 0, next = g.nH; h < g2.nH; h++) mapH[h] = h === h2 ? h1 : next++;
  const mapP = new Int32Array(g2.nP);
  for (let p = 0, next = g.nP; p < g2.nP; p++) mapP[p] = p === p2 ? p1 : next++;
  const out = new Int32Array(a.length + b.length - 2 * EDGE_STRIDE);
  let o = 0;
  for (let i = 0; i < a.length; i += EDGE_STRIDE) {
    if (i === e * EDGE_STRIDE) continue;
    out[o++] = a[i]!;
    out[o++] = a[i + 1]!;
    out[o++] = a[i + 2]!;
  }
  for (let i = 0; i < b.length; i += EDGE_STRIDE) {
    if (i === e2 * EDGE_STRIDE) continue;
    out[o++] = mapH[b[i]!]!;
    out[o++] = mapP[b[i + 1]!]!;
    out[o++] = b[i + 2]!;
  }
  return freezeDiagram(g.nH + g2.nH - 1, g.nP + g2.nP - 1, out);
}
