// Timings of the Wick expectation: fast set-partition method vs plain pairing enumeration.
// Build first: npx tsc -p tsconfig.build.json. Run: node benchmarks/wick.mjs [--quick]
// Timings are wall-clock on a shared machine and noisy.
import { performance } from 'node:perf_hooks';
import { makeDiagram } from '../dist/diagram/diagram.js';
import { diagramD, diagramR } from '../dist/diagram/builders.js';
import { makeModel } from '../dist/model/index.js';
import { wickExpectation, wickByPairings } from '../dist/wick/index.js';
import { mergeEdges } from '../dist/merge/mergeEdges.js';
import { wickCountsWith } from '../dist/wick/wickCounts.js';
import { fallingFactorialToPoly } from '../dist/wick/fallingFactorial.js';

const quick = process.argv.includes('--quick');

/** Seeded generator in [0, 1). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const triples = (d) => Array.from({ length: d.edges.length / 3 }, (_, e) => [d.edges[3 * e], d.edges[3 * e + 1], d.edges[3 * e + 2]]);

/** A random term of the left-nested power L^{⋆(s+1)} (pieces D or R with probability pR of R). */
function randomTerm(r, model, s, pR) {
  const D = diagramD(model);
  const R = diagramR(model, model.target.terms[0].pattern);
  const piece = () => (r() < pR ? R : D);
  let g = piece();
  for (let step = 0; step < s; step++) {
    const x = piece();
    for (;;) {
      const e = Math.floor(r() * (g.edges.length / 3));
      const c = g.edges[3 * e + 2];
      const fs = triples(x).map((t, i) => [t, i]).filter(([t]) => t[2] === c);
      if (fs.length === 0) continue;
      g = mergeEdges(g, e, x, fs[Math.floor(r() * fs.length)][1]);
      break;
    }
  }
  return g;
}

function time(fn, minMs = 20) {
  let reps = 0;
  const t0 = performance.now();
  let t = t0;
  do {
    fn();
    reps++;
    t = performance.now();
  } while (t - t0 < minMs);
  return (t - t0) / reps;
}

const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return `mean ${fmt(mean)}, median ${fmt(s[s.length >> 1])}, max ${fmt(s[s.length - 1])}`;
};

// Families of random terms of L^{⋆(s+1)}.
const families = [
  { name: 'SYM ν=4, L^{⋆3} (D only)', model: makeModel({ nu: 4, scenario: 'sym' }), s: 2, pR: 0 },
  { name: 'SYM ν=4, L^{⋆3} (D and R)', model: makeModel({ nu: 4, scenario: 'sym' }), s: 2, pR: 0.3 },
  { name: 'SYM ν=2, L^{⋆7} (D only)', model: makeModel({ nu: 2, scenario: 'sym' }), s: 6, pR: 0 },
  { name: 'SYM ν=2, L^{⋆7} (D and R)', model: makeModel({ nu: 2, scenario: 'sym' }), s: 6, pR: 0.3 },
  { name: 'ASYM ν=3, L^{⋆5} (D only)', model: makeModel({ nu: 3, scenario: 'asym' }), s: 4, pR: 0 },
  { name: 'ASYM ν=3, L^{⋆5} (D and R)', model: makeModel({ nu: 3, scenario: 'asym' }), s: 4, pR: 0.3 },
  { name: 'SYM ν=3, L^{⋆4} (D only)', model: makeModel({ nu: 3, scenario: 'sym' }), s: 3, pR: 0 },
  { name: 'SYM ν=4, L^{⋆4} (D only)', model: makeModel({ nu: 4, scenario: 'sym' }), s: 3, pR: 0 },
];

// Warm-up (JIT) on a few mid-size diagrams; SYM ν=2 terms are mostly cycles (Wishart moment
// formula), so ν=3 terms warm up the set-partition method.
{
  const w = rng(1);
  for (let i = 0; i < 20; i++) wickExpectation(randomTerm(w, makeModel({ nu: 2, scenario: 'sym' }), 4, 0.2));
  for (let i = 0; i < 20; i++) wickExpectation(randomTerm(w, makeModel({ nu: 3, scenario: 'sym' }), 3, 0.2));
}

console.log('Random terms of L^{⋆(s+1)}, wickExpectation per diagram (H/p/edges = non-isolated node counts and edges):');
const r = rng(12345);
for (const fam of families) {
  const n = quick ? 10 : 60;
  const ds = Array.from({ length: n }, () => randomTerm(r, fam.model, fam.s, fam.pR));
  for (const d of ds.slice(0, 3)) wickExpectation(d); // warm-up
  const ts = ds.map((d) => time(() => wickExpectation(d), 5));
  const sizes = ds.map((d) => `${d.nH}/${d.nP}/${d.edges.length / 3}`);
  const avg = (f) => (ds.reduce((a, d) => a + f(d), 0) / n).toFixed(1);
  console.log(`  ${fam.name}: ${n} terms, avg H/p/edges ${avg((d) => d.nH)}/${avg((d) => d.nP)}/${avg((d) => d.edges.length / 3)}; ${stats(ts)}`);
  const worst = ts.indexOf(Math.max(...ts));
  console.log(`    slowest: H/p/edges ${sizes[worst]}`);
  const small = ds.filter((d) => d.edges.length / 3 <= 16).slice(0, quick ? 2 : 5);
  if (small.length > 0) {
    const ratios = small.map((d) => {
      if (!wickExpectation(d).equals(wickByPairings(d))) throw new Error('mismatch');
      return time(() => wickByPairings(d), 20) / time(() => wickExpectation(d), 20);
    });
    console.log(`    speed-up over pairing enumeration on ${small.length} of them (≤ 16 edges): ×${ratios.map((x) => x.toFixed(0)).join(', ×')}`);
  }
}

