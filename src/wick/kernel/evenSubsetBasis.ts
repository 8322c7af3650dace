/**
 * The "even" node sets of the subset programme form a vector space over GF(2): a set B of nodes
 * has an even edge count in every column iff the XOR of the nodes' parity vectors is zero. This
 * computes a basis of that space (bitmasks over nodes) in reduced form: basis[t] has a pivot
 * node (its highest bit) that occurs in no other basis vector. Then every even set is the XOR of
 * the basis vectors selected by the bits of a unique index, and the pivot nodes of a set are
 * exactly the selected ones.
 */

/**
 * @param n number of nodes (≤ 30)
 * @param cols number of columns
 * @param counts n×cols edge counts, row-major
 * @param parity scratch, length ≥ n·⌈cols/32⌉ (parity bits, then reduced rows)
 * @param rowMask scratch, length ≥ n
 * @param pivotCol scratch, length ≥ n
 * @param basis receives the basis bitmasks, length ≥ n
 * @returns the dimension d (basis[0..d−1] filled)
 */
export function evenSubsetBasis(
  n: number,
  cols: number,
  counts: Int32Array,
  parity: Int32Array,
  rowMask: Int32Array,
  pivotCol: Int32Array,
  basis: Int32Array,
): number {
  const W = (cols + 31) >>> 5;
  parity.fill(0, 0, n * W);
  for (let v = 0; v < n; v++) {
    const row = v * cols;
    for (let j = 0; j < cols; j++) if (counts[row + j]! & 1) parity[v * W + (j >>> 5)]! |= 1 << (j & 31);
  }
  // Gaussian elimination; independent rows are compacted to the front of `parity`.
  let rank = 0;
  let d = 0;
  for (let v = 0; v < n; v++) {
    const vo = v * W;
    let mask = 1 << v;
    for (let r = 0; r < rank; r++) {
      const c = pivotCol[r]!;
      if ((parity[vo + (c >>> 5)]! >>> (c & 31)) & 1) {
        const ro = r * W;
        for (let k = 0; k < W; k++) parity[vo + k]! ^= parity[ro + k]!;
        mask ^= rowMask[r]!;
      }
    }
    let c = -1;
    for (let k = 0; k < W; k++) {
      const x = parity[vo + k]!;
      if (x !== 0) {
        c = k * 32 + (31 - Math.clz32(x & -x));
        break;
      }
    }
    if (c < 0) {
      basis[d++] = mask;
    } else {
      const ro = rank * W;
      for (let k = 0; k < W; k++) parity[ro + k] = parity[vo + k]!;
      rowMask[rank] = mask;
      pivotCol[rank] = c;
      rank++;
    }
  }
  // basis[t] has highest bit = its pivot node, increasing in t; clear pivots from later vectors.
  for (let s = 0; s < d; s++) {
    const pivot = 1 << (31 - Math.clz32(basis[s]!));
    for (let t = s + 1; t < d; t++) if (basis[t]! & pivot) basis[t]! ^= basis[s]!;
  }
  return d;
}
