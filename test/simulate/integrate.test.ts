import { describe, expect, it } from 'vitest';
import { integrate, type Method } from '../../src/simulate/integrate.js';
import { comboTarget, problemFor, testWeights } from './helpers.js';

/**
 * SYM nu=2, p = H = 1, identity target: L = ½(u² − 1)², du/dt = −2u(u² − 1)/T, so y = u²
 * solves the logistic equation dy/dt = 4y(1 − y)/T: y(t) = y0 e^{4t/T} / (1 − y0 + y0 e^{4t/T}).
 */
function exactLogistic(y0: number, t: number, T: number): number {
  const e = Math.exp((4 * t) / T);
  return (y0 * e) / (1 - y0 + y0 * e);
}

function finalLoss(pbArgs: Parameters<typeof problemFor>, w0: Float64Array, T: number, tmax: number, steps: number, method: Method): number {
  const { pb } = problemFor(...pbArgs);
  const traj = integrate(pb, Float64Array.from(w0), { T, tmax, steps, method, recordSteps: [steps] });
  return traj.loss[0]!;
}

describe('fixed-step integrators', () => {
  const scalar: Parameters<typeof problemFor> = [2, 'sym', 'identity', 1, 1];

  it('follow the exact logistic solution with global orders 1 (Euler) and 4 (RK4)', () => {
    const u0 = 0.3, T = 1, tmax = 0.5;
    const yT = exactLogistic(u0 * u0, tmax, T);
    const exact = 0.5 * (yT - 1) ** 2;
    const err = (steps: number, m: Method) => Math.abs(finalLoss(scalar, Float64Array.of(u0), T, tmax, steps, m) - exact);
    const e = [40, 80, 160].map((n) => err(n, 'euler'));
    const r = [10, 20, 40].map((n) => err(n, 'rk4'));
    for (let j = 0; j < 2; j++) {
      expect(e[j]! / e[j + 1]!).toBeGreaterThan(1.8);
      expect(e[j]! / e[j + 1]!).toBeLessThan(2.2);
      expect(r[j]! / r[j + 1]!).toBeGreaterThan(13);
      expect(r[j]! / r[j + 1]!).toBeLessThan(19);
    }
    expect(r[2]!).toBeLessThan(1e-6);
  });

  it('converge at orders 1 and 4 on a multi-dimensional ASYM problem (fine RK4 reference)', () => {
    const args: Parameters<typeof problemFor> = [3, 'asym', comboTarget(3), 3, 5];
    const w0 = testWeights(3 * 3 * 5, 99, 0.7);
    const T = 1, tmax = 0.8;
    const ref = finalLoss(args, w0, T, tmax, 4000, 'rk4');
    const err = (steps: number, m: Method) => Math.abs(finalLoss(args, w0, T, tmax, steps, m) - ref);
    const e = [200, 400, 800].map((n) => err(n, 'euler'));
    const r = [25, 50, 100].map((n) => err(n, 'rk4'));
    for (let j = 0; j < 2; j++) {
      expect(e[j]! / e[j + 1]!).toBeGreaterThan(1.7);
      expect(e[j]! / e[j + 1]!).toBeLessThan(2.3);
      expect(r[j]! / r[j + 1]!).toBeGreaterThan(12);
      expect(r[j]! / r[j + 1]!).toBeLessThan(20);
    }
  });

  it('Euler is plain gradient descent u ← u − (dt/T) ∇L (paper App. L)', () => {
    const { pb } = problemFor(2, 'sym', 'identity', 1, 1);
    const w = Float64Array.of(0.5);
    const T = 4, tmax = 0.2;
    integrate(pb, w, { T, tmax, steps: 1, method: 'euler', recordSteps: [] });
    expect(w[0]).toBeCloseTo(0.5 - (tmax / T) * 2 * 0.5 * (0.25 - 1), 15);
  });

  it('negative tmax integrates gradient ascent and reports the blow-up time', () => {
    // y0 = 2: backwards in time y = 2e^{4t}/(2e^{4t} − 1) blows up at t* = ¼ ln ½.
    const tStar = 0.25 * Math.log(0.5);
    const { pb } = problemFor(2, 'sym', 'identity', 1, 1);
    const steps = 20000, tmax = -0.5;
    const rec = [0, 2000, 4000, 6000, 8000, 10000, 20000];
    const traj = integrate(pb, Float64Array.of(Math.SQRT2), { T: 1, tmax, steps, method: 'euler', recordSteps: rec });
    expect(traj.diverged).toBe(true);
    const tLast = (traj.lastFiniteStep * tmax) / steps;
    expect(Math.abs(tLast - tStar)).toBeLessThan(2e-3);
    rec.forEach((n, j) => {
      const t = (n * tmax) / steps;
      if (t > tStar + 0.02) {
        const y = exactLogistic(2, t, 1);
        expect(Math.abs(traj.loss[j]! - 0.5 * (y - 1) ** 2)).toBeLessThan(0.02 * 0.5 * (y - 1) ** 2);
      }
      if (t < tStar - 1e-3) expect(traj.loss[j]).toBeNaN();
    });
  });
});
