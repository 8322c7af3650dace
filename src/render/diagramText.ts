/**
 * Multi-line plain-text description of a diagram with node degrees and colour counts (the
 * one-line form is `formatDiagram` of `diagram/syntax.ts`).
 */
import { colourCounts, EDGE_STRIDE, edgeCount, type Diagram, formatDiagram } from '../diagram/index.js';

/**
 * Multi-line description:
 *
 * ```text
 * H-nodes: 2, p-nodes: 2, edges: 4
 * colours: 1×2 2×2
 * H-degrees: h1:2 h2:2
 * p-degrees: p1:2 p2:2
 * edges: h1-p1 h2-p1 h1-p2:2 h2-p2:2
 * ```
 *
 * Colours are 1-based; colours with no edge are omitted.
 */
export function describeDiagram(d: Diagram): string {
  const degH = new Array<number>(d.nH).fill(0);
  const degP = new Array<number>(d.nP).fill(0);
  for (let e = 0; e < d.edges.length; e += EDGE_STRIDE) {
    degH[d.edges[e]!]!++;
    degP[d.edges[e + 1]!]!++;
  }
  const colours = colourCounts(d)
    .map((n, c) => (n > 0 ? `${c + 1}×${n}` : ''))
    .filter((s) => s !== '');
  const degrees = (prefix: string, deg: number[]): string => (deg.length ? deg.map((k, i) => `${prefix}${i + 1}:${k}`).join(' ') : '(none)');
  return [
    `H-nodes: ${d.nH}, p-nodes: ${d.nP}, edges: ${edgeCount(d)}`,
    `colours: ${colours.length ? colours.join(' ') : '(none)'}`,
    `H-degrees: ${degrees('h', degH)}`,
    `p-degrees: ${degrees('p', degP)}`,
    `edges: ${formatDiagram(d)}`,
  ].join('\n');
}
