/**
 * E[G] in the falling-factorial basis (GUIDE "Expectation (Wick)"):
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
import { colourCounts, edgeCount, EDGE_STRIDE, type Diagram } from '../diagram/diagram.js';
import { blockPartitionSums } from './kernel/blockPartitionSums.js';
import { evenSubsetBasis } from './kernel/evenSubsetBasis.js';
import { typedPartitionSums } from './kernel/typedPartitionSums.js';
import { groupEqualRows } from './kernel/groupEqualRows.js';
import { firstRestrictedGrowth, nextRestrictedGrowth } from './kernel/restrictedGrowth.js';
import { chineseRemainder, modularPrime, primesForBits } from './modularPrimes.js';

/** Largest number of nodes on the side handled by the subset programme (memory ≤ 2^n·(n+3) doubles). */
export const MAX_SUBSET_SIDE = 20;

/** Refuse diagrams whose estimated work Bell(n_outer)·3^{n_inner} exceeds 2^this. */
const MAX_LOG2_COST = 44;

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

// ---------------------------------------------------------------------------------------------
// Tables

/** Bell numbers B_0..B_n (exact). */
function bellNumbers(n: number): bigint[] {
  // Bell triangle.
  const out: bigint[] = [1n];
  let row: bigint[] = [1n];
  for (let i = 1; i <= n; i++) {
    const next: bigint[] = [row[row.length - 1]!];
    for (const x of row) next.push(next[next.length - 1]! + x);
    out.push(next[0]!);
    row = next;
  }
  return out;
}

const LOG2_BELL = bellNumbers(64).map((b) => Math.log2(Number(b)));

