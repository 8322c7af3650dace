/**
 * The outer loop of the set-partition form of Wick's theorem (wickCounts.ts): set partitions ρ
 * of the outer side are enumerated as restricted growth strings; for each, the edges are grouped
 * into columns (block of ρ, colour), every inner node gets its row of edge counts per column,
 * and the sum over partitions of the inner side is left to a subset programme
 * (kernel/partitionSumKernel.ts). Its results are added up exactly by exactSums.ts.
 *
 * Kernel choice: each kernel's plan estimates its work in steps of the programme over even sets
 * (3^d for blockPartitionSums.ts, 2·Π_t (m_t + 1)(m_t + 2)/2 for typedPartitionSums.ts), and the
 * cheapest plan runs. Kernels are planned in order (even sets first: its plan is one GF(2)
 * elimination). Once the best plan costs fewer than {@link MIN_COST_TO_COMPARE} steps, planning
 * another kernel (sorting the rows, O(n²·cols)) would cost about as much as it could save, and
 * the remaining kernels are not planned. Every kernel gives the same exact result, so the choice
 * affects only the time.
 */
import { log2Bell } from './bellNumbers.js';
import { ExactSums } from './exactSums.js';
import { BlockPartitionSums } from './kernel/blockPartitionSums.js';
import type { InnerRows, PartitionSumKernel } from './kernel/partitionSumKernel.js';
import { firstRestrictedGrowth, nextRestrictedGrowth } from './kernel/restrictedGrowth.js';
import { TypedPartitionSums } from './kernel/typedPartitionSums.js';

/** Plans costing fewer steps than this (3^6) are run without planning further kernels. */
export const MIN_COST_TO_COMPARE = 3 ** 6;

/** Which subset programme to run: over even sets, over type vectors, or the cheaper plan. */
export type Programme = 'sets' | 'types' | 'auto';

/** The bipartite multigraph between the outer and the inner side, packed in typed arrays. */
export interface OuterPartitionOptions {
  /** Number of outer nodes (all with edges). */
  nOuter: number;
  /** Number of inner nodes (all with edges, ≤ 20; ≤ 28 with programme "types"). */
  nInner: number;
  /** Colours are 0..nColours − 1. */
  nColours: number;
  /** Edge e joins outer node edgeOuter[e] and inner node edgeInner[e] with colour edgeColour[e]. */
  edgeOuter: Int32Array;
  edgeInner: Int32Array;
  edgeColour: Int32Array;
  /** Bound (log2) above which kernel results are computed modulo primes (exactSums.ts). */
  exactBits: number;
  programme: Programme;
}

/** (r − 1)!! for even r, 0 for odd r, r = 0..maxR, as exact BigInt. */
function doubleFactorials(maxR: number): bigint[] {
  const out: bigint[] = [];
  for (let r = 0; r <= maxR; r++) out.push(r % 2 === 1 ? 0n : r === 0 ? 1n : out[r - 2]! * BigInt(r - 1));
  return out;
}

/** The kernels, each with its own scratch space, reused from one diagram to the next. */
const blockKernel = new BlockPartitionSums();
const typedKernel = new TypedPartitionSums();
const KERNELS: Readonly<Record<Programme, readonly PartitionSumKernel[]>> = {
  sets: [blockKernel],
  types: [typedKernel],
  auto: [blockKernel, typedKernel],
};

/**
 * Plan the kernels in order and return the one with the cheapest plan (module header); on equal
 * estimates the earlier kernel wins.
 */
export function cheapestPlan(kernels: readonly PartitionSumKernel[], rows: InnerRows): PartitionSumKernel {
  return cheapestPlanWithCost(kernels, rows).kernel;
}

/** {@link cheapestPlan} with the estimated work of the chosen plan (inner-loop steps). */
function cheapestPlanWithCost(kernels: readonly PartitionSumKernel[], rows: InnerRows): { kernel: PartitionSumKernel; cost: number } {
  let kernel = kernels[0]!;
  let cost = kernel.plan(rows);
  for (let i = 1; i < kernels.length && cost >= MIN_COST_TO_COMPARE; i++) {
    const c = kernels[i]!.plan(rows);
    if (c < cost) {
      kernel = kernels[i]!;
      cost = c;
    }
  }
  return { kernel, cost };
}

/**
 * Work done so far by a sum over outer partitions: partitions of the outer side enumerated, and
 * the kernel steps of their plans (each plan's own estimate, counted once per partition, whatever
 * the number of primes it then runs with).
 */
export interface OuterPartitionWork {
  partitions: number;
  steps: number;
}

/**
 * Kernel steps between two pauses of {@link outerPartitionSteps}: a few milliseconds of work, so
 * that a caller that lets the event loop run at each pause does so promptly.
 */
