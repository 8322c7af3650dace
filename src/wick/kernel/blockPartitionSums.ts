/**
 * Kernel of the set-partition form of Wick's theorem (docs/conventions.md §"Wick expectation"): with the
 * blocks of the other side fixed, sum over the set partitions of n nodes into k blocks of the
 * product of block weights, by dynamic programming over subsets.
 *
 * Node v carries a row counts[v·cols + j] of edge counts into the columns j (a column is a pair
 * (block of the other side, colour)). A block B of nodes has weight
 *   w(B) = Π_j (r_j − 1)!!,  r_j = Σ_{v∈B} counts[v·cols + j],
 * which is 0 as soon as one r_j is odd ((−1)!! = 1 for r_j = 0). Then
 *   f[S][k] = Σ_{B ∋ max S, B ⊆ S} w(B) f[S∖B][k−1],   f[∅][0] = 1,
 * and out[k] = f[all nodes][k]. Only even sets (all r_j even) have nonzero weight, and a set
 * with f[S] ≠ 0 is a union of even blocks, hence even. (Any rule for the designated node of S
 * will do; the highest node is used below.) The even sets form a GF(2) vector space
 * of dimension d (kernel/evenSubsetBasis.ts); sets are indexed by their coordinates in a reduced
 * basis, so S∖B has index i XOR j when B ⊆ S, and B ⊆ S forces j ⊆ i. The work is O(3^d) in
 * place of O(3^n).
 *
 * Arithmetic: doubles. With modulus = 0 every value is used as an exact integer, which the
 * caller guarantees by a bound (all quantities here are ≤ Bell(n)·Π_j (colTotal_j − 1)!!, and
 * must stay below 2^53). With a prime modulus m < 2^26 all values are residues mod m and every
 * product of two residues is below 2^52, hence exact before reduction; no weight vanishes mod m
 * because its factors are odd numbers below the number of edges, all smaller than m.
 */
import { evenSubsetBasis } from './evenSubsetBasis.js';
import type { Arithmetic, InnerRows, PartitionSumKernel } from './partitionSumKernel.js';
import { reduceModulo } from './reduceModulo.js';

/** Scratch up to this many doubles is kept between diagrams. */
const SCRATCH_KEPT = 2 ** 20;

/**
 * The programme over even sets, with its own scratch space (grown on demand, see
 * {@link BlockPartitionSums.release}). `plan` finds the even-set basis; its cost estimate is
 * 3^d, the number of pairs (S, B) with B ⊆ S both even, i.e. the number of steps of the inner
 * loop.
 *
 * @example
 * ```ts
 * // one inner node with two edges into one column: one partition (one block), weight 1!! = 1
 * const kernel = new BlockPartitionSums();
 * kernel.plan({ n: 1, cols: 1, counts: Int32Array.of(2) }); // 3 (d = 1: the even sets are ∅ and {0})
 * const out = new Float64Array(2);
 * kernel.run({ modulus: 0, inverse: 0, doubleFactorial: Float64Array.of(1, 0, 1) }, out); // out = [0, 1]
 * ```
 */
export class BlockPartitionSums implements PartitionSumKernel {
  // plan: the rows and their even-set basis
  private n = 0;
  private cols = 0;
  private counts: Int32Array = new Int32Array(0);
  private d = 0;
  private parity = new Int32Array(0);
  private rowMask = new Int32Array(0);
  private pivotCol = new Int32Array(0);
  private basis = new Int32Array(0);
  // run: one entry per even set
  private colSum = new Int32Array(0);
  private sets = new Int32Array(0);
  private w = new Float64Array(0);
  private f = new Float64Array(0);
  private kRange = new Int32Array(0);

  plan(rows: InnerRows): number {
    const { n, cols, counts } = rows;
    if (this.basis.length < n) {
      this.rowMask = new Int32Array(n);
      this.pivotCol = new Int32Array(n);
      this.basis = new Int32Array(n);
    }
    if (this.parity.length < n * Math.ceil(cols / 32)) this.parity = new Int32Array(n * Math.ceil(cols / 32));
    if (this.colSum.length < cols) this.colSum = new Int32Array(cols);
    this.n = n;
    this.cols = cols;
    this.counts = counts;
    this.d = evenSubsetBasis(n, cols, counts, this.parity, this.rowMask, this.pivotCol, this.basis);
    return 3 ** this.d;
  }

