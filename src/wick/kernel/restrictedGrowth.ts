/**
 * Set partitions of {0..n−1} as restricted growth strings: a[0] = 0 and
 * a[i] ≤ 1 + max(a[0..i−1]); a[i] is the block of element i, blocks numbered by first element.
 */

/**
 * Start the enumeration: a = 0…0 (one block), prefixMax = 0…0. Works for n ≥ 0.
 */
export function firstRestrictedGrowth(a: Int32Array, prefixMax: Int32Array, n: number): void {
  for (let i = 0; i < n; i++) {
    a[i] = 0;
    prefixMax[i] = 0;
  }
}

/**
 * Advance `a` to the next restricted growth string in lexicographic order; `prefixMax[i]` holds
 * max(a[0..i]). Returns false (leaving `a` unspecified) after the last one, 0 1 2 … n−1.
 * The number of blocks of the current string is prefixMax[n−1] + 1.
 */
export function nextRestrictedGrowth(a: Int32Array, prefixMax: Int32Array, n: number): boolean {
  for (let i = n - 1; i >= 1; i--) {
    const bound = prefixMax[i - 1]!;
    if (a[i]! <= bound) {
      const v = a[i]! + 1;
      a[i] = v;
      const m = v > bound ? v : bound;
      prefixMax[i] = m;
      for (let j = i + 1; j < n; j++) {
        a[j] = 0;
        prefixMax[j] = m;
      }
      return true;
    }
  }
  return false;
}