// Hand-built shapes.
const cycle = (n) => makeDiagram(n, n, Array.from({ length: n }, (_, j) => [[j, j, 0], [(j + 1) % n, j, 0]]).flat());
const flower = (n) => makeDiagram(1, n, Array.from({ length: 2 * n }, (_, e) => [0, e >> 1, 0]));
/** Chain of k copies of D_{2ν} (SYM), consecutive copies sharing an H-node. */
const chainD = (nu, k) => {
  const edges = [];
  for (let c = 0; c < k; c++) for (let m = 0; m < nu; m++) edges.push([c, c * nu + m, 0], [c + 1, c * nu + m, 0]);
  return makeDiagram(k + 1, k * nu, edges);
};
/** k copies of D_{2ν} sharing both H-nodes (a "thick" D). */
const thickD = (nu, k) => {
  const edges = [];
  for (let j = 0; j < nu * k; j++) edges.push([0, j, 0], [1, j, 0]);
  return makeDiagram(2, nu * k, edges);
};

console.log('\nHand-built diagrams (H/p/edges): fast vs pairing enumeration');
const shapes = [
  ['cycle C_6', cycle(6)],
  ['cycle C_7', cycle(7)],
  ['cycle C_8', cycle(8)],
  ['flower, 6 petals', flower(6)],
  ['flower, 8 petals', flower(8)],
  ['chain of 2 D_8', chainD(4, 2)],
  ['chain of 3 D_4', chainD(2, 3)],
  ['chain of 4 D_4', chainD(2, 4)],
  ['thick D, 2×D_6', thickD(3, 2)],
  ['thick D, 2×D_8', thickD(4, 2)],
  ['cycle C_10', cycle(10)],
  
  ['flower, 12 petals', flower(12)],
  ['flower, 16 petals', flower(16)],
  ['chain of 3 D_8', chainD(4, 3)],
  ['thick D, 3×D_8', thickD(4, 3)],
];
for (const [name, d] of shapes) {
  const m = d.edges.length / 3;
  const tf = time(() => wickExpectation(d), 50);
  let line = `  ${name} (${d.nH}/${d.nP}/${m}): fast ${fmt(tf)}`;
  if (m <= 16 && !(quick && m > 14)) {
    const a = wickExpectation(d);
    const b = wickByPairings(d);
    if (!a.equals(b)) throw new Error(`mismatch on ${name}`);
    const tp = time(() => wickByPairings(d), 50);
    line += `, pairings ${fmt(tp)}, speed-up ×${(tp / tf).toFixed(0)}`;
  }
  console.log(line);
}

// The kernel choice (src/wick/outerPartitionSums.ts) against each kernel forced.
console.log('\nKernel choice: cheapest plan (auto) vs programme over even sets / over type vectors forced');
for (const [name, d] of shapes.slice(0, quick ? 6 : 10)) {
  const t = {};
  for (const programme of ['auto', 'sets', 'types']) t[programme] = time(() => wickCountsWith(d, { programme }), 50);
  console.log(`  ${name}: auto ${fmt(t.auto)}, sets ${fmt(t.sets)}, types ${fmt(t.types)}`);
}

// Cycles C_2k (one colour): the Wishart moment formula (src/wick/cycleExpectation.ts, what
// wickExpectation runs; its table is computed once per k, the first call is timed on its own)
// against the set-partition method (wickCounts, then the polynomial) where it finishes.
console.log('\nCycles C_2k: Wishart moment formula (first call, then per call) vs set-partition method');
for (let k = 2; k <= 16; k++) {
  const d = cycle(k);
  const t0 = performance.now();
  wickExpectation(d);
  const first = performance.now() - t0;
  const tf = time(() => wickExpectation(d), 20);
  let line = `  C_${2 * k} (${k}/${k}/${2 * k}): formula ${fmt(first)}, then ${fmt(tf)}`;
  if (k <= (quick ? 8 : 10)) {
    const viaCounts = () => {
      const c = wickCountsWith(d, {});
      return fallingFactorialToPoly(c.counts, c.sigma2);
    };
    if (!wickExpectation(d).equals(viaCounts())) throw new Error(`mismatch on C_${2 * k}`);
    const to = time(viaCounts, 20);
    line += `; set partitions ${fmt(to)}, speed-up ×${(to / tf).toFixed(0)}`;
  }
  console.log(line);
}
