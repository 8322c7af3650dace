import { describe, expect, it } from 'vitest';
import { exactInitialLoss } from '../../src/experiments/exactInitialLoss.js';

describe('exactInitialLoss (Y_0 from the series engine, in floats)', () => {
  it('ASYM zero target: ½p^νHσ^{2ν} (E[D_2ν] = p^νHσ^{2ν})', () => {
    for (const [nu, p, H, s2] of [[3, 4, 1024, 0.03], [2, 7, 5, 0.2]] as const) {
      expect(exactInitialLoss({ nu, scenario: 'asym', target: 'zero', p, H, sigma2: s2 })).toBeCloseTo(0.5 * p ** nu * H * s2 ** nu, 10);
    }
  });

  it('SYM ν=2 identity: p/2 − pHσ² + ½(p²H + pH² + pH)σ⁴ (check value)', () => {
    const [p, H, s2] = [16, 8, 0.05];
    const expected = p / 2 - p * H * s2 + 0.5 * (p * p * H + p * H * H + p * H) * s2 * s2;
    expect(exactInitialLoss({ nu: 2, scenario: 'sym', target: 'identity', p, H, sigma2: s2 })).toBeCloseTo(expected, 10);
  });

  it('SYM ν=3 zero target: ½p(p+2)(p+4)Hσ⁶', () => {
    // D_6 = Σ_{k,k'} (u_k·u_k')³: terms k ≠ k' have mean 0 (odd), and E‖u‖⁶ = p(p+2)(p+4)σ⁶ (χ² moments)
    const [p, H, s2] = [5, 3, 0.1];
    expect(exactInitialLoss({ nu: 3, scenario: 'sym', target: 'zero', p, H, sigma2: s2 })).toBeCloseTo(0.5 * p * (p + 2) * (p + 4) * H * s2 ** 3, 10);
  });
});
