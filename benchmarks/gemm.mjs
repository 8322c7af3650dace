// GFLOP/s of the simulator's dense product C = A·Bᵀ (kernel/gemm.ts), one thread, per variant:
// the JavaScript 4×4 tiles, the WebAssembly SIMD tiles (gemm.wat; the default) and, when the
// package is installed, native OpenBLAS through the `nblas` bindings (a candidate, not a
// dependency: `apt-get install libopenblas-dev`, then `npm install nblas` with its install script
// allowed, and OPENBLAS_NUM_THREADS=1). The JavaScript and WebAssembly tiles give the same bits
// (checked here on every size); OpenBLAS sums in another order with fused multiply-adds, so its
// largest relative difference is printed instead. Each figure is the best of several timed
// repetitions, the variants alternating so that a busy machine slows them alike.
// Usage: node benchmarks/gemm.mjs [--quick]   (after `npm run build`)
import { createRequire } from 'node:module';
import { multiplyABt, useWasmGemm } from '../dist/simulate/kernel/gemm.js';

const quick = process.argv.includes('--quick');
const sizes = quick ? [128, 512] : [64, 128, 256, 512, 1024];
const budget = quick ? 0.6 : 2; // seconds per size, all variants together
let seed = 7;
const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5);

let nblas = null;
try {
  nblas = createRequire(import.meta.url)('nblas');
} catch {
  nblas = null;
}

const variants = {
  js: (A, B, C, n) => (useWasmGemm(false), multiplyABt(A, n, B, n, n, C, 0)),
  wasm: (A, B, C, n) => (useWasmGemm(true), multiplyABt(A, n, B, n, n, C, 0)),
  ...(nblas ? { openblas: (A, B, C, n) => nblas.dgemm(111, 112, n, n, n, 1, A, n, B, n, 0, C, n) } : {}),
};

console.log(`C = A·Bᵀ, n×n times n×n, 2n³ flops; best of repetitions over ~${budget} s per size`);
console.log(`     n   ${Object.keys(variants).map((v) => `${v} GFLOP/s`.padStart(17)).join(' ')}   wasm = js bits${nblas ? '   openblas max rel. diff.' : ''}`);
for (const n of sizes) {
  const A = Float64Array.from({ length: n * n }, rnd);
  const B = Float64Array.from({ length: n * n }, rnd);
  const C = Object.fromEntries(Object.keys(variants).map((v) => [v, new Float64Array(n * n)]));
  const best = Object.fromEntries(Object.keys(variants).map((v) => [v, Infinity]));
  for (const [v, f] of Object.entries(variants)) f(A, B, C[v], n);
  let spent = 0;
  while (spent < budget) {
    for (const [v, f] of Object.entries(variants)) {
      const t0 = performance.now();
      f(A, B, C[v], n);
      const dt = (performance.now() - t0) / 1000;
      best[v] = Math.min(best[v], dt);
      spent += dt;
    }
  }
  const same = C.js.every((x, i) => Object.is(x, C.wasm[i]));
  let diff = 0;
  if (nblas) for (let i = 0; i < n * n; i++) diff = Math.max(diff, Math.abs(C.openblas[i] - C.js[i]) / Math.max(1e-300, Math.abs(C.js[i])));
  const gf = (dt) => ((2 * n ** 3) / dt / 1e9).toFixed(2).padStart(17);
  console.log(`${String(n).padStart(6)}   ${Object.keys(variants).map((v) => gf(best[v])).join(' ')}   ${same ? 'yes' : 'NO'}${nblas ? `   ${diff.toExponential(1)}` : ''}`);
}
if (!nblas) console.log('(nblas not installed: OpenBLAS not measured)');
