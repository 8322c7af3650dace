/**
 * Which side to enumerate when the estimate Bell(n_outer)·3^{n_inner} of wickCounts.ts is too
 * large (or both sides have more than 20 nodes), but the inner nodes come in few types: in the
 * loss-power diagrams of SYM ν = 5, 6 (6 H-nodes, 21 p-nodes of degree 2, 42 edges) the p-nodes
 * joined to the same pair of H-nodes are interchangeable, and the programme over type vectors
 * (kernel/typedPartitionSums.ts) costs Π_t (m_t + 1)(m_t + 2)/2 per partition of the H-nodes,
 * far below 3^21.
 *
 * Bound: for each partition of the outer side, the inner nodes are typed by their rows of edge
 * counts per (outer block, colour). Coarsening the outer partition adds columns together, so
 * equal rows stay equal and types only merge; merging types of sizes a, b ≥ 1 never raises
 * the cost, as C(a + b + 2, 2) ≤ C(a + 2, 2)·C(b + 2, 2), nor the box Π_t (m_t + 1) (memory). The
 * finest partition (every outer node a block) therefore bounds every plan, and the whole sum
 * costs at most Bell(n_outer) times its plan.
 */
import { EDGE_STRIDE, type Diagram } from '../diagram/index.js';
import { log2Bell } from './bellNumbers.js';
import { groupEqualRows } from './kernel/groupEqualRows.js';

/**
 * Largest inner side for the programme over type vectors: its binomials C(n, b) must stay below
 * the moduli (primes above 2^25.99), and C(28, 14) < 2^26 ≤ C(29, 14).
 */
export const MAX_TYPED_SIDE = 28;

/**
 * Largest accepted work bound (log2). The bound is loose (most partitions are much coarser than
 * the finest), but it grows like the real work: about 0.3 s at 2^33 (SYM ν = 5, 6 H-nodes,
 * 21 p-nodes), about a minute at 2^39.
 */
export const MAX_LOG2_TYPED_WORK = 36;

/** Largest box Π_t (m_t + 1)·(n + 1) (doubles of the programme's table) accepted: 2^24 (128 MiB). */
const MAX_LOG2_BOX = 24;

/** log2 of the work bound (module header) with the given side outer, and of the box size. */
function typedBound(
  nOuter: number,
  nInner: number,
  nColours: number,
  edgeOuter: Int32Array,
  edgeInner: Int32Array,
  edgeColour: Int32Array,
): { log2Work: number; log2Box: number } {
  const cols = nOuter * nColours;
  const counts = new Int32Array(nInner * cols);
  for (let e = 0; e < edgeOuter.length; e++) counts[edgeInner[e]! * cols + edgeOuter[e]! * nColours + edgeColour[e]!]!++;
  const mult = new Int32Array(nInner);
  const T = groupEqualRows(nInner, cols, counts, new Int32Array(nInner), new Int32Array(nInner * cols), mult);
  let log2Work = log2Bell(nOuter) + 1; // STEP_COST 2 of kernel/typedPartitionSums.ts
  let log2Box = Math.log2(nInner + 1);
  for (let t = 0; t < T; t++) {
    const m = mult[t]!;
    log2Work += Math.log2(((m + 1) * (m + 2)) / 2);
    log2Box += Math.log2(m + 1);
  }
  return { log2Work, log2Box };
}

/** The outer side chosen for the programme over type vectors, and log2 of its work bound. */
export interface TypedSide {
  readonly side: 'H' | 'p';
  readonly log2Work: number;
}

/**
 * The outer side ('H' or 'p') for which the programme over type vectors has the smaller work
 * bound (with that bound), when that bound is at most 2^{@link MAX_LOG2_TYPED_WORK}, its box at most 2^24 doubles and its inner
 * side at most {@link MAX_TYPED_SIDE} nodes; null when neither side qualifies. idH, idP number
 * the non-isolated nodes 0..nH−1, 0..nP−1 (−1 for isolated nodes).
 *
 * @example
 * ```ts
 * // 1 H-node, 22 p-nodes each joined to it by two edges: one type of 22 p-nodes, work 2·C(24, 2)
 * const flower = makeDiagram(1, 22, Array.from({ length: 44 }, (_, e) => [0, e >> 1, 0] as [number, number, number]));
 * typedOuterSide(flower, Int32Array.of(0), Int32Array.from({ length: 22 }, (_, i) => i), 1, 22, 1)?.side; // 'H'
 * ```
 */
export function typedOuterSide(
  d: Diagram,
  idH: Int32Array,
  idP: Int32Array,
  nH: number,
  nP: number,
  nColours: number,
): TypedSide | null {
  const m = d.edges.length / EDGE_STRIDE;
  const edgeH = new Int32Array(m);
  const edgeP = new Int32Array(m);
  const edgeColour = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    edgeH[e] = idH[d.edges[e * EDGE_STRIDE]!]!;
    edgeP[e] = idP[d.edges[e * EDGE_STRIDE + 1]!]!;
    edgeColour[e] = d.edges[e * EDGE_STRIDE + 2]!;
  }
  let best: 'H' | 'p' | null = null;
  let bestWork = MAX_LOG2_TYPED_WORK;
  const candidates: ['H' | 'p', number, number, Int32Array, Int32Array][] = [
    ['H', nH, nP, edgeH, edgeP],
    ['p', nP, nH, edgeP, edgeH],
  ];
  for (const [side, nOuter, nInner, edgeOuter, edgeInner] of candidates) {
    if (nInner > MAX_TYPED_SIDE || nOuter > 64) continue;
    const { log2Work, log2Box } = typedBound(nOuter, nInner, nColours, edgeOuter, edgeInner, edgeColour);
    if (log2Box <= MAX_LOG2_BOX && log2Work <= bestWork) {
      best = side;
      bestWork = log2Work;
    }
  }
  return best === null ? null : { side: best, log2Work: bestWork };
}
