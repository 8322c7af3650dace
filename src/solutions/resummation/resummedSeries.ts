/**
 * Resummation of an exponential series Σ_s c_s x^s/s! (the form of the exact and the limit loss
 * series, E[L(t)] ~ Σ Y_s (t/T)^s/s!): Padé or Borel–Padé of its ordinary coefficients
 * a_s = c_s/s!, with the poles and the radius of convergence they suggest.
 */
import { InputError } from '../../errors.js';
import { Rational } from '../../rational/index.js';
import { borelCoefficients, borelPadeSum } from './borelPade.js';
import { evaluatePade, padeApproximant, padePoles, type PadeApproximant } from './pade.js';
import { type Complex } from './polynomialRoots.js';

export type ResummationMethod = 'pade' | 'borel-pade';

/**
 * The variable the approximant is built in: x itself, or u = 1 − e^{−λx} (a conformal map of the
 * half-line x ≥ 0 onto [0, 1), suited to functions of e^{−λx} such as the SYM ν = 2 solution).
 */
export type ResummationVariable = { readonly kind: 'identity' } | { readonly kind: 'exp'; readonly rate: Rational };

export interface ResummationOptions {
  readonly method?: ResummationMethod;
  readonly L?: number;
  readonly M?: number;
  readonly variable?: ResummationVariable;
}

export interface Resummation {
  readonly method: ResummationMethod;
  readonly L: number;
  readonly M: number;
  readonly variable: ResummationVariable;
  /** the approximant (of the series itself for Padé, of its Borel transform for Borel–Padé) */
  readonly approximant: PadeApproximant;
  /** its poles, in the resummation variable (Padé) or in the Borel plane (Borel–Padé) */
  readonly poles: readonly Complex[];
  /** distance of the nearest pole from 0: the radius of convergence the approximant suggests (Padé) */
  readonly nearestPole: number | null;
  /** value at x (floats); null where Borel–Padé is ambiguous */
  evaluate(x: number): number | null;
}

/** Ordinary coefficients a_s = c_s/s! of Σ c_s x^s/s! (the same division as the Borel transform). */
export function ordinaryCoefficients(c: readonly Rational[]): Rational[] {
  return borelCoefficients(c);
}

/**
 * Resum Σ_s c_s x^s/s! (c_0 … c_N exact) with a diagonal-ish [L/M] approximant: by default
 * M = ⌊N/2⌋, L = N − M.
 *
 * @example
 * ```ts
 * // Σ (−1)^s s! x^s/s! = 1/(1 + x): Padé [0/1] is exact
 * const c = [1, -1, 2, -6].map((v) => Rational.of(v));
 * resum(c, { method: 'pade', L: 0, M: 1 }).evaluate(3); // 0.25
 * ```
 */
export function resum(c: readonly Rational[], options: ResummationOptions = {}): Resummation {
  const method = options.method ?? 'pade';
  const variable = options.variable ?? { kind: 'identity' };
  const N = c.length - 1;
  if (N < 0) throw new InputError('resummation: no coefficients');
  const M = options.M ?? Math.floor(N / 2);
  const L = options.L ?? N - M;
  if (L + M > N) throw new InputError(`resummation: [${L}/${M}] needs ${L + M + 1} coefficients, the series has ${N + 1}`);
  const x = ordinaryCoefficients(c.slice(0, L + M + 1));
  const a = variable.kind === 'exp' ? inExpVariable(x, variable.rate) : x;
  const arg = variable.kind === 'exp' ? expMap(variable.rate.toNumber()) : (t: number) => t;
  if (method === 'borel-pade') {
    const b = borelPadeSum(a, L, M);
    return Object.freeze({ method, L, M, variable, approximant: b.borel, poles: b.poles, nearestPole: nearest(b.poles), evaluate: (t: number) => b.evaluate(arg(t)) });
  }
  const approximant = padeApproximant(a, L, M);
  const poles = padePoles(approximant);
  return Object.freeze({
    method,
    L,
    M,
    variable,
    approximant,
    poles: Object.freeze(poles),
    nearestPole: nearest(poles),
    evaluate: (t: number) => evaluatePade(approximant, arg(t)),
  });
}

const expMap = (rate: number) => (t: number) => -Math.expm1(-rate * t);

/**
 * Σ a_s x^s re-expanded in u = 1 − e^{−λx}, i.e. x = −ln(1 − u)/λ = Σ_{k≥1} u^k/(kλ), to the same
 * order, exactly.
 */
export function inExpVariable(a: readonly Rational[], rate: Rational): Rational[] {
  if (rate.sign() <= 0) throw new InputError(`resummation: the rate of u = 1 − e^{−λx} must be positive, got ${rate}`);
  const n = a.length;
  const xOfU = Array.from({ length: n }, (_, k) => (k === 0 ? Rational.ZERO : Rational.of(1n, BigInt(k)).div(rate)));
  const out = Array.from({ length: n }, () => Rational.ZERO);
  let power: Rational[] = Array.from({ length: n }, (_, k) => (k === 0 ? Rational.ONE : Rational.ZERO)); // x(u)^s
  for (let s = 0; s < n; s++) {
    if (s > 0) power = truncatedProduct(power, xOfU, n);
    if (!a[s]!.isZero()) for (let k = 0; k < n; k++) out[k] = out[k]!.add(a[s]!.mul(power[k]!));
  }
  return out;
}

function truncatedProduct(f: readonly Rational[], g: readonly Rational[], n: number): Rational[] {
  const out = Array.from({ length: n }, () => Rational.ZERO);
  for (let i = 0; i < n; i++) {
    if (f[i]!.isZero()) continue;
    for (let j = 0; i + j < n; j++) if (!g[j]!.isZero()) out[i + j] = out[i + j]!.add(f[i]!.mul(g[j]!));
  }
  return out;
}

function nearest(poles: readonly Complex[]): number | null {
  return poles.length === 0 ? null : Math.min(...poles.map((z) => Math.hypot(z.re, z.im)));
}
