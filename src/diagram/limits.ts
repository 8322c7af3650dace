/**
 * Size limits of a diagram typed by the user (text or JSON, see docs/limits.md), checked while
 * parsing, before anything is allocated: at most {@link MAX_DIAGRAM_NODES} nodes and
 * {@link MAX_DIAGRAM_EDGES} edges. Diagrams built by the expansion are not subject to them.
 *
 * Why these numbers: E[G] multiplies Gaussian moments (r − 1)!! of up to all the edges, and the
 * exact programme bounds such products in doubles (below 2^1024: 255!! ≈ 2^850); every node of
 * the diagram appears in the printed text and in the falling-factorial table of E[G].
 */
import { InputError } from '../errors.js';

/** Largest number of nodes (H-nodes plus p-nodes, isolated ones included) of a user diagram. */
export const MAX_DIAGRAM_NODES = 256;

/** Largest number of edges (parallel copies counted) of a user diagram. */
export const MAX_DIAGRAM_EDGES = 256;

/** Throw {@link InputError} when `nodes` or `edges` exceed the limits; messages show the counts. */
export function checkDiagramSize(nodes: number, edges: number): void {
  if (nodes > MAX_DIAGRAM_NODES) throw new InputError(`diagram: ${nodes} nodes exceed the limit of ${MAX_DIAGRAM_NODES}`);
  if (edges > MAX_DIAGRAM_EDGES) throw new InputError(`diagram: ${edges} edges exceed the limit of ${MAX_DIAGRAM_EDGES}`);
}
