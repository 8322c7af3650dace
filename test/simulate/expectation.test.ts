import { describe, expect, it } from 'vitest';
import { initialWeights } from '../../src/simulate/initialWeights.js';
import { loss } from '../../src/simulate/problem.js';
import { runSeed } from '../../src/simulate/seeding.js';
import { problemFor } from './helpers.js';

/** Sample mean and standard error of L(0) over `runs` seeded initialisations. */
function monteCarlo(nu: number, sc: 'sym' | 'asym', target: string, p: number, H: number, sigma2: number, runs: number, base: number) {
  const { pb } = problemFor(nu, sc, target, p, H);
  let s = 0, ss = 0;
  for (let j = 0; j < runs; j++) {
    const L = loss(pb, initialWeights(pb, runSeed(base, j), sigma2));
    s += L;
    ss += L * L;
  }
  const mean = s / runs;
  const se = Math.sqrt((ss / runs - mean * mean) / (runs - 1));
  return { mean, se };
}

describe('Monte-Carlo E[L(0)] against the exact Gaussian expectation', () => {
  it('ASYM identity, any nu: p/2 + ½ p^nu H sigma^(2nu) (E[D_2nu] = p^nu H sigma^2nu)', () => {
    for (const [nu, p, H, s2] of [[2, 3, 4, 0.5], [3, 3, 2, 0.6], [4, 2, 3, 0.7]] as const) {
      const exact = p / 2 + 0.5 * p ** nu * H * s2 ** nu;
      const { mean, se } = monteCarlo(nu, 'asym', 'identity', p, H, s2, 4000, 1000 * nu);
      expect(Math.abs(mean - exact)).toBeLessThan(4 * se);
      expect(se).toBeLessThan(0.1 * exact); // the test has power
    }
  });

  it('SYM nu=2 identity: Y_0 = p/2 − pH sigma² + ½(p²H + pH² + pH) sigma⁴ (check value)', () => {
    for (const [p, H, s2] of [[3, 4, 0.3], [5, 2, 0.5]] as const) {
      const exact = p / 2 - p * H * s2 + 0.5 * (p * p * H + p * H * H + p * H) * s2 * s2;
      const { mean, se } = monteCarlo(2, 'sym', 'identity', p, H, s2, 4000, 77);
      expect(Math.abs(mean - exact)).toBeLessThan(4 * se);
      expect(se).toBeLessThan(0.1 * exact);
    }
  });

  it('SYM nu=3 free evolution: ½ E[D_6] = ½ p(p+2)(p+4) H sigma⁶ (H times the third moment of χ²_p)', () => {
    // The paper prints p³ + 5p² + 9p; the exact value is p³ + 6p² + 8p (see test/expansion/series.test.ts).
    const [p, H, s2] = [3, 3, 0.5];
    const exact = 0.5 * (p ** 3 + 6 * p * p + 8 * p) * H * s2 ** 3;
    const { mean, se } = monteCarlo(3, 'sym', 'zero', p, H, s2, 4000, 5);
    expect(Math.abs(mean - exact)).toBeLessThan(4 * se);
    expect(se).toBeLessThan(0.1 * exact);
  });
});