/** (r − 1)!! for even r, 0 for odd r, r = 0..maxR, as exact BigInt. */
function doubleFactorials(maxR: number): bigint[] {
  const out: bigint[] = [];
  for (let r = 0; r <= maxR; r++) out.push(r % 2 === 1 ? 0n : r === 0 ? 1n : out[r - 2]! * BigInt(r - 1));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scratch buffers shared by all calls (single-threaded), grown on demand.

// Buffers above KEEP_ENTRIES entries are dropped after each call.

const KEEP_ENTRIES = 2 ** 20;
let wBuf = new Float64Array(0);
let fBuf = new Float64Array(0);
let setBuf = new Int32Array(0);
let rangeBuf = new Int32Array(0);

/** Scratch for a subset programme over `states` states of n nodes. */
function ensureScratch(states: number, n: number): void {
  if (wBuf.length < states) wBuf = new Float64Array(states);
  if (setBuf.length < states) setBuf = new Int32Array(states);
  if (rangeBuf.length < states) rangeBuf = new Int32Array(states);
  if (fBuf.length < states * (n + 1)) fBuf = new Float64Array(states * (n + 1));
}

function releaseLargeScratch(): void {
  if (fBuf.length > KEEP_ENTRIES) {
    wBuf = new Float64Array(0);
    fBuf = new Float64Array(0);
    setBuf = new Int32Array(0);
    rangeBuf = new Int32Array(0);
  }
}

// ---------------------------------------------------------------------------------------------

/** Estimated log2 of the work Bell(nS)·3^nL when the side of nS nodes is enumerated. */
function log2Cost(nS: number, nL: number): number {
  return LOG2_BELL[nS]! + nL * Math.log2(3);
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
 *   or when the estimated work Bell(n_outer)·3^{n_inner} exceeds 2^44 (e.g. 12 H-nodes and 12
 *   p-nodes with edges).
 * @example
 * ```ts
 * // SYM ν = 2, D_4: E = (p²H + pH² + pH)σ⁴ = ((H)_1(p)_2 + (H)_2(p)_1 + 3(H)_1(p)_1)σ⁴
 * wickCounts(diagramD(makeModel({ nu: 2, scenario: 'sym' }))).counts[1][1]; // 3n
 * ```
 */
export function wickCounts(d: Diagram): WickCounts {
  return wickCountsWith(d, {});
}

/** Bound (log2) under which doubles are exact with a safety factor 2. */
const EXACT_BITS = 52;

/** @internal Tuning switches of {@link wickCountsWith}, for tests of every code path. */
export interface WickOptions {
  /** Switch to modular arithmetic at bounds of 2^exactBits (≤ 52; 0: residues everywhere). */
  exactBits?: number;
  /** Subset programme: over even sets, over type vectors, or the cheaper one (default). */
  programme?: 'sets' | 'types' | 'auto';
}

/** @internal {@link wickCounts} with tuning switches. */
export function wickCountsWith(d: Diagram, options: WickOptions): WickCounts {
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
    const hOuter =
      nP <= MAX_SUBSET_SIDE && (nH > MAX_SUBSET_SIDE || log2Cost(nH, nP) <= log2Cost(nP, nH));
    const nS = hOuter ? nH : nP;
    const nL = hOuter ? nP : nH;
    if (nL > MAX_SUBSET_SIDE) {
      throw new InputError(
        `wick: diagram too large (${nH} H-nodes and ${nP} p-nodes with edges; one side must have at most ${MAX_SUBSET_SIDE})`,
      );
    }
    if (log2Cost(nS, nL) > MAX_LOG2_COST) {
      throw new InputError(
        `wick: diagram too large (${nH} H-nodes and ${nP} p-nodes with edges; estimated work above 2^${MAX_LOG2_COST})`,
      );
    }
    const eS = new Int32Array(m);
    const eL = new Int32Array(m);
    const eC = new Int32Array(m);
    for (let e = 0; e < m; e++) {
      const h = idH[d.edges[e * EDGE_STRIDE]!]!;
      const p = idP[d.edges[e * EDGE_STRIDE + 1]!]!;
      eS[e] = hOuter ? h : p;
      eL[e] = hOuter ? p : h;
      eC[e] = d.edges[e * EDGE_STRIDE + 2]!;
    }
    let sl: bigint[][];
    try {
      sl = sumOverOuterPartitions(nS, nL, nColours, eS, eL, eC, exactBits, programme);
    } finally {
      releaseLargeScratch();
    }
    table = hOuter ? sl : transpose(sl, nS, nL);
  }
  table = multiplyByVariable(table, 0, d.nH - nH);
  table = multiplyByVariable(table, 1, d.nP - nP);
  return { counts: table, sigma2: l };
}

function transpose(t: bigint[][], rows: number, cols: number): bigint[][] {
  return Array.from({ length: cols + 1 }, (_, b) => Array.from({ length: rows + 1 }, (_, a) => t[a]![b]!));
}

/**
 * table[kS][kL] = Σ over partitions ρ_S (kS blocks), ρ_L (kL blocks) of Π (r − 1)!!.
 * Edges e join outer node eS[e] and inner node eL[e] with colour eC[e].
 */
function sumOverOuterPartitions(
  nS: number,
  nL: number,
  nColours: number,
  eS: Int32Array,
  eL: Int32Array,
  eC: Int32Array,
  exactBits: number,
  programme: 'sets' | 'types' | 'auto',
): bigint[][] {
  const m = eS.length;
  const table = zeroTable(nS, nL);
  const dfExact = doubleFactorials(m);
  const dfDouble = Float64Array.from(dfExact, (x) => Number(x));
  const log2Df = dfExact.map((x) => (x === 0n ? 0 : Math.log2(Number(x))));
  const dfModCache = new Map<number, Float64Array>();
  const dfMod = (prime: number): Float64Array => {
    let t = dfModCache.get(prime);
    if (!t) {
      t = Float64Array.from(dfExact, (x) => Number(x % BigInt(prime)));
      dfModCache.set(prime, t);
    }
    return t;
  };
  // C(a, b) ≤ C(20, 10) < 2^26: the same table serves exact and modular arithmetic.
  const n1 = nL + 1;
  const binomial = new Float64Array(n1 * n1);
  for (let a = 0; a <= nL; a++) {
    binomial[a * n1] = 1;
    for (let b = 1; b <= a; b++) binomial[a * n1 + b] = binomial[(a - 1) * n1 + b - 1]! + binomial[(a - 1) * n1 + b]!;
  }

  const auto = programme === 'auto';
  const forceTypes = programme === 'types';
  const rgs = new Int32Array(nS);
  const prefixMax = new Int32Array(nS);
  const colIndex = new Int32Array(nS * nColours);
  const maxCols = Math.min(nS * nColours, m);
  const counts = new Int32Array(nL * maxCols);
  const colTotal = new Int32Array(maxCols);
  const edgeCol = new Int32Array(m);
  const out = new Float64Array(n1);
  // Even-set basis.
  const W = Math.ceil(maxCols / 32);
  const parity = new Int32Array(nL * W);
  const rowMask = new Int32Array(nL);
  const pivotCol = new Int32Array(nL);
  const basis = new Int32Array(nL);
  // Types of inner nodes (equal rows).
  const order = new Int32Array(nL);
  const typeRows = new Int32Array(nL * maxCols);
  const mult = new Int32Array(nL);
  const ints = new Int32Array(3 * nL + 1 + maxCols);

  // Exact double accumulator, flushed into `table` before its bound reaches 2^exactBits.
  const acc = new Float64Array((nS + 1) * n1);
  let accBound = 0;
  const flush = (): void => {
    for (let a = 0; a <= nS; a++) {
      for (let b = 0; b <= nL; b++) {
        const v = acc[a * n1 + b]!;
        if (v !== 0) table[a]![b]! += BigInt(v);
      }
    }
    acc.fill(0);
    accBound = 0;
  };

  firstRestrictedGrowth(rgs, prefixMax, nS);
  do {
    const kS = prefixMax[nS - 1]! + 1;
    // Columns = (block of ρ_S, colour) pairs that carry edges.
    colIndex.fill(-1, 0, kS * nColours);
    let cols = 0;
    for (let e = 0; e < m; e++) {
      const key = rgs[eS[e]!]! * nColours + eC[e]!;
      let j = colIndex[key]!;
      if (j < 0) colIndex[key] = j = cols++;
      edgeCol[e] = j;
    }
    counts.fill(0, 0, nL * cols);
    colTotal.fill(0, 0, cols);
    for (let e = 0; e < m; e++) {
      counts[eL[e]! * cols + edgeCol[e]!]!++;
      colTotal[edgeCol[e]!]!++;
    }
    let anyOdd = false;
    let log2Bound = LOG2_BELL[nL]!;
    for (let j = 0; j < cols; j++) {
      if (colTotal[j]! & 1) {
        anyOdd = true;
        break;
      }
      log2Bound += log2Df[colTotal[j]!]!;
    }
    if (anyOdd) continue;

    // Pick the cheaper programme: over even sets (3^d) or over type vectors.
    const d = evenSubsetBasis(nL, cols, counts, parity, rowMask, pivotCol, basis);
    // (Types are only worth looking for when the programme over even sets is long.)
    let T = 0;
    let useTypes = forceTypes;
    if (forceTypes || (auto && d >= 6)) {
      T = groupEqualRows(nL, cols, counts, order, typeRows, mult);
      let typeCost = 1;
      for (let t = 0; t < T; t++) typeCost *= ((mult[t]! + 1) * (mult[t]! + 2)) / 2;
      if (auto) useTypes = typeCost * 2 < 3 ** d;
    }

    if (useTypes) {
      let states = 1;
      for (let t = 0; t < T; t++) states *= mult[t]! + 1;
      ensureScratch(states, nL);
    } else ensureScratch(2 ** d, nL);
    const w = wBuf;
    const f = fBuf;
    const sets = setBuf;
    const kRange = rangeBuf;

    if (log2Bound < exactBits) {
      if (useTypes) typedPartitionSums(T, cols, typeRows, mult, nL, dfDouble, binomial, 0, ints, sets, w, f, out);
      else blockPartitionSums(nL, cols, counts, basis, d, dfDouble, 0, ints, sets, w, f, kRange, out);
      const bound = 2 ** log2Bound;
      if (accBound + bound >= 2 ** exactBits) flush();
      accBound += bound;
      const row = kS * n1;
      for (let k = 0; k <= nL; k++) acc[row + k] += out[k]!;
    } else {
      const nPrimes = primesForBits(log2Bound + 1);
      const moduli: number[] = [];
      const residues: number[][] = Array.from({ length: n1 }, () => []);
      for (let i = 0; i < nPrimes; i++) {
        const prime = modularPrime(i);
        moduli.push(prime);
        const df = dfMod(prime);
        if (useTypes) typedPartitionSums(T, cols, typeRows, mult, nL, df, binomial, prime, ints, sets, w, f, out);
        else blockPartitionSums(nL, cols, counts, basis, d, df, prime, ints, sets, w, f, kRange, out);
        for (let k = 0; k <= nL; k++) residues[k]!.push(out[k]!);
      }
      for (let k = 0; k <= nL; k++) table[kS]![k]! += chineseRemainder(residues[k]!, moduli);
    }
  } while (nextRestrictedGrowth(rgs, prefixMax, nS));
  flush();
  return table;
}
