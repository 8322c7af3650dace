/**
 * Symbolic first integrals and integrating factors of Φ·∇h = φh (paper §5, eq. char), against
 * solutions derived by hand: h_x + y h_y = h (I = y e^{−x}, Ψ = x), the App. G PDE of free SYM
 * ν = 4 (eq. EGF-ode times x; eq. EGF-sol), a case nerdamer integrates wrongly (must give "not
 * found"), and random separable fields built from a known integral. The answers are evaluated
 * here with nerdamer's compiler and differentiated by finite differences, not by the code's own
 * derivatives.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compilePde, firstIntegrals, firstIntegralsLatex, firstIntegralsText, followCharacteristic, solveByCharacteristics } from '../../../src/solutions/index.js';

const nerdamer = createRequire(import.meta.url)('nerdamer') as (e: string) => { buildFunction(v: string[]): (...a: number[]) => number; toString(): string };
createRequire(import.meta.url)('nerdamer/Calculus');
const fn = (expr: string, vars = ['x', 'y']) => {
  const f = nerdamer(expr).buildFunction(vars);
  return (...a: number[]) => f(...a);
};
/** Φ·∇u by central differences (step 1e-5), relative to Σ|Φ_i ∂_i u| */
function transport(field: ((...a: number[]) => number)[], u: (...a: number[]) => number, at: number[]): { value: number; scale: number } {
  let value = 0;
  let scale = 0;
  at.forEach((_, i) => {
    const h = 1e-5 * Math.max(1, Math.abs(at[i]!));
    const up = [...at];
    const dn = [...at];
    up[i]! += h;
    dn[i]! -= h;
    const t = field[i]!(...at) * ((u(...up) - u(...dn)) / (2 * h));
    value += t;
    scale += Math.abs(t);
  });
  return { value, scale };
}

