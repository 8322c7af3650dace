/**
 * E[G] in the falling-factorial basis (docs/conventions.md §"Wick expectation"):
 *   E[G] = σ^{2l} Σ_{ρ_H, ρ_p} (H)_{|ρ_H|} (p)_{|ρ_p|} Π_{(block_H, block_p, colour)} (r − 1)!!,
 * the sum over set partitions ρ_H of the H-nodes and ρ_p of the p-nodes, r the number of edges
 * between the two blocks with that colour (the product is 0 if some r is odd).
 *
 * Why: E[G] = Σ over index assignments of E[Π_edges u]; group the assignments by which nodes of
 * each side get equal indices (the partitions ρ_H, ρ_p). There are (H)_{|ρ_H|} (p)_{|ρ_p|}
 * assignments with exactly that equality pattern, and for each of them the product of weights
 * splits over distinct triples (k, i, colour) into independent Gaussian moments
 * E[u^r] = (r − 1)!! σ^r.
 *
 * Method: set partitions of one side (the one that makes Bell(n_outer)·3^{n_inner} smaller,
 * normally the side with fewer nodes) are enumerated as restricted growth strings; for each, the
 * sum over partitions of the other side is a subset dynamic programme, either over the even node
 * sets (kernel/blockPartitionSums.ts, cost 3^d with d the dimension of the GF(2) space of even
 * sets) or over multiplicity vectors of interchangeable nodes (kernel/typedPartitionSums.ts),
 * whichever is estimated cheaper. Isolated nodes are taken out first (each multiplies E[G] by
 * p or H). Exactness: each subset programme runs in doubles when its bound
 * Bell(n)·Π_j (colTotal_j − 1)!! is below 2^52, otherwise modulo enough primes below 2^26 and
 * the result is rebuilt by Chinese remaindering; totals are accumulated in doubles under a
 * running bound and flushed to BigInt before they could reach 2^52.
 */
import { InputError } from '../errors.js';
import { colourCounts, edgeCount, EDGE_STRIDE, type Diagram } from '../diagram/index.js';
import { bellNumber, log2Bell } from './bellNumbers.js';
import { EXACT_BITS } from './exactSums.js';
import { outerPartitionSteps, type OuterPartitionWork, type Programme } from './outerPartitionSums.js';
import { typedOuterSide, type TypedSide } from './typedOuterSide.js';

/** Largest number of nodes on the side handled by the subset programme (memory ≤ 2^n·(n+3) doubles). */
export const MAX_SUBSET_SIDE = 20;

/**
 * Refuse diagrams whose estimated work Bell(n_outer)·3^{n_inner} exceeds 2^this. Measured on the
 * 4-regular bipartite n × n diagrams (4n edges): 3 s at n = 10 (2^32.7), the time growing about
 * sixteenfold per 2^4, so about a minute at 2^37 and a quarter of an hour at n = 12 (2^41.0),
 * which is refused.
 */
export const MAX_LOG2_COST = 40;

/**
 * E[G] as integer counts in the falling-factorial basis:
 * E[G] = σ^{2·sigma2} Σ_{kH, kp} counts[kH][kp] (H)_{kH} (p)_{kp}.
 */
export interface WickCounts {
  /** counts[kH][kp] for kH = 0..nH, kp = 0..nP; all zero when E[G] = 0. */
  readonly counts: readonly (readonly bigint[])[];
  /** Half the number of edges l (the power of σ²). */
  readonly sigma2: number;
}

/** Estimated log2 of the work Bell(nOuter)·3^nInner when the side of nOuter nodes is enumerated. */
function log2Cost(nOuter: number, nInner: number): number {
  return log2Bell(nOuter) + nInner * Math.log2(3);
}

function zeroTable(nH: number, nP: number): bigint[][] {
  return Array.from({ length: nH + 1 }, () => new Array<bigint>(nP + 1).fill(0n));
}

/**
 * Multiply a falling-factorial table by x along one axis, `times` times:
 * x·(x)_k = (x)_{k+1} + k·(x)_k. Used for isolated nodes.
 */
