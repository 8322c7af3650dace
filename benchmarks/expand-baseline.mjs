// Speed-up of the exact series engine over the plain-pairing Wick baseline (same merges and
// canonical forms, expectations by enumerating all (2l−1)!! pairings), on cases both finish.
// Usage: node benchmarks/expand-baseline.mjs   (needs the compiled library)
import { expandLoss } from '../dist/expansion/index.js';
import { makeModel } from '../dist/model/index.js';
import { wickByPairings } from '../dist/wick/index.js';

// The plain baseline cannot finish SYM ν=4 S=2 (20 same-colour edges: 19!! ≈ 6.5e8 pairings per
// diagram) nor SYM ν=3 S=3; smaller orders are used there.
const CASES = [
  { nu: 2, scenario: 'sym', order: 6 },
  { nu: 3, scenario: 'asym', order: 4 },
  { nu: 3, scenario: 'sym', order: 2 },
  { nu: 4, scenario: 'sym', order: 1 },
];

function time(fn) {
  const t0 = performance.now();
  const r = fn();
  return [r, (performance.now() - t0) / 1000];
}

for (const c of CASES) {
  const model = makeModel({ nu: c.nu, scenario: c.scenario });
  const [fast, tFast] = time(() => expandLoss(model, c.order));
  const [slow, tSlow] = time(() => expandLoss(model, c.order, { wick: wickByPairings }));
  const same = fast.every((t, s) => t.poly.equals(slow[s].poly));
  console.log(
    `nu=${c.nu} ${c.scenario.toUpperCase().padEnd(4)} S=${c.order}: fast ${tFast.toFixed(3)} s, plain pairings ${tSlow.toFixed(3)} s, speed-up ${(tSlow / tFast).toFixed(1)}x, identical: ${same}`,
  );
}
