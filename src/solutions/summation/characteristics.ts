/**
 * First-order linear PDEs Φ(x)·∇h(x) = φ(x) h(x) (paper §5, step 3; eq. char) by the method of
 * characteristics. Along an integral curve dx/dτ = Φ(x) the PDE reads dh/dτ = φ h, so
 *   h(x(τ_0)) = h(x(τ_1)) exp(−∫_{τ_0}^{τ_1} φ(x(τ)) dτ),
 * which carries known values of h (e.g. on x_1 = 0) to the points of interest.
 *
 * The characteristic system is printed exactly as given; the evaluator integrates it in floating
 * point (classical Runge–Kutta of order 4 with a fixed step), so its values are numerical, not
 * exact. Fields given as nerdamer expressions are compiled once to plain functions.
 */
import { InputError } from '../../errors.js';
import { nerdamer } from '../../rational/index.js';

export type Field = (x: readonly number[]) => number[];
export type Scalar = (x: readonly number[]) => number;

export interface LinearPde {
  /** the variable names x_1 … x_d */
  readonly vars: readonly string[];
  /** Φ_1 … Φ_d as expressions in the variables */
  readonly field: readonly string[];
  /** φ as an expression in the variables */
  readonly rate: string;
}

/**
 * The characteristic ODEs of Φ·∇h = φh as text lines: dx_i/dτ = Φ_i, d(log h)/dτ = φ.
 *
 * @example
 * ```ts
 * characteristicSystem({ vars: ['x', 'y'], field: ['1', 'y'], rate: '1' }); // ["dx/dtau = 1", "dy/dtau = y", "d(log h)/dtau = 1"]
 * ```
 */
export function characteristicSystem(pde: LinearPde): string[] {
  checkPde(pde);
  return [...pde.vars.map((v, i) => `d${v}/dtau = ${pde.field[i]}`), `d(log h)/dtau = ${pde.rate}`];
}

/** LaTeX form of {@link characteristicSystem}. */
export function characteristicSystemLatex(pde: LinearPde): string {
  checkPde(pde);
  const rows = [...pde.vars.map((v, i) => `\\frac{d${v}}{d\\tau} &= ${pde.field[i]}`), `\\frac{d\\log h}{d\\tau} &= ${pde.rate}`];
  return `\\begin{aligned}\n${rows.join(' \\\\\n')}\n\\end{aligned}`;
}

function checkPde(pde: LinearPde): void {
  if (pde.vars.length === 0 || pde.field.length !== pde.vars.length)
    throw new InputError(`characteristics: ${pde.field.length} field components for ${pde.vars.length} variables`);
}

export interface CharacteristicPoint {
  /** x(τ_1) */
  readonly end: number[];
  /** ∫_{τ_0}^{τ_1} φ(x(τ)) dτ */
  readonly integral: number;
}

/**
 * Follow the integral curve of Φ from x(0) = start to τ = tau (either sign) with `steps` RK4
 * steps, integrating φ along it (floating point).
 */
export function followCharacteristic(field: Field, rate: Scalar, start: readonly number[], tau: number, steps = 1000): CharacteristicPoint {
  if (!Number.isInteger(steps) || steps < 1) throw new InputError(`characteristics: steps must be a positive integer, got ${steps}`);
  const d = start.length;
  // augmented state (x, I) with dI/dτ = φ(x)
  const f = (s: readonly number[]): number[] => {
    const x = s.slice(0, d);
    return [...field(x), rate(x)];
  };
  let s = [...start, 0];
  const h = tau / steps;
  for (let k = 0; k < steps; k++) {
    const k1 = f(s);
    const k2 = f(s.map((v, i) => v + (h / 2) * k1[i]!));
    const k3 = f(s.map((v, i) => v + (h / 2) * k2[i]!));
    const k4 = f(s.map((v, i) => v + h * k3[i]!));
    s = s.map((v, i) => v + (h / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!));
  }
  return { end: s.slice(0, d), integral: s[d]! };
}

/**
 * h at `point` from known values: follow the characteristic from the point for parameter time
 * `tau`, read h where it lands (`known`), and apply eq. char: h(x(0)) = h(x(τ)) e^{−∫_0^τ φ}.
 */
export function solveByCharacteristics(field: Field, rate: Scalar, known: Scalar, point: readonly number[], tau: number, steps = 1000): number {
  const { end, integral } = followCharacteristic(field, rate, point, tau, steps);
  return known(end) * Math.exp(-integral);
}

/** Φ and φ of a {@link LinearPde} compiled to functions through nerdamer. */
export function compilePde(pde: LinearPde): { field: Field; rate: Scalar } {
  checkPde(pde);
  const compile = (expr: string): Scalar => {
    let fn: (...a: number[]) => number;
    try {
      fn = nerdamer()(expr).buildFunction([...pde.vars]);
    } catch (e) {
      throw new InputError(`characteristics: cannot read "${expr}" (${(e as Error).message})`);
    }
    return (x) => fn(...x);
  };
  const comps = pde.field.map(compile);
  return { field: (x) => comps.map((c) => c(x)), rate: compile(pde.rate) };
}
