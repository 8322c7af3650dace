// Steps per second of the gradient-flow simulator (explicit Euler, one seed, one thread).
// Usage: node benchmarks/simulate.mjs [--quick]   (after `npm run build`)
// Timings on a shared machine are noisy; each figure is the best of a few timed batches.
import { makeModel } from '../dist/model/model.js';
import { makeProblem, problemSpec } from '../dist/simulate/problem.js';
import { initialWeights } from '../dist/simulate/initialWeights.js';
import { integrate } from '../dist/simulate/integrate.js';
import { useWasmGemm } from '../dist/simulate/kernel/gemm.js';

const quick = process.argv.includes('--quick');
const budget = quick ? 0.5 : 2; // seconds per configuration

function stepsPerSecond(nu, scenario, p, H) {
  const model = makeModel({ nu, scenario, target: 'identity' });
  const pb = makeProblem(problemSpec(model, p, H));
  const w = initialWeights(pb, 1, 1 / p);
  const spec = (steps) => ({ T: 1e6, tmax: 1, steps, method: 'euler', recordSteps: [] });
  integrate(pb, w, spec(2)); // warm-up
  let best = 0;
  let steps = 1;
  const t0 = performance.now();
  while ((performance.now() - t0) / 1000 < budget) {
    const s = performance.now();
    integrate(pb, w, spec(steps));
    const dt = (performance.now() - s) / 1000;
    best = Math.max(best, (steps + 1) / dt); // steps+1 loss evaluations (the last without gradient)
    if (dt < 0.3) steps *= 2;
  }
  const colours = scenario === 'sym' ? 1 : nu;
  const gemms = scenario === 'sym' ? 1.5 : 1.5 * colours; // half a Gram + one product per colour
  const gflops = (best * gemms * H * H * p * 2) / 1e9;
  return { best, gflops };
}

function line(nu, scenario, p, H) {
  const { best, gflops } = stepsPerSecond(nu, scenario, p, H);
  console.log(`${scenario.toUpperCase().padEnd(4)} nu=${nu} p=${String(p).padStart(4)} H=${String(H).padStart(4)}  ${best.toFixed(2).padStart(9)} steps/s  (~${gflops.toFixed(2)} GFLOP/s in the products)`);
  return best;
}

console.log('Headline figures, JavaScript tiles (the products before WebAssembly; same bits):');
useWasmGemm(false);
line(2, 'sym', 512, 512);
line(3, 'asym', 128, 128);
console.log(`\nHeadline figures, WebAssembly SIMD tiles (${useWasmGemm(true) ? 'in use' : 'NOT available here'}; the default; below as well):`);
line(2, 'sym', 512, 512);
line(3, 'asym', 128, 128);
console.log('\nScaling, SYM nu=2, p = H:');
for (const n of quick ? [128, 256] : [64, 128, 256, 512, 1024]) line(2, 'sym', n, n);
console.log('\nScaling in H at p = 256 (SYM nu=2):');
for (const H of quick ? [64, 256] : [32, 64, 128, 256, 512]) line(2, 'sym', 256, H);
console.log('\nScaling in p at H = 256 (SYM nu=2):');
for (const p of quick ? [64, 256] : [32, 64, 128, 256, 512]) line(2, 'sym', p, 256);
console.log('\nASYM nu=3, p = H:');
for (const n of quick ? [64, 128] : [64, 128, 256]) line(3, 'asym', n, n);
