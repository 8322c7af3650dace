/**
 * The simulator's gradient flow against the exact series of the diagram engine (two independent
 * derivations of the same dynamics): along du/dt = −(1/T)∇L, dL/dt(0) = −‖∇L(u₀)‖²/T, so the
 * Monte-Carlo mean of −‖∇L‖² over initialisations must equal Y_1 = T·E[dL/dt(0)], and the mean of
 * L(u₀) must equal Y_0. This pins the simulator's time scale and loss normalisation.
 */
import { describe, expect, it } from 'vitest';
import { lossSeries } from '../../src/expansion/index.js';
import { makeModel } from '../../src/model/index.js';
import { initialWeights } from '../../src/simulate/initialWeights.js';
import { loss, makeProblem, problemSpec } from '../../src/simulate/problem.js';
import { runSeed } from '../../src/simulate/seeding.js';

const CASES = [
  { nu: 2, scenario: 'sym', target: 'identity', p: 3, H: 2, sigma2: 0.3, runs: 20000 },
  { nu: 3, scenario: 'asym', target: 'identity', p: 2, H: 3, sigma2: 0.5, runs: 20000 },
  { nu: 3, scenario: 'sym', target: '2*{1,2}{3} - {1}{2}{3}', p: 2, H: 2, sigma2: 0.4, runs: 20000 },
  // ν = 4: heavier tails of ‖∇L‖², more runs
  { nu: 4, scenario: 'sym', target: 'identity', p: 2, H: 2, sigma2: 0.15, runs: 150000 },
] as const;

describe('simulator vs exact series: E[L(0)] = Y_0 and E[−‖∇L‖²] = Y_1', () => {
  it.each(CASES)('$scenario ν=$nu target $target at p=$p, H=$H, σ²=$sigma2', (c) => {
    const model = makeModel(c);
    const [Y0, Y1] = lossSeries(model, 1);
    const y0 = Y0!.evaluate(c.p, c.H, c.sigma2.toString()).toNumber();
    const y1 = Y1!.evaluate(c.p, c.H, c.sigma2.toString()).toNumber();
    const pb = makeProblem(problemSpec(model, c.p, c.H));
    const grad = new Float64Array(pb.size);
    const runs = c.runs;
    let sL = 0, sL2 = 0, sG = 0, sG2 = 0;
    for (let j = 0; j < runs; j++) {
      const w = initialWeights(pb, runSeed(4242, j), c.sigma2);
      const L = loss(pb, w, grad);
      let g2 = 0;
      for (let i = 0; i < grad.length; i++) g2 += grad[i]! * grad[i]!;
      sL += L;
      sL2 += L * L;
      sG -= g2;
      sG2 += g2 * g2;
    }
    const mean = (s: number) => s / runs;
    const se = (s: number, s2: number) => Math.sqrt((s2 / runs - (s / runs) ** 2) / (runs - 1));
    expect(Math.abs(mean(sL) - y0)).toBeLessThan(4 * se(sL, sL2));
    expect(Math.abs(mean(sG) - y1)).toBeLessThan(4 * se(sG, sG2));
    // the comparison has power: a factor ν (or 2) in the time scale would be far outside the error
    expect(Math.abs(y1) * 0.5).toBeGreaterThan(4 * se(sG, sG2));
  });
});
