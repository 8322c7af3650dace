/**
 * Dense products C = A Bᵀ on row-major Float64Arrays — the only O(H²p) work of the simulator
 * (Gram matrices G_m = U_m U_mᵀ and the gradient products W_m U_m, paper App. L "memory
 * efficient loss computation").
 *
 * Every entry of C is a dot product of a row of A with a row of B, both contiguous in memory.
 * The loop computes a 4×4 tile of C at a time with sixteen accumulators held in registers, so
 * each step of the inner loop reads 8 numbers and does 16 multiply-adds. Summation order is
 * fixed (increasing inner index), so results are reproducible bit for bit.
 */

/**
 * C (m×r) = A (m×n) · B (r×n)ᵀ. With `upper` = 1 (A = B, m = r) only the upper triangle is
 * computed and mirrored, halving the work of a Gram matrix.
 */
export function multiplyABt(
  A: Float64Array,
  m: number,
  B: Float64Array,
  r: number,
  n: number,
  C: Float64Array,
  upper: number,
): void {
  const m4 = m - (m % 4);
  const r4 = r - (r % 4);
  for (let k = 0; k < m4; k += 4) {
    const a0 = k * n;
    const a1 = a0 + n;
    const a2 = a1 + n;
    const a3 = a2 + n;
    const c0 = k * r;
    const c1 = c0 + r;
    const c2 = c1 + r;
    const c3 = c2 + r;
    for (let j = upper ? k : 0; j < r4; j += 4) {
      const b0 = j * n;
      const b1 = b0 + n;
      const b2 = b1 + n;
      const b3 = b2 + n;
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0;
      let s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0;
      let s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      for (let i = 0; i < n; i++) {
        const x0 = B[b0 + i]!;
        const x1 = B[b1 + i]!;
        const x2 = B[b2 + i]!;
        const x3 = B[b3 + i]!;
        let y = A[a0 + i]!;
        s00 += y * x0; s01 += y * x1; s02 += y * x2; s03 += y * x3;
        y = A[a1 + i]!;
        s10 += y * x0; s11 += y * x1; s12 += y * x2; s13 += y * x3;
        y = A[a2 + i]!;
        s20 += y * x0; s21 += y * x1; s22 += y * x2; s23 += y * x3;
        y = A[a3 + i]!;
        s30 += y * x0; s31 += y * x1; s32 += y * x2; s33 += y * x3;
      }
      C[c0 + j] = s00; C[c0 + j + 1] = s01; C[c0 + j + 2] = s02; C[c0 + j + 3] = s03;
      C[c1 + j] = s10; C[c1 + j + 1] = s11; C[c1 + j + 2] = s12; C[c1 + j + 3] = s13;
      C[c2 + j] = s20; C[c2 + j + 1] = s21; C[c2 + j + 2] = s22; C[c2 + j + 3] = s23;
      C[c3 + j] = s30; C[c3 + j + 1] = s31; C[c3 + j + 2] = s32; C[c3 + j + 3] = s33;
    }
    for (let j = r4; j < r; j++) {
      const b = j * n;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let i = 0; i < n; i++) {
        const x = B[b + i]!;
        s0 += A[a0 + i]! * x;
        s1 += A[a1 + i]! * x;
        s2 += A[a2 + i]! * x;
        s3 += A[a3 + i]! * x;
      }
      C[c0 + j] = s0;
      C[c1 + j] = s1;
      C[c2 + j] = s2;
      C[c3 + j] = s3;
    }
  }
  for (let k = m4; k < m; k++) {
    const a = k * n;
    for (let j = upper ? k : 0; j < r; j++) {
      const b = j * n;
      let s = 0;
      for (let i = 0; i < n; i++) s += A[a + i]! * B[b + i]!;
      C[k * r + j] = s;
    }
  }
  if (upper) {
    for (let k = 1; k < m; k++) {
      const row = k * r;
      for (let j = 0; j < k; j++) C[row + j] = C[j * r + k]!;
    }
  }
}

/** Gram matrix G (m×m) = U Uᵀ of a row-major U (m×n). */
export function gram(U: Float64Array, m: number, n: number, G: Float64Array): void {
  multiplyABt(U, m, U, m, n, G, 1);
}

/** Uᵀ (n×m) of a row-major U (m×n), written into `out`. */
export function transpose(U: Float64Array, m: number, n: number, out: Float64Array): void {
  const bs = 32;
  for (let k0 = 0; k0 < m; k0 += bs) {
    const k1 = k0 + bs < m ? k0 + bs : m;
    for (let i0 = 0; i0 < n; i0 += bs) {
      const i1 = i0 + bs < n ? i0 + bs : n;
      for (let k = k0; k < k1; k++) {
        const row = k * n;
        for (let i = i0; i < i1; i++) out[i * m + k] = U[row + i]!;
      }
    }
  }
}
