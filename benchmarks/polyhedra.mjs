// Reach of the Newton polyhedra of Y_s by the contracted engine's leading mode used as a support
// oracle (asymptotics/contracted/contractedPolyhedron.ts; `gfd pareto --engine contracted`): per
// model, the largest s whose polyhedron is complete within the budget (default 60 s, one thread),
// the weights asked at that order, its facets and the monomials on its bounded faces.
// Usage: node benchmarks/polyhedra.mjs [budget-seconds] [filter ...]   (needs npm run build)
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const budget = args.length && /^\d+$/.test(args[0]) ? Number(args.shift()) : 60;
const filters = args;
const lib = fileURLToPath(new URL('../dist/', import.meta.url));
const { makeModel } = await import(lib + 'model/index.js');
const { contractedNewtonPolyhedra } = await import(lib + 'asymptotics/index.js');

const MODELS = ['3:sym', '5:sym', '3:asym', '4:asym', '4:sym', '6:sym', '7:sym'];
console.log(`budget ${budget} s per model; Newton polyhedra of Y_s, one thread`);
console.log('model | reach | time | weights asked at that s | facets | monomials on bounded faces');
for (const spec of MODELS) {
  if (filters.length > 0 && !filters.some((f) => spec.includes(f))) continue;
  const [nu, scenario] = spec.split(':');
  const t0 = performance.now();
  const deadline = t0 + budget * 1000;
  let last = null;
  try {
    await contractedNewtonPolyhedra(makeModel({ nu: Number(nu), scenario }), 40, {
      onPolyhedron: (p) => (last = { ...p, t: (performance.now() - t0) / 1000 }),
      interrupt: () => {
        if (performance.now() > deadline) throw new Error('budget');
      },
    });
  } catch (e) {
    if (e.message !== 'budget') throw e;
  }
  const row = last ? `s ≤ ${last.s} | ${last.t.toFixed(1)} s | ${last.queries} | ${last.facets.length} | ${last.terms.size}` : 's ≤ - | - | - | - | -';
  console.log(`${spec} | ${row}`);
}