  /** Drop scratch above 2^20 doubles (kept otherwise for the next diagram). */
  release(): void {
    if (this.f.length > SCRATCH_KEPT) {
      this.sets = new Int32Array(0);
      this.w = new Float64Array(0);
      this.f = new Float64Array(0);
      this.kRange = new Int32Array(0);
    }
  }

  run(arithmetic: Arithmetic, out: Float64Array): void {
    const { n, cols, counts, basis, d, colSum } = this;
    const { modulus, inverse: inv, doubleFactorial } = arithmetic;
    const size = 1 << d;
    if (this.w.length < size) {
      this.sets = new Int32Array(size);
      this.w = new Float64Array(size);
      this.kRange = new Int32Array(size);
    }
    if (this.f.length < size * (n + 1)) this.f = new Float64Array(size * (n + 1));
    const { sets, w, f, kRange } = this;
    for (let k = 0; k <= n; k++) out[k] = 0;

    // Even sets and their weights, in Gray-code order of the index (one basis vector per step).
    colSum.fill(0, 0, cols);
    sets[0] = 0;
    w[0] = 1;
    let x = 0;
    for (let step = 1; step < size; step++) {
      const b = basis[31 - Math.clz32(step & -step)]!;
      let bits = b;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const row = (31 - Math.clz32(low)) * cols;
        if (x & low) for (let j = 0; j < cols; j++) colSum[j]! -= counts[row + j]!;
        else for (let j = 0; j < cols; j++) colSum[j]! += counts[row + j]!;
      }
      x ^= b;
      const g = step ^ (step >>> 1);
      sets[g] = x;
      let prod = 1;
      if (modulus === 0) for (let j = 0; j < cols; j++) prod *= doubleFactorial[colSum[j]!]!;
      else for (let j = 0; j < cols; j++) prod = reduceModulo(prod * doubleFactorial[colSum[j]!]!, modulus, inv);
      w[g] = prod;
    }
    const full = n === 0 ? 0 : n >= 31 ? -1 : (1 << n) - 1;
    if (sets[size - 1] !== full) return; // the whole node set is not even: no partition

    // f over even sets by index; f[i∖j] has index i ^ j < i. The designated node of S is its
    // highest one, which is the pivot of the highest basis vector selected by i, so the blocks
    // B ∋ it are those whose index j contains that bit. kLo/kHi bound the nonzero k of each f row.
    const K1 = n + 1;
    f[0] = 1;
    for (let k = 1; k <= n; k++) f[k] = 0;
    kRange[0] = 0; // kLo | kHi << 8
    for (let i = 1; i < size; i++) {
      const S = sets[i]!;
      const notS = ~S;
      const base = i * K1;
      for (let k = 0; k <= n; k++) f[base + k] = 0;
      let lo = n + 1;
      let hi = 0;
      const top = 1 << (31 - Math.clz32(i));
      const rest = i ^ top;
      for (let jr = rest; ; jr = (jr - 1) & rest) {
        const j = jr | top;
        if ((sets[j]! & notS) === 0) {
          const r = i ^ j;
          const range = kRange[r]!;
          const kLo = range & 255;
          const kHi = range >>> 8;
          if (kLo <= kHi) {
            const wB = w[j]!;
            const rb = r * K1;
            if (kLo + 1 < lo) lo = kLo + 1;
            if (kHi + 1 > hi) hi = kHi + 1;
            if (modulus === 0) {
              for (let k = kLo; k <= kHi; k++) f[base + k + 1]! += wB * f[rb + k]!;
            } else {
              for (let k = kLo; k <= kHi; k++) f[base + k + 1] = reduceModulo(f[base + k + 1]! + wB * f[rb + k]!, modulus, inv);
            }
          }
        }
        if (jr === 0) break;
      }
      kRange[i] = lo | (hi << 8);
    }
    const fb = (size - 1) * K1;
    for (let k = 0; k <= n; k++) out[k] = f[fb + k]!;
  }
}