function multiplyByVariable(table: bigint[][], axis: 0 | 1, times: number): bigint[][] {
  let t = table;
  for (let step = 0; step < times; step++) {
    const rows = axis === 0 ? t.length + 1 : t.length;
    const colsN = axis === 0 ? t[0]!.length : t[0]!.length + 1;
    const u = Array.from({ length: rows }, () => new Array<bigint>(colsN).fill(0n));
    for (let a = 0; a < t.length; a++) {
      for (let b = 0; b < t[a]!.length; b++) {
        const c = t[a]![b]!;
        if (c === 0n) continue;
        if (axis === 0) {
          u[a + 1]![b]! += c;
          u[a]![b]! += BigInt(a) * c;
        } else {
          u[a]![b + 1]! += c;
          u[a]![b]! += BigInt(b) * c;
        }
      }
    }
    t = u;
  }
  return t;
}

/**
 * E[G] in the falling-factorial basis, exact for any size the subset programme fits in memory
 * (the side it runs over has at most {@link MAX_SUBSET_SIDE} non-isolated nodes).
 *
 * All counts are non-negative integers; counts[kH][kp] is the number of pairs (matching M,
 * partitions ρ_H, ρ_p with kH, kp blocks) such that ρ_H, ρ_p are coarser than the classes of M.
 *
 * @throws InputError when both sides have more than {@link MAX_SUBSET_SIDE} non-isolated nodes,
 *   or when the estimated work Bell(n_outer)·3^{n_inner} exceeds 2^40 (e.g. 12 H-nodes and 12
 *   p-nodes with edges), unless the programme over type vectors is cheap (typedOuterSide.ts).
 * @example
 * ```ts
 * // SYM ν = 2, D_4: E = (p²H + pH² + pH)σ⁴ = ((H)_1(p)_2 + (H)_2(p)_1 + 3(H)_1(p)_1)σ⁴
 * wickCounts(diagramD(makeModel({ nu: 2, scenario: 'sym' }))).counts[1][1]; // 3n
 * ```
 */
export function wickCounts(d: Diagram): WickCounts {
  return wickCountsWith(d, {});
}

/** @internal Tuning switches of {@link wickCountsWith}, for tests of every code path. */
export interface WickOptions {
  /** Switch to modular arithmetic at bounds of 2^exactBits (≤ 52; 0: residues everywhere). */
  exactBits?: number;
  /** Subset programme: over even sets, over type vectors, or the cheaper one (default). */
  programme?: Programme;
  /** Outer side over type vectors when the set-partition estimate refuses (typedOuterSide.ts); default true. */
  typedSide?: boolean;
}

