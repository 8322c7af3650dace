// Reach of the contracted-state engine along the regimes of Tables 1–2 (benchmarks/regimes.mjs):
// per face, the largest s reached within the budget (default 60 s, single thread), the time, the
// thresholds retried, and the quotient states kept per order (total over the levels of that
// order's pass — the last level counted as buckets of even final states — and the largest level), next to the uncontracted diagram classes of L^{⋆(s+1)}
// that the class-building engines start from (the full series, s ≤ 4).
// Usage: node benchmarks/contracted.mjs [budget-seconds] [max-order] [filter ...]
// Needs the compiled library (npm run build). One child process per face, stopped at the budget.
import { modelHeader, runChild } from './childRun.mjs';
import { MORE_REGIMES, REGIMES } from './regimes.mjs';

const args = process.argv.slice(2);
const budget = args.length && /^\d+$/.test(args[0]) ? Number(args.shift()) : 60;
const maxOrder = args.length && /^\d+$/.test(args[0]) ? Number(args.shift()) : 40;
const filters = args;

async function child(code, seconds) {
  const rows = [];
  const { err } = await runChild(code, seconds, (line) => rows.push(JSON.parse(line)));
  return { rows: rows.filter((r) => r.t <= seconds), err };
}

const header = (nu, scenario) => `${modelHeader(nu, scenario)}
  const say = (o) => console.log(JSON.stringify({ ...o, t: (performance.now() - t0) / 1000 }));`;

function contractedRun(spec, a, b) {
  const [nu, scenario] = spec.split(':');
  return child(
    `${header(nu, scenario)}
    const sc = A.parseScaling('H = y*p^(${a}), sigma2 = z*p^(${b})');
    await A.contractedLeadingSeries(model, ${maxOrder}, { p: Rational.ONE, H: sc.a, sigma2: sc.b }, {
      onStats: (st) => say({ s: st.s, kept: st.kept, tries: st.thresholds.length }),
    });`,
    budget,
  );
}

function classRun(spec) {
  const [nu, scenario] = spec.split(':');
  return child(`${header(nu, scenario)}
    expandLoss(model, 4, { onTerm: (t) => say({ s: t.s, classes: t.classes }) });`, budget);
}

const wanted = (name) => filters.length === 0 || filters.some((f) => name.includes(f));
const classes = new Map();
console.log(`budget ${budget} s per face, orders ≤ ${maxOrder}; contracted-state engine, one thread`);
console.log('face | scaling | reach | states kept at the last s (total / largest level) | kept at s = 4 vs classes of L^{⋆5}');
for (const [spec, face, a, b] of [...REGIMES, ...MORE_REGIMES]) {
  const name = `${spec} ${face}`;
  if (!wanted(name)) continue;
  if (!classes.has(spec)) classes.set(spec, (await classRun(spec)).rows);
  const r = await contractedRun(spec, a, b);
  const last = r.rows[r.rows.length - 1];
  const at4 = r.rows.find((x) => x.s === 4);
  const cls4 = classes.get(spec).find((x) => x.s === 4);
  const total = (k) => k.reduce((x, y) => x + y, 0);
  const reach = last ? `s ≤ ${last.s} (${last.t.toFixed(1)} s${last.tries > 1 ? `, ${last.tries} thresholds` : ''})` : 's ≤ -';
  const kept = last ? `${total(last.kept)} / ${Math.max(...last.kept)}` : '-';
  const cmp = at4 ? `${total(at4.kept)} vs ${cls4 ? cls4.classes : '?'}` : '-';
  console.log(`${name} | H=y p^(${a}), σ²=z p^(${b}) | ${reach} | ${kept} | ${cmp}`);
  if (r.err.trim()) console.log(`  stderr: ${r.err.trim().split('\n')[0]}`);
}

// The distance to the limit of this kind of method: per level of one order's pass, the states kept
// and the states necessary (ancestors of a final state of the leading weight with a nonzero
// coefficient), for the joint scalings (the whole polygon leads) and some faces.
const NECESSARY = [
  ['3:asym', 'A-B-C-D-E joint p^2~H~sigma^-3', '2', '-4/3', 5],
  ['4:sym', 'A-B-E triangle joint', '2', '-3/2', 4],
  ['3:asym', 'A-B free', '2', '-1', 5],
  ['3:asym', 'C-D mean-field', '3', '-2', 6],
  ['3:asym', 'B free over', '4', '-1', 8],
  ['3:asym', 'B-C NTK', '4', '-2', 8],
  ['4:asym', 'C-D mean-field', '4', '-2', 5],
  ['4:asym', 'C NTK f(0)=0', '5', '-9/4', 7],
  ['4:asym', 'D-E', '3', '-2', 8],
  ['4:asym', 'E-A', '1', '-3/2', 6],
  ['3:sym', 'C-D mean-field', '2', '-2', 10],
  ['4:sym', 'E-A', '1', '-3/2', 8],
];
console.log('\nnecessary states | face | scaling | s | kept per level | necessary per level');
for (const [spec, face, a, b, s] of NECESSARY) {
  const name = `${spec} ${face}`;
  if (!wanted(name)) continue;
  const [nu, scenario] = spec.split(':');
  const r = await child(
    `${header(nu, scenario)}
    const sc = A.parseScaling('H = y*p^(${a}), sigma2 = z*p^(${b})');
    const n = await A.necessaryStates(model, ${s}, { p: Rational.ONE, H: sc.a, sigma2: sc.b });
    say(n);`,
    4 * budget,
  );
  const n = r.rows[0];
  console.log(`necessary | ${name} | H=y p^(${a}), σ²=z p^(${b}) | ${s} | ${n ? n.kept.join(', ') : `not within ${4 * budget} s`} | ${n ? n.necessary.join(', ') : '-'}`);
}
