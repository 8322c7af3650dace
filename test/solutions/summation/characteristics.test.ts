/**
 * Method of characteristics (paper §5, eq. char) on PDEs with known solutions. The evaluator is
 * floating point (RK4); tolerances reflect that.
 */
import { describe, expect, it } from 'vitest';
import { characteristicSystem, characteristicSystemLatex, compilePde, followCharacteristic, solveByCharacteristics } from '../../../src/solutions/index.js';

describe('first-order linear PDEs by characteristics', () => {
  // h_x + y h_y = h with h(0, y) = g(y): h(x, y) = e^x g(y e^{−x})
  const g = (y: number) => 1 / (1 + y * y);
  const exact = (x: number, y: number) => Math.exp(x) * g(y * Math.exp(-x));

  it('prints the characteristic system', () => {
    const pde = { vars: ['x', 'y'], field: ['1', 'y'], rate: '1' };
    expect(characteristicSystem(pde)).toEqual(['dx/dtau = 1', 'dy/dtau = y', 'd(log h)/dtau = 1']);
    expect(characteristicSystemLatex(pde)).toContain('\\frac{dy}{d\\tau} &= y');
  });
  it('h_x + y h_y = h, data on x = 0: carried back along τ = −x (plain functions)', () => {
    const field = (v: readonly number[]) => [1, v[1]!];
    const rate = () => 1;
    for (const [x, y] of [[0.5, 0.3], [1.2, -2], [2, 4]] as const) {
      const h = solveByCharacteristics(field, rate, (v) => g(v[1]!), [x, y], -x, 400);
      expect(Math.abs(h - exact(x, y)) / exact(x, y)).toBeLessThan(1e-9);
    }
  });
  it('the same PDE read from nerdamer expressions', () => {
    const { field, rate } = compilePde({ vars: ['x', 'y'], field: ['1', 'y'], rate: '1' });
    const h = solveByCharacteristics(field, rate, (v) => g(v[1]!), [0.7, 1.5], -0.7);
    expect(h).toBeCloseTo(exact(0.7, 1.5), 9);
  });
  it('the paper’s free SYM ν ≥ 4 equation (eq. EGF-ode) as a PDE in (x, y): f(x, y) = f(0, y)(1 − 4ν(ν−1)(1 + (ν−1)!! y)x)^{−ν/(ν−1)}', () => {
    // [1 − 4ν(ν−1)(1 + 3y)x] f_x = 4ν²(1 + 3y) f at ν = 4: Φ = (1 − 48(1+3y)x, 0), φ = 64(1+3y)
    const { field, rate } = compilePde({ vars: ['x', 'y'], field: ['1 - 48*(1+3*y)*x', '0'], rate: '64*(1+3*y)' });
    const f0 = (y: number) => y + 3 * y * y;
    const want = (x: number, y: number) => f0(y) * (1 - 48 * (1 + 3 * y) * x) ** (-4 / 3);
    // from (x, y), 0 < x < 1/(48(1+3y)), Φ_x > 0: follow the curve backwards (τ < 0) to x = 0,
    // the τ found by bisection
    for (const [x, y] of [[0.002, 0.5], [0.001, 2]] as const) {
      let lo = 0;
      let hi = -1;
      while (followCharacteristic(field, rate, [x, y], hi, 200).end[0]! > 0) hi *= 2;
      for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (followCharacteristic(field, rate, [x, y], mid, 200).end[0]! > 0) lo = mid;
        else hi = mid;
      }
      const h = solveByCharacteristics(field, rate, (v) => f0(v[1]!), [x, y], lo, 2000);
      expect(Math.abs(h - want(x, y)) / want(x, y)).toBeLessThan(1e-6);
    }
  });
  it('bad input', () => {
    expect(() => characteristicSystem({ vars: ['x'], field: ['1', '2'], rate: '0' })).toThrow(expect.objectContaining({ name: 'InputError' }) as unknown);
    expect(() => followCharacteristic(() => [1], () => 0, [0], 1, 0)).toThrow(expect.objectContaining({ name: 'InputError' }) as unknown);
  });
});
