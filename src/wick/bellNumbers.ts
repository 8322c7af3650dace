/** Bell numbers B_n, the number of set partitions of n elements, and their log2. */

/** Bell numbers B_0..B_n (exact), from the Bell triangle. */
export function bellNumbers(n: number): bigint[] {
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

const BELL = bellNumbers(64);
const LOG2_BELL = BELL.map((b) => Math.log2(Number(b)));

/**
 * B_n as a double (exact while B_n < 2^53, i.e. n ≤ 22), from a table made once, for 0 ≤ n ≤ 64.
 *
 * @example
 * ```ts
 * bellNumber(5); // 52
 * ```
 */
export function bellNumber(n: number): number {
  if (!Number.isInteger(n) || n < 0 || n >= BELL.length) throw new RangeError(`bellNumber: n must be an integer in 0..${BELL.length - 1}, got ${n}`);
  return Number(BELL[n]!);
}

/**
 * log2 B_n (as a double): exact for 0 ≤ n ≤ 64; beyond, the lower bound log2 B_64 + (n − 64)
 * (B_{n+1} ≥ 2·B_n for n ≥ 1), which is already far above every work limit it is compared with.
 * Never undefined or NaN, so that a cost estimate cannot silently pass.
 *
 * @example
 * ```ts
 * log2Bell(3); // log2 5
 * ```
 */
export function log2Bell(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`log2Bell: n must be a non-negative integer, got ${n}`);
  return n < LOG2_BELL.length ? LOG2_BELL[n]! : LOG2_BELL[LOG2_BELL.length - 1]! + (n - (LOG2_BELL.length - 1));
}
