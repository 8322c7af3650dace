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
 * the same bound covers it.
 */

function reduce(x: number, m: number, inv: number): number {
  const r = x - Math.floor(x * inv) * m;
  return r < 0 ? r + m : r >= m ? r - m : r;
}

/**
 * @param T number of types
 * @param cols number of columns; every column total must be even
 * @param rows T×cols edge counts of one node of each type, row-major
 * @param mult multiplicity of each type (Σ mult = n)
 * @param n number of nodes
 * @param doubleFactorial as in blockPartitionSums (mod modulus if modulus > 0)
 * @param binomial binomial[a·(n+1) + b] = C(a, b) for 0 ≤ b ≤ a ≤ n (mod modulus if modulus > 0)
 * @param modulus 0 for exact doubles, else a prime below 2^26
 * @param ints scratch, length ≥ 3T + 1 + cols
 * @param sizes scratch, length ≥ Π (m_t + 1)
 * @param w scratch, length ≥ Π (m_t + 1)
 * @param f scratch, length ≥ Π (m_t + 1)·(n + 1)
 * @param out receives out[k] for k = 0..n
 */
export function typedPartitionSums(
  T: number,
  cols: number,
  rows: Int32Array,
  mult: Int32Array,
  n: number,
  doubleFactorial: Float64Array,
  binomial: Float64Array,
  modulus: number,
  ints: Int32Array,
  sizes: Int32Array,
  w: Float64Array,
  f: Float64Array,
  out: Float64Array,
): void {
  for (let k = 0; k <= n; k++) out[k] = 0;
  const stride = ints.subarray(0, T + 1);
  const r = ints.subarray(T + 1, 2 * T + 1);
  const b = ints.subarray(2 * T + 1, 3 * T + 1);
  const colSum = ints.subarray(3 * T + 1, 3 * T + 1 + cols);
  const inv = modulus === 0 ? 0 : 1 / modulus;
  const n1 = n + 1;
  stride[0] = 1;
  for (let t = 0; t < T; t++) stride[t + 1] = stride[t]! * (mult[t]! + 1);
  const N = stride[T]!;

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
    else for (let j = 0; j < cols; j++) prod = reduce(prod * doubleFactorial[colSum[j]!]!, modulus, inv);
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
          for (let s = t0 + 1; s < T; s++) coef = reduce(coef * binomial[r[s]! * n1 + b[s]!]!, modulus, inv);
          coef = reduce(coef * wB, modulus, inv);
        }
        const rb = R * n1;
        const kMax = sizes[R]!;
        if (modulus === 0) {
          for (let k = 0; k <= kMax; k++) f[base + k + 1] += coef * f[rb + k]!;
        } else {
          for (let k = 0; k <= kMax; k++) f[base + k + 1] = reduce(f[base + k + 1]! + coef * f[rb + k]!, modulus, inv);
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
