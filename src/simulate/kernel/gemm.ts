/**
 * Dense products C = A Bᵀ on row-major Float64Arrays — the only O(H²p) work of the simulator
 * (Gram matrices G_m = U_m U_mᵀ and the gradient products W_m U_m, paper App. L "memory
 * efficient loss computation").
 *
 * Every entry of C is a dot product of a row of A with a row of B, both contiguous in memory.
 * The loop computes a 4×4 tile of C at a time with sixteen accumulators held in registers, so
 * each step of the inner loop reads 8 numbers and does 16 multiply-adds. Summation order is
 * fixed (increasing inner index), so results are reproducible bit for bit. Large products run
 * the tiles in WebAssembly SIMD (gemm.wat: two columns per 128-bit lane pair, A and B packed by
 * panels of four rows) with the same order of operations, hence the same bits; the JavaScript tiles are
 * the fallback where WebAssembly SIMD is missing.
 */

import { GEMM_WASM_BASE64 } from './gemmWasm.js';

/** The part of the WebAssembly API used here (the project's TypeScript libraries do not declare it). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
}

interface GemmWasm {
  readonly memory: WasmMemory;
  readonly tiles: (a: number, k0: number, k1: number, bp: number, r4: number, n: number, i0: number, len: number, c: number, ldc: number, upper: number, load: number) => void;
}

/** The WebAssembly kernel of this thread: undefined until first use, null where SIMD is unavailable or switched off. */
let wasm: GemmWasm | null | undefined;
let wasmEnabled = true;

/** Products of at least this many multiply-adds use the WebAssembly kernel (below, copying in and out costs more than it saves). */
const WASM_MIN_WORK = 1 << 14;
/** Largest memory the WebAssembly copies may take (byte addresses are 32-bit signed in gemm.wat). */
const WASM_MAX_BYTES = 2 ** 31 - 2 ** 16;
/** Chunk of the inner index (a panel of B, 4·KC numbers, stays in the first-level cache). */
const KC = 256;
/** Rows of A per block (MC·KC numbers, for the second-level cache). */
const MC = 64;

function gemmWasm(): GemmWasm | null {
  if (wasm !== undefined) return wasm;
  try {
    const bytes = Uint8Array.from(atob(GEMM_WASM_BASE64), (ch) => ch.charCodeAt(0));
    const api = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
    const inst = new api.Instance(new api.Module(bytes), {});
    wasm = { memory: inst.exports.memory as WasmMemory, tiles: inst.exports.tiles as GemmWasm['tiles'] };
  } catch {
    wasm = null;
  }
  return wasm;
}

/**
 * Switch the WebAssembly SIMD tiles on or off (for benchmarks and tests; both give the same bits).
 * Returns whether they are in use afterwards (false where WebAssembly SIMD is unavailable).
 */
export function useWasmGemm(on: boolean): boolean {
  wasmEnabled = on;
  return on && gemmWasm() !== null;
}

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
  const w = wasmEnabled && m4 > 0 && r4 > 0 && m4 * r4 * n >= WASM_MIN_WORK ? gemmWasm() : null;
  if (!(w && tilesWasm(w, A, m4, B, r4, n, C, r, upper))) tilesJs(A, m4, B, r4, n, C, r, upper);
  edges(A, m, B, r, n, C, upper);
  if (upper) {
    for (let k = 1; k < m; k++) {
      const row = k * r;
      for (let j = 0; j < k; j++) C[row + j] = C[j * r + k]!;
    }
  }
}

/**
 * The 4×4 tiles k < m4, j < r4 (j ≥ k's tile when `upper`) in WebAssembly: A and B packed by
 * panels of four rows (gemm.wat), so that the kernel reads both sequentially; C copied out. The inner index is split into chunks of KC and
 * the rows into blocks of MC; a chunk continues the sums of the previous one from C, so every entry
 * is still summed in increasing inner index: the same bits as {@link tilesJs}. Returns false
 * (nothing done) when the copies do not fit in the module's memory (32-bit addresses).
 */
function tilesWasm(w: GemmWasm, A: Float64Array, m4: number, B: Float64Array, r4: number, n: number, C: Float64Array, ldc: number, upper: number): boolean {
  const aOff = 0;
  const bOff = m4 * n;
  const cOff = bOff + r4 * n;
  const bytes = (cOff + m4 * r4) * 8;
  if (bytes > WASM_MAX_BYTES) return false;
  const have = w.memory.buffer.byteLength;
  if (bytes > have) {
    try {
      w.memory.grow(Math.ceil((bytes - have) / 65536));
    } catch {
      return false; // no memory for the copies: the JavaScript tiles work in place
    }
  }
  const mem = new Float64Array(w.memory.buffer);
  pack(A, m4, n, mem, aOff);
  pack(B, r4, n, mem, bOff);
  for (let i0 = 0; i0 < n; i0 += KC) {
    const len = Math.min(KC, n - i0);
    for (let k0 = 0; k0 < m4; k0 += MC) w.tiles(aOff * 8, k0, Math.min(m4, k0 + MC), bOff * 8, r4, n, i0, len, cOff * 8, r4, upper, i0 > 0 ? 1 : 0);
  }
  for (let k = 0; k < m4; k++) {
    const j0 = upper ? k - (k % 4) : 0;
    C.set(mem.subarray(cOff + k * r4 + j0, cOff + (k + 1) * r4), k * ldc + j0);
  }
  return true;
}

/** Rows 0…rows−1 of M (row length n) by panels of four rows: out[off + (k/4)·4n + 4i + u] = M[k+u][i]. */
function pack(M: Float64Array, rows: number, n: number, out: Float64Array, off: number): void {
  for (let k = 0; k < rows; k += 4) {
    const panel = off + k * n;
    for (let u = 0; u < 4; u++) {
      const row = (k + u) * n;
      for (let i = 0; i < n; i++) out[panel + 4 * i + u] = M[row + i]!;
    }
  }
}

/** The 4×4 tiles in JavaScript: sixteen accumulators, each entry summed in increasing inner index. */
function tilesJs(A: Float64Array, m4: number, B: Float64Array, r4: number, n: number, C: Float64Array, r: number, upper: number): void {
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
  }
}

/** The entries outside the tiles: columns j ≥ r4 of rows k < m4, and the rows k ≥ m4. */
function edges(A: Float64Array, m: number, B: Float64Array, r: number, n: number, C: Float64Array, upper: number): void {
  const m4 = m - (m % 4);
  const r4 = r - (r % 4);
  for (let k = 0; k < m4; k += 4) {
    const a0 = k * n;
    const a1 = a0 + n;
    const a2 = a1 + n;
    const a3 = a2 + n;
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
      C[k * r + j] = s0;
      C[(k + 1) * r + j] = s1;
      C[(k + 2) * r + j] = s2;
      C[(k + 3) * r + j] = s3;
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