/** @internal {@link wickCounts} with tuning switches. */
export function wickCountsWith(d: Diagram, options: WickOptions): WickCounts {
  const steps = wickCountsSteps(d, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Progress of one expectation: the work counter of the sum over outer partitions
 * (outerPartitionSums.ts) and what was estimated before it started.
 */
export interface WickProgress extends OuterPartitionWork {
  /** Bell(n_outer): the number of partitions the sum enumerates */
  readonly partitionsTotal: number;
  /**
   * log2 of the work estimate the size check compares with its limit: Bell(n_outer)·3^{n_inner}
   * for the programme over even sets, the type-vector bound of typedOuterSide.ts otherwise
   */
  readonly log2Estimate: number;
}

/**
 * {@link wickCountsWith} in resumable slices (outerPartitionSteps in outerPartitionSums.ts): the
 * generator pauses every millisecond or so of work, yielding the progress so far, and returns the
 * counts. A caller that lets the event loop run at each pause stays responsive to signals.
 */
export function* wickCountsSteps(d: Diagram, options: WickOptions = {}): Generator<WickProgress, WickCounts, void> {
  const exactBits = options.exactBits ?? EXACT_BITS;
  const programme = options.programme ?? 'auto';
  if (!(exactBits <= EXACT_BITS)) throw new RangeError(`wick: exactBits must be at most ${EXACT_BITS}`);
  const m = edgeCount(d);
  const l = m / 2;
  if (colourCounts(d).some((n) => n % 2 !== 0)) return { counts: zeroTable(d.nH, d.nP), sigma2: Math.floor(l) };

  // Non-isolated nodes, renumbered.
  const degH = new Int32Array(d.nH);
  const degP = new Int32Array(d.nP);
  let nColours = 0;
  for (let e = 0; e < d.edges.length; e += EDGE_STRIDE) {
    degH[d.edges[e]!]!++;
    degP[d.edges[e + 1]!]!++;
    nColours = Math.max(nColours, d.edges[e + 2]! + 1);
  }
  const idH = new Int32Array(d.nH).fill(-1);
  const idP = new Int32Array(d.nP).fill(-1);
  let nH = 0;
  let nP = 0;
  for (let i = 0; i < d.nH; i++) if (degH[i]! > 0) idH[i] = nH++;
  for (let i = 0; i < d.nP; i++) if (degP[i]! > 0) idP[i] = nP++;

  let table: bigint[][];
  if (m === 0) {
    table = zeroTable(0, 0);
    table[0]![0] = 1n;
  } else {
    // Enumerate partitions of one side ("outer"), subset programme over the other ("inner").
    let hOuter =
      nP <= MAX_SUBSET_SIDE && (nH > MAX_SUBSET_SIDE || log2Cost(nH, nP) <= log2Cost(nP, nH));
    // Too much work by the estimate above: the programme over type vectors may still be cheap.
    let typed: TypedSide | null = null;
    const tooMuch = (hOuter ? nP : nH) > MAX_SUBSET_SIDE || log2Cost(hOuter ? nH : nP, hOuter ? nP : nH) > MAX_LOG2_COST;
    if (tooMuch && options.typedSide !== false) {
      typed = typedOuterSide(d, idH, idP, nH, nP, nColours);
      if (typed) hOuter = typed.side === 'H';
    }
    const nOuter = hOuter ? nH : nP;
    const nInner = hOuter ? nP : nH;
    if (!typed && nInner > MAX_SUBSET_SIDE) {
      throw new InputError(
        `wick: diagram too large (${nH} H-nodes and ${nP} p-nodes with edges; one side must have at most ${MAX_SUBSET_SIDE})`,
      );
    }
    if (!typed && log2Cost(nOuter, nInner) > MAX_LOG2_COST) {
      throw new InputError(
        `wick: diagram too large (${nH} H-nodes and ${nP} p-nodes with edges; estimated work above 2^${MAX_LOG2_COST})`,
      );
    }
    const edgeOuter = new Int32Array(m);
    const edgeInner = new Int32Array(m);
    const edgeColour = new Int32Array(m);
    for (let e = 0; e < m; e++) {
      const h = idH[d.edges[e * EDGE_STRIDE]!]!;
      const p = idP[d.edges[e * EDGE_STRIDE + 1]!]!;
      edgeOuter[e] = hOuter ? h : p;
      edgeInner[e] = hOuter ? p : h;
      edgeColour[e] = d.edges[e * EDGE_STRIDE + 2]!;
    }
    const inner: Programme = typed && nInner > MAX_SUBSET_SIDE ? 'types' : programme;
    const progress: WickProgress = { partitions: 0, steps: 0, partitionsTotal: bellNumber(nOuter), log2Estimate: typed ? typed.log2Work : log2Cost(nOuter, nInner) };
    const sums = yield* outerPartitionSteps({ nOuter, nInner, nColours, edgeOuter, edgeInner, edgeColour, exactBits, programme: inner }, progress);
    table = hOuter ? sums : transpose(sums, nOuter, nInner);
  }
  table = multiplyByVariable(table, 0, d.nH - nH);
  table = multiplyByVariable(table, 1, d.nP - nP);
  return { counts: table, sigma2: l };
}

function transpose(t: bigint[][], rows: number, cols: number): bigint[][] {
  return Array.from({ length: cols + 1 }, (_, b) => Array.from({ length: rows + 1 }, (_, a) => t[a]![b]!));
}
