/**
 * Nodes with equal rows of edge counts are interchangeable in the subset programmes; this groups
 * them (kernel/typedPartitionSums.ts works on the groups).
 */

/**
 * Group the n rows of `counts` (n×cols) into classes of equal rows: writes one row per class
 * into `rows` and its size into `mult`; returns the number of classes. `order` is scratch.
 */
export function groupEqualRows(
  n: number,
  cols: number,
  counts: Int32Array,
  order: Int32Array,
  rows: Int32Array,
  mult: Int32Array,
): number {
  // Insertion sort of the rows (n ≤ 28), then runs of equal rows.
  for (let i = 0; i < n; i++) {
    let k = i;
    while (k > 0 && compareRows(counts, cols, order[k - 1]!, i) > 0) {
      order[k] = order[k - 1]!;
      k--;
    }
    order[k] = i;
  }
  let T = 0;
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    if (i > 0 && compareRows(counts, cols, order[i - 1]!, v) === 0) mult[T - 1]!++;
    else {
      for (let j = 0; j < cols; j++) rows[T * cols + j] = counts[v * cols + j]!;
      mult[T++] = 1;
    }
  }
  return T;
}

function compareRows(counts: Int32Array, cols: number, a: number, b: number): number {
  for (let j = 0; j < cols; j++) {
    const x = counts[a * cols + j]! - counts[b * cols + j]!;
    if (x !== 0) return x;
  }
  return 0;
}
