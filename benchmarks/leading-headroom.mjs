// How much any pruning of diagram classes could still gain for the leading-terms engine.
// Per regime of Tables 1–2 and per order s it prints three class counts of C_s:
//   all     — every class of the full series,
//   engine  — the classes the leading-terms engine builds (its proven bound),
//   needed  — the fewest any exact method that builds classes must build: the classes whose own
//             E[G] has a monomial of the leading weight e_s, and their ancestors at lower orders
//             (a class is an ancestor when some class it merges into is needed).
// "needed" comes from the full series with every E[G] computed exactly, and the merge graph
// between consecutive orders. A sharper bound can at best bring "engine" down to "needed"; the
// growth factor of "needed" per order is what limits the reach of class pruning.
// Usage: node benchmarks/leading-headroom.mjs [S] [filter ...]   (default S = 4; filter: substring
// of a case name as in leading.mjs). ν = 3 at S = 5 takes a few minutes. Needs npm run build.
import { fileURLToPath } from 'node:url';
import { REGIMES } from './regimes.mjs';

const args = process.argv.slice(2);
const S = args.length && /^\d+$/.test(args[0]) ? Number(args.shift()) : 4;
const filters = args;
const lib = fileURLToPath(new URL('../dist/', import.meta.url));
const m = await import(lib + 'internal.js');
const { Rational, lcm, PolyBuilder, DiagramSum, WickPool } = m;

const wanted = (name) => filters.length === 0 || filters.some((f) => name.includes(f));
const cases = REGIMES.filter(([spec, face]) => wanted(`${spec} ${face}`));
const threads = 2;

/** The full series of one model: per order the classes, their E[G] and Y_s, and child links. */
async function fullLevels(spec) {
  const [nu, scenario] = spec.split(':');
  const model = m.makeModel({ nu: Number(nu), scenario });
  const loss = m.lossDiagrams(model);
  const lossTerms = [...loss.sum.unorderedIntTerms()];
  const pool = new WickPool(threads);
  const levels = [];
  let C = loss.sum;
  try {
    for (let s = 0; s <= S; s++) {
      const terms = [...C.unorderedIntTerms()];
      const polys = await pool.evaluate(terms.map((t) => t.form));
      const acc = new PolyBuilder();
      polys.forEach((e, i) => acc.addPoly(e, terms[i].coeff));
      const y = acc.build().scale(C.factor.mul(s % 2 === 0 ? 1 : -1));
      const level = { terms, polys, y, children: null };
      levels.push(level);
      if (s === S) break;
      // children of each class (keys), and the next level
      const next = DiagramSum.builder();
      level.children = terms.map((t) => {
        const own = DiagramSum.builder();
        for (const x of lossTerms) {
          m.mergeClassesInto(own, t.form, x.form, t.coeff * x.coeff);
          m.mergeClassesInto(next, t.form, x.form, t.coeff * x.coeff);
        }
        return [...own.build(Rational.ONE).unorderedIntTerms()].map((c) => c.form.key);
      });
      C = next.build(C.factor.mul(loss.sum.factor));
      process.stderr.write(`${spec} s=${s + 1}: ${[...C.unorderedIntTerms()].length} classes\n`);
    }
  } finally {
    await pool.close();
  }
  return { model, levels };
}

/** Integer weight D·(q + a n + b l) of a monomial. */
function weightOf(a, b) {
  const D = lcm(a.den, b.den);
  const A = Number(D), B = Number((a.num * D) / a.den), Cl = Number((b.num * D) / b.den);
  return (t) => A * t.p + B * t.H + Cl * t.sigma2;
}
const top = (poly, w) => poly.terms().reduce((best, t) => Math.max(best, w(t)), -Infinity);

const full = new Map();
console.log(`classes of C_s: all / built by the leading-terms engine / needed by any class pruning (s = 0 … ${S})`);
for (const [spec, face, aText, bText] of cases) {
  if (!full.has(spec)) full.set(spec, await fullLevels(spec));
  const { model, levels } = full.get(spec);
  const a = Rational.parse(aText);
  const b = Rational.parse(bText);
  const w = weightOf(a, b);
  // needed, from the top order down
  const needed = [];
  for (let s = S; s >= 0; s--) {
    const { terms, polys, y, children } = levels[s];
    const e = top(y, w);
    const keys = new Set();
    terms.forEach((t, i) => {
      const reaches = polys[i].terms().some((x) => w(x) >= e);
      const parent = children !== null && children[i].some((k) => needed[s + 1].has(k));
      if (reaches || parent) keys.add(t.form.key);
    });
    needed[s] = keys;
  }
  // what the engine builds
  const built = [];
  const scaling = m.parseScaling(`H = y*p^(${aText}), sigma2 = z*p^(${bText})`);
  const r = await m.leadingSeries(m.leadingStart(model), S, [m.scalingGoal(scaling)], { onTerm: (t) => built.push(t.classes), threads });
  const row = levels.map((l, s) => `${l.terms.length}/${r === null ? '?' : built[s]}/${needed[s].size}`);
  const growth = needed[S].size / Math.max(1, needed[S - 1].size);
  console.log(`${`${spec} ${face}`.padEnd(42)} ${row.join('  ')}   needed ×${growth.toFixed(1)} per order at s = ${S}`);
}
