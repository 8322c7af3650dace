// The finite-size trend of the nu4-ascent divergence boundary (Fig. 6): for each (p, θ) the
// divergence rate before t = −h is measured on a ladder of ρ/ρ*(θ), and a logistic curve in ln ρ
// is fitted to it by maximum likelihood; ρ₅₀ is its midpoint, with a bootstrap standard error.
// One thread, one (p, θ) after the other; results are appended to OUT as JSON lines.
//
// Usage: nice -n 10 node benchmarks/ascent-boundary.mjs OUT p=8,16,32 theta=1.5,2,4 [seeds=8]
//        [fraction=0.1] [horizon=0.1] [from=0.05] [to=3.2]       (after `npm run build`)
//        [init=gauss|sphere] [factor=1.414]
// fraction is the RK4 step as a fraction of 1/(1 + 16θρ) (the experiment's value is 0.1).
// init=sphere rescales every hidden unit u_k of the Gaussian draw to the norm √(pσ²) (its mean
// square): the directions stay random, the spread of the norms is removed. It tests whether the
// early divergence comes from the units with the largest initial norms.
import { appendFileSync } from 'node:fs';
import { makeModel } from '../dist/model/model.js';
import { initialWeights, integrate, makeProblem, problemSpec, runSeed } from '../dist/simulate/index.js';
import { nu4Threshold } from '../dist/solutions/index.js';

const [out, ...rest] = process.argv.slice(2);
if (!out) throw new Error('usage: ascent-boundary.mjs OUT p=… theta=… [seeds=…] [fraction=…] [horizon=…]');
const arg = Object.fromEntries(rest.map((a) => a.split('=')));
const list = (s, d) => (s ?? d).split(',').map(Number);
const ps = list(arg.p, '8,16,32');
const thetas = list(arg.theta, '1.5,2,4');
const seeds = Number(arg.seeds ?? 8);
const fraction = Number(arg.fraction ?? 0.1);
const horizon = Number(arg.horizon ?? 0.1);
const from = Number(arg.from ?? 0.05);
const to = Number(arg.to ?? 3.2);
const init = arg.init ?? 'gauss';
const factor = Number(arg.factor ?? Math.SQRT2); // ladder: from, from·factor, from·factor², … up to `to`
const model = makeModel({ nu: 4, scenario: 'sym', target: 'identity' });

/** Divergence count before t = −horizon at ρ = ratio·ρ*(θ). */
async function rate(p, H, theta, ratio, seedBase) {
  const rho = ratio * nu4Threshold(theta);
  const sigma2 = Math.sqrt(rho / p ** 3);
  const step = Math.min(horizon / 4, fraction / (1 + 16 * theta * rho));
  const steps = Math.max(1, Math.ceil(horizon / step - 1e-9));
  const blowUps = [];
  for (let j = 0; j < seeds; j++) {
    // the simulator's run j of base seed seedBase (simulate/run.ts), optionally with unit norms fixed
    const pb = makeProblem(problemSpec(model, p, H));
    const w = initialWeights(pb, runSeed(seedBase, j), sigma2);
    if (init === 'sphere') {
      for (let k = 0; k < H; k++) {
        let n2 = 0;
        for (let i = 0; i < p; i++) n2 += w[k * p + i] ** 2;
        const f = Math.sqrt((p * sigma2) / n2);
        for (let i = 0; i < p; i++) w[k * p + i] *= f;
      }
    }
    const tr = integrate(pb, w, { T: sigma2, tmax: -horizon, steps, method: 'rk4', recordSteps: [0] });
    if (tr.diverged) blowUps.push((tr.lastFiniteStep * -horizon) / steps);
  }
  return { ratio, rho, steps, diverged: blowUps.length, runs: seeds, meanBlowUp: blowUps.length ? blowUps.reduce((a, b) => a + b, 0) / blowUps.length : null };
}

/** Maximum-likelihood logistic fit of k/n against x = ln(ratio): midpoint μ and width s (grid search, then refinement). */
function fitLogistic(points) {
  const nll = (mu, s) => {
    let v = 0;
    for (const { x, k, n } of points) {
      const q = Math.min(1 - 1e-12, Math.max(1e-12, 1 / (1 + Math.exp(-(x - mu) / s))));
      v -= k * Math.log(q) + (n - k) * Math.log(1 - q);
    }
    return v;
  };
  let best = { mu: 0, s: 0.3, v: Infinity };
  for (let mu = -4; mu <= 2; mu += 0.02) for (let s = 0.02; s <= 1.5; s *= 1.1) {
    const v = nll(mu, s);
    if (v < best.v) best = { mu, s, v };
  }
  return best;
}

/** Parametric bootstrap of μ (binomial resampling of the fitted rates). */
function bootstrapMu(points, fit, reps = 200) {
  let state = 12345;
  const rnd = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const mus = [];
  for (let r = 0; r < reps; r++) {
    const pts = points.map(({ x, n }) => {
      const q = 1 / (1 + Math.exp(-(x - fit.mu) / fit.s));
      let k = 0;
      for (let j = 0; j < n; j++) if (rnd() < q) k++;
      return { x, k, n };
    });
    mus.push(fitLogistic(pts).mu);
  }
  const m = mus.reduce((a, b) => a + b, 0) / reps;
  return Math.sqrt(mus.reduce((a, b) => a + (b - m) ** 2, 0) / (reps - 1));
}

for (const p of ps) {
  for (const thetaWanted of thetas) {
    const H = Math.max(1, Math.round(((thetaWanted - 1) * p * p) / 3));
    const theta = 1 + (3 * H) / (p * p);
    const t0 = performance.now();
    const ladder = [];
    let allDiverged = 0;
    for (let j = 0; from * factor ** j <= to * 1.0001; j++) {
      const r = await rate(p, H, theta, from * factor ** j, 1000 * j + 7);
      ladder.push(r);
      allDiverged = r.diverged === r.runs ? allDiverged + 1 : 0;
      if (allDiverged >= 2) break;
    }
    const points = ladder.map((r) => ({ x: Math.log(r.ratio), k: r.diverged, n: r.runs }));
    const fit = fitLogistic(points);
    const se = bootstrapMu(points, fit);
    const row = {
      p, H, theta, seeds, fraction, horizon, init, factor, rhoStar: nu4Threshold(theta),
      rho50OverRhoStar: Math.exp(fit.mu), lnRho50OverRhoStar: fit.mu, lnStandardError: se, width: fit.s,
      ladder, seconds: (performance.now() - t0) / 1000,
    };
    appendFileSync(out, `${JSON.stringify(row)}\n`);
    console.log(`p=${p} H=${H} θ=${theta.toFixed(3)}: ρ50/ρ* = ${Math.exp(fit.mu).toFixed(3)} (ln ± ${se.toFixed(3)}), ${row.seconds.toFixed(0)} s`);
  }
}
