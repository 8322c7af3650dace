import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { gram, multiplyABt, useWasmGemm } from '../../src/simulate/kernel/gemm.js';

afterAll(() => void useWasmGemm(true));

let seed = 12345;
const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5);
const matrix = (rows: number, cols: number) => Float64Array.from({ length: rows * cols }, rnd);

/** The plain triple loop: every entry summed in increasing inner index. */
function reference(A: Float64Array, m: number, B: Float64Array, r: number, n: number): Float64Array {
  const C = new Float64Array(m * r);
  for (let k = 0; k < m; k++)
    for (let j = 0; j < r; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += A[k * n + i]! * B[j * n + i]!;
      C[k * r + j] = s;
    }
  return C;
}

const sameBits = (x: Float64Array, y: Float64Array) => x.length === y.length && x.every((v, i) => Object.is(v, y[i]));

describe('C = A·Bᵀ: WebAssembly SIMD tiles and JavaScript tiles give the bits of the plain loop', () => {
  it('WebAssembly SIMD is available on Node 20', () => {
    expect(useWasmGemm(true)).toBe(true);
  });

  // shapes with remainders in every dimension, inner lengths across the chunk of 256, tiny cases below the WebAssembly threshold
  const shapes: [number, number, number][] = [[1, 1, 1], [3, 5, 7], [4, 4, 4], [8, 12, 300], [37, 41, 43], [64, 50, 257], [129, 67, 520], [5, 9, 1000]];
  it.each(shapes)('m = %i, r = %i, n = %i', (m, r, n) => {
    const A = matrix(m, n);
    const B = matrix(r, n);
    const want = reference(A, m, B, r, n);
    for (const wasm of [true, false]) {
      useWasmGemm(wasm);
      const C = new Float64Array(m * r).fill(NaN);
      multiplyABt(A, m, B, r, n, C, 0);
      expect(sameBits(C, want), `wasm ${wasm}`).toBe(true);
    }
  });

  it.each([[6, 5], [68, 300], [130, 70]])('Gram matrix %i × %i: symmetric, the bits of the plain loop', (m, n) => {
    const U = matrix(m, n);
    const want = reference(U, m, U, m, n);
    for (const wasm of [true, false]) {
      useWasmGemm(wasm);
      const G = new Float64Array(m * m).fill(NaN);
      gram(U, m, n, G);
      for (let k = 0; k < m; k++) for (let j = 0; j < k; j++) G[k * m + j] = G[j * m + k]!;
      expect(sameBits(G, want)).toBe(true);
    }
  });
});

const root = fileURLToPath(new URL('../..', import.meta.url));
describe.skipIf(!existsSync(`${root}node_modules/wabt`))('the committed module', () => {
  it('gemmWasm.ts is gemm.wat compiled', () => {
    expect(execFileSync(process.execPath, [`${root}scripts/build-wasm.mjs`, '--check'], { encoding: 'utf8' })).toMatch(/up to date/);
  });
});
