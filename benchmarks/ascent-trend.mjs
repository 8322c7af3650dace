// Table and log-log fits of the nu4-ascent boundary measured by ascent-boundary.mjs:
// d = |ln(ρ₅₀/ρ*)| against p for each θ (and init), d ≈ a·p^slope by weighted least squares.
// The error of ln ρ₅₀ is the larger of the bootstrap error and the ladder's resolution
// (ln factor/√12: the midpoint is only known to lie between two rungs).
// Usage: node benchmarks/ascent-trend.mjs FILE.jsonl …   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { powerFit } from '../dist/experiments/trend.js';

const rows = process.argv.slice(2).flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l)));
const key = (r) => `init=${r.init ?? 'gauss'} θ≈${Number(r.theta.toPrecision(2))} h=${r.horizon} fraction=${r.fraction}`;
const groups = new Map();
for (const r of rows) {
  const k = key(r);
  const factor = r.factor ?? (r.ladder.length > 1 ? r.ladder[1].ratio / r.ladder[0].ratio : Math.SQRT2);
  const err = Math.max(r.lnStandardError, Math.log(factor) / Math.sqrt(12));
  const point = { p: r.p, H: r.H, theta: r.theta, seeds: r.seeds, ratio: r.rho50OverRhoStar, lnErr: err, d: Math.abs(r.lnRho50OverRhoStar), seconds: r.seconds };
  const g = groups.get(k) ?? [];
  // the finest measurement of a (p, θ) wins (several files may hold one)
  const same = g.findIndex((q) => q.p === point.p);
  if (same < 0) g.push(point);
  else if (point.lnErr < g[same].lnErr) g[same] = point;
  groups.set(k, g);
}
for (const [k, g] of [...groups].sort()) {
  g.sort((a, b) => a.p - b.p);
  console.log(k);
  for (const q of g) console.log(`  p=${String(q.p).padStart(3)} H=${String(q.H).padStart(5)} θ=${q.theta.toFixed(3)} runs=${q.seeds}  ρ50/ρ* = ${q.ratio.toFixed(3)}  (ln ± ${q.lnErr.toFixed(3)})  |ln| = ${q.d.toFixed(3)}  ${q.seconds.toFixed(0)} s`);
  const fit = powerFit(g.map((q) => ({ p: q.p, value: q.d, error: q.lnErr })));
  if (fit) console.log(`  |ln(ρ50/ρ*)| ≈ ${fit.amplitude.toFixed(2)}·p^(${fit.slope.toFixed(3)} ± ${fit.slopeError?.toFixed(3) ?? '?'}) over ${fit.points} sizes`);
}
