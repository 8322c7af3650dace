/**
 * The interface shared by the two subset programmes for the inner sum of the set-partition form
 * of Wick's theorem (wickCounts.ts): with a partition of the outer side fixed, every inner node v
 * carries a row of edge counts into the columns (a column is a pair (outer block, colour)), a
 * block B of inner nodes has weight w(B) = Π_j (r_j − 1)!! with r_j the column sums of B, and
 *   out[k] = Σ over partitions of the inner nodes into k blocks of Π_B w(B),   k = 0..n.
 *
 * A kernel works in two steps. `plan` looks at the rows (finds the even-set basis, or groups
 * equal rows), keeps what it found in its own scratch space and returns an estimate of the work
 * of `run`, in units of one inner-loop step of the programme over even sets. The caller plans
 * the kernels it may use and runs the cheapest one. `run` then fills `out` for the last plan,
 * either as exact integers in doubles or as residues modulo a prime (see {@link Arithmetic}).
 * Each kernel object owns its scratch space, grown on demand and kept between diagrams up to a
 * size limit (`release`); nothing is shared between kernels.
 */

/** The inner side for one partition of the outer side (filled in place by the caller). */
export interface InnerRows {
  /** Number of inner nodes (≤ 20; ≤ 28 for the programme over type vectors). */
  n: number;
  /** Number of columns; every column total is even. */
  cols: number;
  /** n×cols edge counts, row-major (row v = inner node v). */
  counts: Int32Array;
}

/**
 * How `run` computes: modulus = 0 for exact integers in doubles (the caller guarantees every
 * intermediate value is below 2^53), else a prime below 2^26 with all values kept as residues.
 */
export interface Arithmetic {
  /** 0, or a prime below 2^26. */
  readonly modulus: number;
  /** 1/modulus (0 when modulus = 0), for reduceModulo (kernel/reduceModulo.ts). */
  readonly inverse: number;
  /** doubleFactorial[r] = (r − 1)!! for even r (0 for odd r), reduced mod modulus if nonzero. */
  readonly doubleFactorial: Float64Array;
}

/** A subset programme for the inner partition sums (module header). */
export interface PartitionSumKernel {
  /** Prepare a run over these rows; returns its estimated work (inner-loop steps). */
  plan(rows: InnerRows): number;
  /** out[k], k = 0..n, for the rows of the last plan. */
  run(arithmetic: Arithmetic, out: Float64Array): void;
  /** Give back large scratch space (called after each diagram). */
  release(): void;
}