describe('first integrals (symbolic, checked)', () => {
  it('h_x + y h_y = h: I = y e^{−x}, Ψ = x, h = e^x g(y e^{−x})', () => {
    const r = firstIntegrals({ vars: ['x', 'y'], field: ['1', 'y'], rate: '1' });
    expect(r.complete).toBe(true);
    expect(r.integrals).toHaveLength(1);
    const I = fn(r.integrals[0]!.text);
    const Psi = fn(r.logFactor!.text);
    for (const [x, y] of [[0.3, 2], [-1.5, 0.25], [2, -3]] as const) {
      expect(I(x, y)).toBeCloseTo(y * Math.exp(-x), 12);
      expect(Psi(x, y)).toBeCloseTo(x, 12);
    }
    expect(r.parameter).toMatchObject({ variable: 'x', text: 'x' }); // dx/dτ = 1
    expect(r.general).toBe(`h = exp(x)*g(${r.integrals[0]!.text})`);
    expect(r.missing).toEqual([]);
    expect(Object.isFrozen(r) && Object.isFrozen(r.integrals) && Object.isFrozen(r.missing)).toBe(true);
  });

  it('App. G, free SYM ν = 4: Φ = (x − 48x² − 144x²y, 0), φ = 64x + 192xy ⇒ I = y, e^Ψ ∝ (1 − 48(1 + 3y)x)^{−4/3} (eq. EGF-sol)', () => {
    // by hand: Φ_y = 0 gives I = y; dividing by x, (1 − 48(1+3y)x) Ψ_x = 64(1+3y), so
    // Ψ = −(4/3) log(1 − 48(1+3y)x) + G(y): −ν/(ν−1) = −4/3, 4ν(ν−1) = 48, (ν−1)!! = 3
    const pde = { vars: ['x', 'y'], field: ['x - 48*x^2 - 144*x^2*y', '0'], rate: '64*x + 192*x*y' };
    const r = firstIntegrals(pde);
    expect(r.integrals.map((I) => [I.text, I.method])).toEqual([['y', 'trivial']]);
    const Psi = fn(r.logFactor!.text);
    const paper = (x: number, y: number) => (1 - 48 * (1 + 3 * y) * x) ** (-4 / 3);
    for (const y of [0.5, 1, 2]) {
      const ratio = (x: number) => Math.exp(Psi(x, y)) / paper(x, y);
      for (const x of [-0.01, 0.001, 0.002]) expect(ratio(x) / ratio(0)).toBeCloseTo(1, 10);
    }
    // the printed power is the same function
    const factor = fn(r.general!.replace(/^h = /, '').replace(/\*g\(y\)$/, ''));
    expect(factor(0.002, 0.5)).toBeCloseTo(paper(0.002, 0.5), 10);
    // h = e^Ψ g(y) with g fixed by f(0, y) = y + 3y² against RK4 characteristics and the boxed formula
    const { field, rate } = compilePde(pde);
    const f0 = (y: number) => y + 3 * y * y;
    for (const [x, y] of [[0.002, 0.5], [-0.01, 1]] as const) {
      const h = Math.exp(Psi(x, y) - Psi(0, y)) * f0(y);
      expect(Math.abs(h / (f0(y) * paper(x, y)) - 1)).toBeLessThan(1e-12);
      let tau = 0;
      while (Math.abs(followCharacteristic(field, rate, [x, y], tau, 400).end[0]!) > Math.abs(x) * 1e-6) tau -= 2;
      const rk4 = solveByCharacteristics(field, rate, (v) => f0(v[1]!), [x, y], tau, 4000);
      expect(Math.abs(h / rk4 - 1)).toBeLessThan(1e-5);
    }
  });

  it('nerdamer integrates 1/(2 + sin x) wrongly; the answer is refused, "not found" is reported', () => {
    // precondition: nerdamer's own antiderivative is wrong (d/dx log(2 + sin x) = cos x/(2 + sin x))
    const raw = nerdamer('integrate(1/(2+sin(x)), x)').toString();
    const F = fn(raw, ['x']);
    const x0 = 1.5;
    expect(Math.abs((F(x0 + 1e-6) - F(x0 - 1e-6)) / 2e-6 - 1 / (2 + Math.sin(x0)))).toBeGreaterThan(0.1);
    const r = firstIntegrals({ vars: ['x', 'y'], field: ['1', '1/(2+sin(x))'], rate: '1/(3+cos(x))' });
    expect([r.integrals, r.complete, r.logFactor, r.general]).toEqual([[], false, null, null]);
    expect(r.missing).toHaveLength(2);
    expect(r.missing[0]).toMatch(/^first integral: dy\/dx/);
    expect(r.missing[1]).toMatch(/^log factor/);
    expect(r.parameter?.text).toBe('x'); // τ = x is still found
  });

  it('Ψ along the curve: h_x + y h_y = xy h ⇒ Ψ = y(x − 1) (on y = c e^x, ∫ x c e^x dx = c(x − 1)e^x)', () => {
    const r = firstIntegrals({ vars: ['x', 'y'], field: ['1', 'y'], rate: 'x*y' });
    expect(r.logFactor?.method).toBe('curve');
    const Psi = fn(r.logFactor!.text);
    for (const [x, y] of [[0.3, 2], [-1, 0.5]] as const) expect(Psi(x, y)).toBeCloseTo(y * (x - 1), 10);
  });

  it('three variables: Φ = (1, y, 2z), φ = y ⇒ I = y e^{−x}, z e^{−2x}, Ψ = y', () => {
    const r = firstIntegrals({ vars: ['x', 'y', 'z'], field: ['1', 'y', '2*z'], rate: 'y' });
    expect(r.complete).toBe(true);
    const [I1, I2] = r.integrals.map((I) => fn(I.text, ['x', 'y', 'z']));
    expect(I1!(0.5, 2, 3)).toBeCloseTo(2 * Math.exp(-0.5), 12);
    expect(I2!(0.5, 2, 3)).toBeCloseTo(3 * Math.exp(-1), 12);
    expect(fn(r.logFactor!.text, ['x', 'y', 'z'])(0.5, 2, 3)).toBeCloseTo(2, 12);
  });

  it('property: random separable fields Φ = r·(v′(y), −u′(x)) with known I = u(x) + v(y): the integral found is a function of I', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), (seed >>> 8) % n);
    // [expression, derivative] in the variable t
    const family = (t: string, a: number, b: number): [string, string] =>
      [
        [`${a}*${t}^${b + 1}`, `${a * (b + 1)}*${t}^${b}`],
        [`${a}*exp(${b}*${t})`, `${a * b}*exp(${b}*${t})`],
        [`${a}*log(1+${t}^2)`, `${2 * a}*${t}/(1+${t}^2)`],
        [`${a}*${t}^2 + ${b}*${t}`, `${2 * a}*${t} + ${b}`],
      ][rnd(4)] as [string, string];
    const common = ['1', '(1+x^2)', '(2+y^2)'];
    for (let k = 0; k < 12; k++) {
      const [u, du] = family('x', 1 + rnd(3), 1 + rnd(2));
      const [v, dv] = family('y', 1 + rnd(3), 1 + rnd(2));
      const c = common[rnd(3)]!;
      const field = [`${c}*(${dv})`, `-${c}*(${du})`];
      const r = firstIntegrals({ vars: ['x', 'y'], field, rate: '0' });
      expect(r.complete, `${field}`).toBe(true);
      const I = fn(r.integrals[0]!.text);
      const known = fn(`${u} + ${v}`);
      const F = field.map((e) => fn(e));
      for (const at of [[0.4, 0.7], [-0.6, 1.3], [1.1, -0.2]]) {
        const t = transport(F, I, at);
        expect(Math.abs(t.value), `${field} at ${at}`).toBeLessThan(1e-6 * t.scale + 1e-9);
        // a function of the known integral: ∇I ∥ ∇(u + v)
        const grad = (g: (...a: number[]) => number) => [0, 1].map((i) => {
          const up = [...at];
          const dn = [...at];
          up[i]! += 1e-5;
          dn[i]! -= 1e-5;
          return (g(...up) - g(...dn)) / 2e-5;
        });
        const [a, b] = [grad(I), grad(known)];
        const cross = a[0]! * b[1]! - a[1]! * b[0]!;
        expect(Math.abs(cross)).toBeLessThan(1e-5 * Math.hypot(...a) * Math.hypot(...b) + 1e-9);
        expect(Math.hypot(...a)).toBeGreaterThan(1e-6);
      }
    }
  });

  it('text and LaTeX printers', () => {
    const r = firstIntegrals({ vars: ['x', 'y'], field: ['x - 48*x^2 - 144*x^2*y', '0'], rate: '64*x + 192*x*y' });
    const text = firstIntegralsText(r);
    expect(text[0]).toBe('I_1 = y   (Phi_y = 0; Phi.grad I = 0 checked)');
    expect(text[1]).toMatch(/^Psi = .*log.*\(quadrature; Phi.grad Psi = phi checked\)$/);
    expect(text[2]).toBe(r.general);
    const latex = firstIntegralsLatex(r);
    expect(latex).toMatch(/^\\begin\{aligned\}\nI_\{1\} &= y \\\\\n\\Psi &= /);
    expect(latex).toContain('h &= ');
  });

  it.each([
    [{ vars: ['x', 'y'], field: ['1'], rate: '0' }, /1 field components for 2 variables/],
    [{ vars: ['x', 'y'], field: ['1', 'y+*2'], rate: '0' }, /cannot read "y\+\*2"/],
    [{ vars: ['x', 'y'], field: ['1', 'y'], rate: 'a*x' }, /unknown symbol\(s\) a/],
    [{ vars: ['x', 'y'], field: ['0', '0'], rate: '1' }, /vanishes identically/],
    [{ vars: ['x', 'e'], field: ['1', '1'], rate: '0' }, /"e" cannot be a variable/],
  ])('bad input %j: InputError', (pde, pattern) => {
    expect(() => firstIntegrals(pde)).toThrow(expect.objectContaining({ name: 'InputError', message: expect.stringMatching(pattern) as unknown as string }) as unknown);
  });
});
