/**
 * Exact integer sums of kernel results, hiding how each result is made exact. A kernel run
 * (kernel/partitionSumKernel.ts) yields a vector of non-negative integers bounded by a number the
 * caller knows (for the Wick kernels, Bell(n)·Π_j (colTotal_j − 1)!!). Below 2^exactBits the
 * kernel runs once in doubles, which are then exact; above it, the kernel runs once per prime
 * below 2^26 (modularPrimes.ts) until the product of the primes exceeds the bound, and each entry
 * is rebuilt by Chinese remaindering. Exact results are accumulated in a double table under a
 * running bound and flushed into the BigInt table before that bound could reach 2^exactBits.
 */
import type { Arithmetic, PartitionSumKernel } from './kernel/partitionSumKernel.js';
import { chineseRemainder, modularPrime, primesForBits } from './modularPrimes.js';

/** Largest bound (log2) under which doubles are exact, with a safety factor 2. */
export const EXACT_BITS = 52;

/** Shape and arithmetic of an {@link ExactSums} table. */
export interface ExactSumsOptions {
  /** Number of rows of the table. */
  rows: number;
  /** Number of columns: the length of one kernel result. */
  cols: number;
  /** The exact values (r − 1)!! (0 for odd r) that the kernels look up, r = 0..length − 1. */
  doubleFactorials: readonly bigint[];
  /** Results bounded by 2^exactBits or more are computed modulo primes (≤ {@link EXACT_BITS}). */
  exactBits: number;
}

/**
 * A table of exact sums table[row][k], to which whole kernel results are added.
 *
 * @example
 * ```ts
 * // one inner node with two edges into one column (kernel/blockPartitionSums.ts): out = [0, 1]
 * const kernel = new BlockPartitionSums();
 * kernel.plan({ n: 1, cols: 1, counts: Int32Array.of(2) });
 * const sums = new ExactSums({ rows: 1, cols: 2, doubleFactorials: [1n, 0n, 1n], exactBits: 52 });
 * sums.add(0, 1, kernel); // doubles (bound 2^1)
 * new ExactSums({ rows: 1, cols: 2, doubleFactorials: [1n, 0n, 1n], exactBits: 0 }).add(0, 1, kernel); // residues
 * sums.result(); // [[0n, 1n]]
 * ```
 */
export class ExactSums {
  private readonly rows: number;
  private readonly cols: number;
  private readonly exactBits: number;
  private readonly doubleFactorials: readonly bigint[];
  private readonly table: bigint[][];
  /** Exact arithmetic, then one entry per prime index, made on first use. */
  private readonly exact: Arithmetic;
  private readonly residue: Arithmetic[] = [];
  private readonly out: Float64Array;
  /** Double accumulator and a bound on all its entries. */
  private readonly acc: Float64Array;
  private accBound = 0;

  constructor(options: ExactSumsOptions) {
    const { rows, cols, doubleFactorials, exactBits } = options;
    if (!(exactBits <= EXACT_BITS)) throw new RangeError(`wick: exactBits must be at most ${EXACT_BITS}`);
    this.rows = rows;
    this.cols = cols;
    this.exactBits = exactBits;
    this.doubleFactorials = doubleFactorials;
    this.table = Array.from({ length: rows }, () => new Array<bigint>(cols).fill(0n));
    this.exact = { modulus: 0, inverse: 0, doubleFactorial: Float64Array.from(doubleFactorials, (x) => Number(x)) };
    this.out = new Float64Array(cols);
    this.acc = new Float64Array(rows * cols);
  }

  /**
   * table[row][k] += out[k] for the vector out that `kernel.run` computes for its last plan,
   * whose entries are integers in [0, 2^log2Bound).
   */
  add(row: number, log2Bound: number, kernel: Pick<PartitionSumKernel, 'run'>): void {
    const { cols, out } = this;
    if (log2Bound < this.exactBits) {
      kernel.run(this.exact, out);
      const bound = 2 ** log2Bound;
      if (this.accBound + bound >= 2 ** this.exactBits) this.flush();
      this.accBound += bound;
      const acc = this.acc;
      const base = row * cols;
      for (let k = 0; k < cols; k++) acc[base + k]! += out[k]!;
      return;
    }
    const nPrimes = primesForBits(log2Bound + 1);
    const moduli: number[] = [];
    const residues: number[][] = Array.from({ length: cols }, () => []);
    for (let i = 0; i < nPrimes; i++) {
      const arithmetic = this.residueArithmetic(i);
      moduli.push(arithmetic.modulus);
      kernel.run(arithmetic, out);
      for (let k = 0; k < cols; k++) residues[k]!.push(out[k]!);
    }
    const target = this.table[row]!;
    for (let k = 0; k < cols; k++) target[k]! += chineseRemainder(residues[k]!, moduli);
  }

  /** The exact sums (the table itself; adding afterwards is still allowed). */
  result(): bigint[][] {
    this.flush();
    return this.table;
  }

  private residueArithmetic(i: number): Arithmetic {
    let a = this.residue[i];
    if (!a) {
      const prime = modularPrime(i);
      const p = BigInt(prime);
      a = { modulus: prime, inverse: 1 / prime, doubleFactorial: Float64Array.from(this.doubleFactorials, (x) => Number(x % p)) };
      this.residue[i] = a;
    }
    return a;
  }

  private flush(): void {
    const { rows, cols, acc, table } = this;
    for (let a = 0; a < rows; a++) {
      for (let b = 0; b < cols; b++) {
        const v = acc[a * cols + b]!;
        if (v !== 0) table[a]![b]! += BigInt(v);
      }
    }
    acc.fill(0);
    this.accBound = 0;
  }
}
