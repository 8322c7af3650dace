/** Test helpers: small problems and an explicit p^ν tensor oracle. */
import { makeModel, type Model } from '../../src/model/index.js';
import { blockOf } from '../../src/model/setPartition.js';
import { makeProblem, problemSpec, type Problem } from '../../src/simulate/problem.js';

export function problemFor(nu: number, scenario: 'sym' | 'asym', target: string, p: number, H: number): { model: Model; pb: Problem } {
  const model = makeModel({ nu, scenario, target });
  return { model, pb: makeProblem(problemSpec(model, p, H)) };
}

/** Deterministic pseudo-random weights in (−1, 1) (a simple LCG, independent of the simulator's generator). */
export function testWeights(n: number, seed: number, scale = 1): Float64Array {
  let x = seed >>> 0;
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    w[i] = ((x / 2 ** 32) * 2 - 1) * scale;
  }
  return w;
}

/** All index tuples of length nu over 0..p−1. */
function* tuples(nu: number, p: number): Generator<number[]> {
  const idx = new Array<number>(nu).fill(0);
  for (;;) {
    yield idx;
    let m = nu - 1;
    while (m >= 0 && ++idx[m]! === p) idx[m--] = 0;
    if (m < 0) return;
  }
}

/**
 * L = ½ Σ_{i1..iν} (f − F)² by building every entry: f_{i} = Σ_k Π_m u^{(m)}_{k,i_m} and
 * F_{i} = Σ_π c_π [indices equal within each block of π].
 */
export function bruteForceLoss(model: Model, p: number, H: number, w: Float64Array): number {
  const nu = model.nu;
  const sym = model.scenario === 'sym';
  const blocks = model.target.terms.map((t) => ({ c: t.coeff.toNumber(), of: blockOf(t.pattern, nu) }));
  let total = 0;
  for (const idx of tuples(nu, p)) {
    let f = 0;
    for (let k = 0; k < H; k++) {
      let prod = 1;
      for (let m = 0; m < nu; m++) prod *= w[((sym ? 0 : m) * H + k) * p + idx[m]!]!;
      f += prod;
    }
    let F = 0;
    for (const { c, of } of blocks) {
      let ok = true;
      for (let a = 0; a < nu && ok; a++) for (let b = 0; b < nu && ok; b++) if (of[a] === of[b] && idx[a] !== idx[b]) ok = false;
      if (ok) F += c;
    }
    total += (f - F) ** 2;
  }
  return total / 2;
}

/** A delta-pattern combination for order ν used across the tests. */
export function comboTarget(nu: number): string {
  if (nu === 2) return '2*{1,2} - {1}{2}';
  if (nu === 3) return '2*{1,2}{3} - {1}{2}{3}';
  return '2*{1,2}{3,4} - {1}{2}{3}{4} + 1/2*{1,2,3,4}';
}
