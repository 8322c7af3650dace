// Orders reached within a time budget (default 60 s) by the leading-terms engine and by the full
// series, per regime of Tables 1–2 (one scaling H = y·p^a, σ² = z·p^b inside each face's cone,
// y and z symbolic) and for the Pareto fronts; and the speed-up at the largest s both reach.
// The full series is the same for every regime of a model, so it runs once per model.
// One child process per run, stopped at the budget; single thread; timings on a shared machine
// are noisy.
// Usage: node benchmarks/leading.mjs [budget-seconds] [filter ...]   (filter: substring of a case name)
// Needs the compiled library (npm run build).
import { modelHeader, runChild } from './childRun.mjs';
import { FRONTS, REGIMES } from './regimes.mjs';

const args = process.argv.slice(2);
const budget = args.length && /^\d+$/.test(args[0]) ? Number(args.shift()) : 60;
const filters = args;
const MAX_ORDER = 40;

async function child(code) {
  const done = [];
  const { err } = await runChild(code, budget, (line) => {
    const [s, t] = line.split(' ').map(Number);
    if (t <= budget) done.push({ s, t });
  });
  return { done, failed: /FALLBACK/.test(err) };
}

const header = (nu, scenario) => `${modelHeader(nu, scenario)}
  const say = (s) => console.log(s + ' ' + ((performance.now() - t0) / 1000).toFixed(2));`;

function fullRun(spec) {
  const [nu, scenario] = spec.split(':');
  return child(`${header(nu, scenario)}
    expandLoss(model, ${MAX_ORDER}, { onTerm: (t) => say(t.s) });`);
}

function leadingRun(spec, goal) {
  const [nu, scenario] = spec.split(':');
  return child(`${header(nu, scenario)}
    const goal = ${goal};
    const r = await A.leadingSeries(A.leadingStart(model), ${MAX_ORDER}, [goal], { onTerm: (t) => say(t.s) });
    if (r === null) console.error('FALLBACK');`);
}

const last = (r) => r.done[r.done.length - 1];
const fmt = (r) => (last(r) ? `s ≤ ${String(last(r).s).padStart(2)} (${last(r).t.toFixed(1)} s)` : 's ≤ -');
function speedup(lead, full) {
  const common = Math.min(last(lead)?.s ?? -1, last(full)?.s ?? -1);
  if (common < 1) return '-';
  const a = lead.done.find((d) => d.s === common).t;
  const b = full.done.find((d) => d.s === common).t;
  return `${(b / Math.max(a, 0.01)).toFixed(1)}× at s = ${common}`;
}

const wanted = (name) => filters.length === 0 || filters.some((f) => name.includes(f));
const fullBySpec = new Map();
async function fullFor(spec) {
  if (!fullBySpec.has(spec)) fullBySpec.set(spec, await fullRun(spec));
  return fullBySpec.get(spec);
}

console.log(`budget ${budget} s per run; leading engine vs full series (single thread)`);
for (const [spec, face, a, b] of REGIMES) {
  const name = `${spec} ${face}`;
  if (!wanted(name)) continue;
  const full = await fullFor(spec);
  const lead = await leadingRun(spec, `A.scalingGoal(A.parseScaling('H = y*p^(${a}), sigma2 = z*p^(${b})'))`);
  console.log(`${name.padEnd(42)} H=y p^(${a}), σ²=z p^(${b})`.padEnd(78) + `leading ${fmt(lead)}${lead.failed ? ' CHECK FAILED' : ''}  full ${fmt(full)}  ${speedup(lead, full)}`);
}
for (const spec of FRONTS) {
  const name = `${spec} Pareto fronts`;
  if (!wanted(name)) continue;
  const full = await fullFor(spec);
  const lead = await leadingRun(spec, 'A.frontGoal(model)');
  console.log(`${name.padEnd(78)}leading ${fmt(lead)}${lead.failed ? ' CHECK FAILED' : ''}  full ${fmt(full)}  ${speedup(lead, full)}`);
}
