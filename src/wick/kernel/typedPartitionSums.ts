/**
 * Variant of blockPartitionSums.ts for nodes that come in types: nodes with equal rows of
 * edge counts are interchangeable, so a set of nodes is described by how many of each type it
 * holds (a vector r with 0 ≤ r_t ≤ m_t, stored in mixed radix). With t0 the first type present
 * in r, the block holding a designated node of type t0 is chosen as a vector b ≤ r, b_{t0} ≥ 1,
 * in C(r_{t0} − 1, b_{t0} − 1) Π_{t > t0} C(r_t, b_t) ways:
 *   f[r][k] = Σ_b C(r_{t0}−1, b_{t0}−1) Π_{t>t0} C(r_t, b_t) · w(b) · f[r − b][k − 1].
 * The work is Π_t (m_t + 1)(m_t + 2)/2 in place of 3^n, which pays off when many nodes are alike.
 *
 * Arithmetic as in blockPartitionSums.ts (exact doubles under the caller's bound, or residues
 * modulo a prime below 2^26). Each term coef·w(b) is itself a sum of terms of some f[r][k], so
 * the same bound covers it. The binomials are at most C(28, 14) < 2^26 (at most 28 nodes,
 * typedOuterSide.ts), below every modulus, so one table serves both kinds of arithmetic.
 */

import { groupEqualRows } from './groupEqualRows.js';
import type { Arithmetic, InnerRows, PartitionSumKernel } from './partitionSumKernel.js';
import { reduceModulo } from './reduceModulo.js';

/**
 * Relative cost of one step of this programme (a choice of b: a product of binomials, an
 * odometer step, a row update) against one step of the programme over even sets (a subset test
 * and a row update), taken as 2.
 */
const STEP_COST = 2;

/** Scratch up to this many doubles is kept between diagrams. */
const SCRATCH_KEPT = 2 ** 20;

/**
 * The programme over type vectors, with its own scratch space (grown on demand, see
 * {@link TypedPartitionSums.release}). `plan` groups equal rows into types of multiplicities
 * m_t; its cost estimate is STEP_COST·Π_t (m_t + 1)(m_t + 2)/2, the number of pairs b ≤ r in the
 * box (Π_t C(m_t + 2, 2)) times the relative cost of a step.
 *
 * @example
 * ```ts
 * // two equal inner nodes, each with two edges into one column: partitions {12} (weight 3!! = 3)
 * // and {1}{2} (weight 1·1)
 * const kernel = new TypedPartitionSums();
 * kernel.plan({ n: 2, cols: 1, counts: Int32Array.of(2, 2) }); // 2·6 = 12 (one type, m = 2)
 * const out = new Float64Array(3);
 * kernel.run({ modulus: 0, inverse: 0, doubleFactorial: Float64Array.of(1, 0, 1, 0, 3) }, out); // out = [0, 3, 1]
 * ```
 */
export class TypedPartitionSums implements PartitionSumKernel {
  private n = -1;
  /** binomial[a·(n+1) + b] = C(a, b) for 0 ≤ b ≤ a ≤ n. */
  private binomial = new Float64Array(0);
  // plan: types (one row each) and their multiplicities
  private cols = 0;
  private T = 0;
  private order = new Int32Array(0);
  private rows = new Int32Array(0);
  private mult = new Int32Array(0);
  private ints = new Int32Array(0);
  // run: one entry per vector of the box
  private sizes = new Int32Array(0);
  private w = new Float64Array(0);
  private f = new Float64Array(0);

  plan(rows: InnerRows): number {
    const { n, cols, counts } = rows;
    if (n !== this.n) {
      this.n = n;
      const n1 = n + 1;
      const binomial = new Float64Array(n1 * n1);
      for (let a = 0; a <= n; a++) {
        binomial[a * n1] = 1;
        for (let b = 1; b <= a; b++) binomial[a * n1 + b] = binomial[(a - 1) * n1 + b - 1]! + binomial[(a - 1) * n1 + b]!;
      }
      this.binomial = binomial;
    }
    if (this.order.length < n) {
      this.order = new Int32Array(n);
      this.mult = new Int32Array(n);
    }
    if (this.rows.length < n * cols) this.rows = new Int32Array(n * cols);
    if (this.ints.length < 3 * n + 1 + cols) this.ints = new Int32Array(3 * n + 1 + cols);
    this.cols = cols;
    this.T = groupEqualRows(n, cols, counts, this.order, this.rows, this.mult);
    let pairs = 1;
    for (let t = 0; t < this.T; t++) pairs *= ((this.mult[t]! + 1) * (this.mult[t]! + 2)) / 2;
    return pairs * STEP_COST;
  }

