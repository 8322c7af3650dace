// GFLOP/s of the simulator's dense product C = A·Bᵀ (kernel/gemm.ts), one thread, per variant:
// the JavaScript 4×4 tiles and the WebAssembly SIMD tiles (gemm.wat); both give the same bits
// (checked here on every size). Each figure is the best of several timed repetitions, the two
// variants alternating so that a busy machine slows both alike.
// Usage: node benchmarks/gemm.mjs [--quick]   (after `npm run build`)
import { multiplyABt, useWasmGemm } from '../dist/simulate/kernel/gemm.js';

const quick = process.argv.includes('--quick');
const sizes = quick ? [128, 512] : [64, 128, 256, 512, 1024];
const budget = quick ? 0.6 : 2; // seconds per size and variant
let seed = 7;
const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5);

function time(variant, A, B, C, n) {
  useWasmGemm(variant === 'wasm');
  const t0 = performance.now();
  multiplyABt(A, n, B, n, n, C, 0);
  return (performance.now() - t0) / 1000;
}

console.log(`C = A·Bᵀ, n×n times n×n, 2n³ flops; best of repetitions over ~${budget} s per variant`);
console.log('     n   JS tiles GFLOP/s   WASM SIMD GFLOP/s   speed-up   same bits');
for (const n of sizes) {
  const A = Float64Array.from({ length: n * n }, rnd);
  const B = Float64Array.from({ length: n * n }, rnd);
  const C1 = new Float64Array(n * n);
  const C2 = new Float64Array(n * n);
  const best = { js: Infinity, wasm: Infinity };
  let spent = 0;
  time('js', A, B, C1, n);
  time('wasm', A, B, C2, n);
  while (spent < 2 * budget) {
    for (const v of ['js', 'wasm']) {
      const dt = time(v, A, B, v === 'js' ? C1 : C2, n);
      best[v] = Math.min(best[v], dt);
      spent += dt;
    }
  }
  const same = C1.every((x, i) => Object.is(x, C2[i]));
  const gf = (dt) => (2 * n ** 3) / dt / 1e9;
  console.log(`${String(n).padStart(6)}   ${gf(best.js).toFixed(2).padStart(16)}   ${gf(best.wasm).toFixed(2).padStart(17)}   ${(best.js / best.wasm).toFixed(2).padStart(8)}×   ${same ? 'yes' : 'NO'}`);
}
