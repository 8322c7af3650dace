// Wall time of the full exact series Y_0..Y_S and the number of diagram classes per s.
// Usage: node benchmarks/expand.mjs [case ...]   (cases: sym2-6 asym3-4 sym3-3 sym4-2, or nu:scenario:S)
// Without arguments it also times the plain-pairing baseline on ASYM ν=3 S=4 and prints the
// speed-up (benchmarks/expand-baseline.mjs compares more cases).
// Needs the compiled library (npm ci or npm run build).
import { expandLoss } from '../dist/expansion/index.js';
import { makeModel } from '../dist/model/index.js';
import { wickByPairings } from '../dist/wick/index.js';

const CASES = {
  'sym2-6': { nu: 2, scenario: 'sym', order: 6 },
  'asym3-4': { nu: 3, scenario: 'asym', order: 4 },
  'sym3-3': { nu: 3, scenario: 'sym', order: 3 },
  'sym4-2': { nu: 4, scenario: 'sym', order: 2 },
};

const names = process.argv.slice(2);
const selected = names.length ? names : Object.keys(CASES);
for (const name of selected) {
  let c = CASES[name];
  if (!c) {
    const [nu, scenario, order] = name.split(':');
    c = { nu: Number(nu), scenario, order: Number(order) };
  }
  const model = makeModel({ nu: c.nu, scenario: c.scenario, target: 'identity' });
  const t0 = performance.now();
  const terms = expandLoss(model, c.order, {
    onTerm: (t) => process.stderr.write(`  ${name} s=${t.s}: ${t.classes} classes, ${(t.millis / 1000).toFixed(2)} s\n`),
  });
  const total = (performance.now() - t0) / 1000;
  console.log(
    `${name.padEnd(8)} nu=${c.nu} ${c.scenario.toUpperCase().padEnd(4)} S=${c.order}: ${total.toFixed(2)} s total; classes per s: ${terms.map((t) => t.classes).join(', ')}; peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
  );
}

if (names.length === 0) {
  const model = makeModel({ nu: 3, scenario: 'asym' });
  const t0 = performance.now();
  const fast = expandLoss(model, 4);
  const t1 = performance.now();
  const slow = expandLoss(model, 4, { wick: wickByPairings });
  const t2 = performance.now();
  const same = fast.every((t, s) => t.poly.equals(slow[s].poly));
  console.log(
    `baseline ASYM nu=3 S=4: engine ${((t1 - t0) / 1000).toFixed(2)} s, plain pairings ${((t2 - t1) / 1000).toFixed(2)} s, speed-up ${((t2 - t1) / (t1 - t0)).toFixed(1)}x, identical: ${same}`,
  );
}