  /** Drop scratch above 2^20 doubles (kept otherwise for the next diagram). */
  release(): void {
    if (this.f.length > SCRATCH_KEPT) {
      this.sizes = new Int32Array(0);
      this.w = new Float64Array(0);
      this.f = new Float64Array(0);
    }
  }

  run(arithmetic: Arithmetic, out: Float64Array): void {
    const { n, T, cols, rows, mult, ints, binomial } = this;
    const { modulus, inverse: inv, doubleFactorial } = arithmetic;
    for (let k = 0; k <= n; k++) out[k] = 0;
    const stride = ints.subarray(0, T + 1);
    const r = ints.subarray(T + 1, 2 * T + 1);
    const b = ints.subarray(2 * T + 1, 3 * T + 1);
    const colSum = ints.subarray(3 * T + 1, 3 * T + 1 + cols);
    const n1 = n + 1;
    stride[0] = 1;
    for (let t = 0; t < T; t++) stride[t + 1] = stride[t]! * (mult[t]! + 1);
    const N = stride[T]!;
    if (this.w.length < N) {
      this.sizes = new Int32Array(N);
      this.w = new Float64Array(N);
    }
    if (this.f.length < N * n1) this.f = new Float64Array(N * n1);
    const { sizes, w, f } = this;

    // Weights and sizes of all vectors in the box, in index order (odometer on r).
    colSum.fill(0);
    r.fill(0);
    w[0] = 1;
    sizes[0] = 0;
    let size = 0;
    for (let idx = 1; idx < N; idx++) {
      let t = 0;
      while (r[t] === mult[t]) {
        // digit t wraps from m_t to 0
        const row = t * cols;
        const m = mult[t]!;
        for (let j = 0; j < cols; j++) colSum[j]! -= m * rows[row + j]!;
        size -= m;
        r[t] = 0;
        t++;
      }
      r[t]!++;
      size++;
      const row = t * cols;
      for (let j = 0; j < cols; j++) colSum[j]! += rows[row + j]!;
      sizes[idx] = size;
      let prod = 1;
      if (modulus === 0) for (let j = 0; j < cols; j++) prod *= doubleFactorial[colSum[j]!]!;
      else for (let j = 0; j < cols; j++) prod = reduceModulo(prod * doubleFactorial[colSum[j]!]!, modulus, inv);
      w[idx] = prod;
    }
    if (w[N - 1] === 0) return;

    // Partition sums over the box, in index order (r − b precedes r).
    f[0] = 1;
    for (let k = 1; k <= n; k++) f[k] = 0;
    r.fill(0);
    for (let idx = 1; idx < N; idx++) {
      let t = 0;
      while (r[t] === mult[t]) r[t++] = 0;
      r[t]!++;
      if (w[idx] === 0) continue;
      const base = idx * n1;
      for (let k = 0; k <= n; k++) f[base + k] = 0;
      let t0 = 0;
      while (r[t0] === 0) t0++;
      // Odometer over b: b_{t0} in 1..r_{t0}, b_t in 0..r_t for t > t0; digit t0 fastest.
      for (let s = t0; s < T; s++) b[s] = 0;
      b[t0] = 1;
      let bIdx = stride[t0]!;
      for (;;) {
        const wB = w[bIdx]!;
        const R = idx - bIdx;
        if (wB !== 0 && (R === 0 || w[R] !== 0)) {
          let coef = binomial[(r[t0]! - 1) * n1 + b[t0]! - 1]!;
          if (modulus === 0) {
            for (let s = t0 + 1; s < T; s++) coef *= binomial[r[s]! * n1 + b[s]!]!;
            coef *= wB;
          } else {
            for (let s = t0 + 1; s < T; s++) coef = reduceModulo(coef * binomial[r[s]! * n1 + b[s]!]!, modulus, inv);
            coef = reduceModulo(coef * wB, modulus, inv);
          }
          const rb = R * n1;
          const kMax = sizes[R]!;
          if (modulus === 0) {
            for (let k = 0; k <= kMax; k++) f[base + k + 1]! += coef * f[rb + k]!;
          } else {
            for (let k = 0; k <= kMax; k++) f[base + k + 1] = reduceModulo(f[base + k + 1]! + coef * f[rb + k]!, modulus, inv);
          }
        }
        // next b
        let s = t0;
        while (s < T && b[s] === r[s]) {
          bIdx -= (b[s]! - (s === t0 ? 1 : 0)) * stride[s]!;
          b[s] = s === t0 ? 1 : 0;
          s++;
        }
        if (s === T) break;
        b[s]!++;
        bIdx += stride[s]!;
      }
    }
    const fb = (N - 1) * n1;
    for (let k = 0; k <= n; k++) out[k] = f[fb + k]!;
  }
}
