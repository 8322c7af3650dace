import { describe, expect, it } from 'vitest';
import { erfcx } from '../../../src/solutions/curves/special/erfcx.js';
import { adaptiveSimpson } from './quadrature.js';

/** erfcx(x) = (2/√π) ∫_0^∞ e^{−s² − 2xs} ds for x ≥ 0, by quadrature in s = r/(1 + x). */
function erfcxByQuadrature(x: number): number {
  const c = 1 / (1 + x);
  return (2 / Math.sqrt(Math.PI)) * adaptiveSimpson((r) => Math.exp(-((r * c) ** 2) - 2 * x * r * c) * c, 0, 60, 1e-14, 64);
}

describe('erfcx (scaled complementary error function)', () => {
  it('matches the integral representation on both sides of the series / continued-fraction switch', () => {
    for (const x of [0, 0.1, 0.5, 0.9, 0.999, 1, 1.001, 1.5, 2, 3, 5, 8, 13, 30, 100, 1e3]) {
      const ref = erfcxByQuadrature(x);
      expect(Math.abs(erfcx(x) - ref) / ref).toBeLessThan(5e-14);
    }
  });

  it('reproduces tabulated erfc values: erfc(1), erfc(0.5), erfc(2)', () => {
    // erfc(1) = 0.157299207050285130659, erfc(0.5) = 0.479500122186953462317, erfc(2) = 0.004677734981047265838
    expect(erfcx(1) * Math.exp(-1)).toBeCloseTo(0.15729920705028513, 15);
    expect(erfcx(0.5) * Math.exp(-0.25)).toBeCloseTo(0.47950012218695346, 15);
    expect(Math.abs(erfcx(2) * Math.exp(-4) - 0.004677734981047266) / 0.004677734981047266).toBeLessThan(1e-14);
  });

  it('obeys erfcx(x) + erfcx(−x) = 2e^{x²} and overflows only where the value does', () => {
    for (const x of [0.2, 0.7, 1.3, 3, 6]) {
      expect(Math.abs(erfcx(x) + erfcx(-x) - 2 * Math.exp(x * x)) / (2 * Math.exp(x * x))).toBeLessThan(1e-15);
    }
    expect(erfcx(-30)).toBe(Infinity);
  });

  it('has the asymptotic expansion 1/(x√π)(1 − 1/(2x²) + 3/(4x⁴)) for large x, without overflow', () => {
    for (const x of [1e3, 1e4, 1e8, 1e12, 1e200]) {
      const asym = (1 / (x * Math.sqrt(Math.PI))) * (1 - 1 / (2 * x * x) + 3 / (4 * x ** 4));
      expect(Math.abs(erfcx(x) - asym) / asym).toBeLessThan(1e-14);
    }
  });
});
