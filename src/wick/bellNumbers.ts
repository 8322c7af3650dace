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

const LOG2_BELL = bellNumbers(64).map((b) => Math.log2(Number(b)));

/**
 * log2 B_n for 0 ≤ n ≤ 64 (as a double).
 *
 * @example
 * ```ts
 * log2Bell(3); // log2 5
 * ```
 */
export function log2Bell(n: number): number {
  return LOG2_BELL[n]!;
}