const PAUSE_STEPS = 2 ** 18;
/** Partitions between two pauses when their kernels are cheap. */
const PAUSE_PARTITIONS = 4096;

/**
 * table[kOuter][kInner] = Σ over partitions ρ_outer (kOuter blocks), ρ_inner (kInner blocks) of
 * Π_{(outer block, inner block, colour)} (r − 1)!!, r the number of edges between the two blocks
 * with that colour.
 *
 * @example
 * ```ts
 * // one outer node joined by two edges to each of two inner nodes: 3!! = 3 for one inner block
 * const sums = sumOverOuterPartitions({ nOuter: 1, nInner: 2, nColours: 1, edgeOuter: Int32Array.of(0, 0, 0, 0),
 *   edgeInner: Int32Array.of(0, 0, 1, 1), edgeColour: Int32Array.of(0, 0, 0, 0), exactBits: 52, programme: 'auto' });
 * sums; // [[0n, 0n, 0n], [0n, 3n, 1n]]
 * ```
 */
export function sumOverOuterPartitions(options: OuterPartitionOptions): bigint[][] {
  const steps = outerPartitionSteps(options, { partitions: 0, steps: 0 });
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * {@link sumOverOuterPartitions} in resumable slices: the generator pauses (yielding `work`, updated
 * in place) after about {@link PAUSE_STEPS} kernel steps or {@link PAUSE_PARTITIONS} partitions,
 * and once more with the final count, and returns the table. Between two pauses nothing is shared with other callers, so slices of
 * several sums may interleave.
 */
export function* outerPartitionSteps<W extends OuterPartitionWork>(options: OuterPartitionOptions, work: W): Generator<W, bigint[][], void> {
  const { nOuter, nInner, nColours, edgeOuter, edgeInner, edgeColour, exactBits, programme } = options;
  const m = edgeOuter.length;
  const dfExact = doubleFactorials(m);
  const log2Df = dfExact.map((x) => (x === 0n ? 0 : Math.log2(Number(x))));
  const sums = new ExactSums({ rows: nOuter + 1, cols: nInner + 1, doubleFactorials: dfExact, exactBits });

  const maxCols = Math.min(nOuter * nColours, m);
  const kernels = KERNELS[programme];
  const rows: InnerRows = { n: nInner, cols: 0, counts: new Int32Array(nInner * maxCols) };
  const counts = rows.counts;

  const rgs = new Int32Array(nOuter);
  const prefixMax = new Int32Array(nOuter);
  const colIndex = new Int32Array(nOuter * nColours);
  const colTotal = new Int32Array(maxCols);
  const edgeCol = new Int32Array(m);
  const log2BellInner = log2Bell(nInner);

  let pauseAtSteps = work.steps + PAUSE_STEPS;
  let pauseAtPartitions = work.partitions + PAUSE_PARTITIONS;
  try {
    firstRestrictedGrowth(rgs, prefixMax, nOuter);
    do {
      if (work.steps >= pauseAtSteps || work.partitions >= pauseAtPartitions) {
        yield work;
        pauseAtSteps = work.steps + PAUSE_STEPS;
        pauseAtPartitions = work.partitions + PAUSE_PARTITIONS;
      }
      work.partitions++;
      const kOuter = prefixMax[nOuter - 1]! + 1;
      // Columns = (outer block, colour) pairs that carry edges.
      colIndex.fill(-1, 0, kOuter * nColours);
      let cols = 0;
      for (let e = 0; e < m; e++) {
        const key = rgs[edgeOuter[e]!]! * nColours + edgeColour[e]!;
        let j = colIndex[key]!;
        if (j < 0) colIndex[key] = j = cols++;
        edgeCol[e] = j;
      }
      counts.fill(0, 0, nInner * cols);
      colTotal.fill(0, 0, cols);
      for (let e = 0; e < m; e++) {
        counts[edgeInner[e]! * cols + edgeCol[e]!]!++;
        colTotal[edgeCol[e]!]!++;
      }
      // Every kernel value is ≤ Bell(nInner)·Π_j (colTotal_j − 1)!!; an odd column total gives 0.
      let anyOdd = false;
      let log2Bound = log2BellInner;
      for (let j = 0; j < cols; j++) {
        if (colTotal[j]! & 1) {
          anyOdd = true;
          break;
        }
        log2Bound += log2Df[colTotal[j]!]!;
      }
      if (anyOdd) continue;

      rows.cols = cols;
      const { kernel, cost } = cheapestPlanWithCost(kernels, rows);
      work.steps += cost;
      sums.add(kOuter, log2Bound, kernel);
    } while (nextRestrictedGrowth(rgs, prefixMax, nOuter));
    yield work; // the final count
  } finally {
    for (const kernel of kernels) kernel.release();
  }
  return sums.result();
}
