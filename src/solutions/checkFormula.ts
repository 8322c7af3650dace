/**
 * Checking a hand calculation against the engine: a conjectured closed form of the loss curve (a
 * formula in t) or of its s-th coefficient (a formula in s) is expanded exactly and compared
 * coefficient by coefficient with the exact series (`expand`) or its large-size limit (`limit`).
 *
 * Conventions (docs/conventions.md, "The series Y_s"):
 * - against the exact series, E[L(t)] ~ Σ_s Y_s (t/T)^s/s!: the formula is E[L] as a function of
 *   t/T (write t for t/T, i.e. T = 1), in p, H, sigma2, and its s-th Taylor coefficient times s!
 *   is compared with Y_s;
 * - against the limit along H = y·p^a, σ² = z·p^b, E[L] ≈ p^{e_0} Σ_s c_s(y, z) (t/T')^s/s! with
 *   T' = T p^{−rate}: the formula is E[L]/p^{e_0} as a function of t/T' (write t), in y and z, and
 *   s!·[t^s] is compared with c_s. That needs e_s affine in s (one time scale).
 * A coefficient formula (in s and the same parameters) is compared with Y_s or c_s directly.
 */
import { InputError } from '../errors.js';
import type { LimitSeries } from '../asymptotics/index.js';
import { LaurentPoly, Rational, type Poly } from '../rational/index.js';
import { formulaSeries, formulaValue } from '../series/index.js';

export type CheckAgainst = 'expand' | 'limit';
export type FormulaKind = 'formula' | 'coefficients';

/** One coefficient: the formula's and the engine's. */
export interface CoefficientComparison {
  readonly s: number;
  readonly formula: LaurentPoly;
  readonly engine: LaurentPoly;
  readonly agrees: boolean;
}

export interface FormulaCheck {
  readonly against: CheckAgainst;
  readonly kind: FormulaKind;
  readonly text: string;
  /** The largest s compared. */
  readonly order: number;
  readonly agrees: boolean;
  /** s = 0 … order, or up to and including the first mismatch. */
  readonly comparisons: CoefficientComparison[];
  readonly firstMismatch: CoefficientComparison | null;
}

/** The parameters a formula may use against each kind of series. */
export const CHECK_PARAMETERS: Readonly<Record<CheckAgainst, readonly string[]>> = { expand: ['p', 'H', 'sigma2'], limit: ['y', 'z'] };

/**
 * The formula's coefficients in the engine's normalisation, s = 0 … order: s!·[t^s] of a formula in
 * t, or the value at s of a coefficient formula.
 * @example
 * ```ts
 * formulaCoefficients('exp(-2*y*t)', 'formula', ['y'], 2).map(String); // ["1", "-2*y", "4*y^2"]
 * ```
 */
export function formulaCoefficients(text: string, kind: FormulaKind, parameters: readonly string[], order: number): LaurentPoly[] {
  if (!Number.isSafeInteger(order) || order < 0) throw new InputError(`check: order must be a non-negative integer, got ${order}`);
  if (kind === 'coefficients') {
    return Array.from({ length: order + 1 }, (_, s) => formulaValue(text, { parameters, values: { s } }));
  }
  if (parameters.includes('t')) throw new InputError('check: t is the series variable');
  const series = formulaSeries(text, { order: order + 1, variable: 't', parameters });
  if (series.low < 0) throw new InputError(`check: "${text}" has a term in t^${series.low} (a pole at t = 0)`);
  let factorial = Rational.ONE;
  return series.coefficients().map((c, s) => {
    if (s > 0) factorial = factorial.mul(s);
    return c.scale(factorial);
  });
}

/** Compare s = 0, 1, … and stop at the first mismatch. */
export function compareCoefficients(against: CheckAgainst, kind: FormulaKind, text: string, formula: readonly LaurentPoly[], engine: readonly LaurentPoly[]): FormulaCheck {
  const order = Math.min(formula.length, engine.length) - 1;
  const comparisons: CoefficientComparison[] = [];
  let firstMismatch: CoefficientComparison | null = null;
  for (let s = 0; s <= order; s++) {
    const c = { s, formula: formula[s]!, engine: engine[s]!, agrees: formula[s]!.equals(engine[s]!) };
    comparisons.push(c);
    if (!c.agrees) {
      firstMismatch = c;
      break;
    }
  }
  return { against, kind, text, order, agrees: firstMismatch === null, comparisons, firstMismatch };
}

/**
 * A formula for E[L] in t (= t/T), p, H, sigma2 — or for Y_s in s, p, H, sigma2 — against the
 * exact series Y_0 … Y_S.
 * @example
 * ```ts
 * // SYM ν = 2: Y_0 is right, the guess −4pHσ² for Y_1 misses its σ⁴ and σ⁶ terms
 * const ys = await series(makeModel({ nu: 2, scenario: 'sym' }), 1, { threads: 1 });
 * checkAgainstExpand('p/2 - p*H*sigma2 + (p^2*H + p*H^2 + p*H)*sigma2^2/2 - 4*p*H*sigma2*t', ys).firstMismatch?.s; // 1
 * ```
 */
export function checkAgainstExpand(text: string, series: readonly Poly[], kind: FormulaKind = 'formula'): FormulaCheck {
  const order = series.length - 1;
  const formula = formulaCoefficients(text, kind, CHECK_PARAMETERS.expand, order);
  return compareCoefficients('expand', kind, text, formula, series.map((y) => LaurentPoly.fromPoly(y)));
}

/**
 * A formula for E[L]/p^{e_0} in t (= t/T'), y, z — or for c_s in s, y, z — against the limit
 * series c_0 … c_S.
 * @example
 * ```ts
 * const ys = await series(makeModel({ nu: 2, scenario: 'sym' }), 1, { threads: 1 });
 * const lim = limitSeries(ys, parseScaling('H = y*p, sigma2 = z/p'));
 * checkAgainstLimit('1/2 - y*z + (y + y^2)*z^2/2 - 4*y*z*t', lim, 'formula').firstMismatch?.s; // 1
 * ```
 */
export function checkAgainstLimit(text: string, limit: LimitSeries, kind: FormulaKind = 'formula'): FormulaCheck {
  if (kind === 'formula' && !limit.affine) {
    const e = limit.terms.map((t) => t.exponent?.toString() ?? '-').join(', ');
    throw new InputError(`check: the limit exponents e_s = ${e} are not affine in s, so there is no single time scale for a formula in t; compare coefficients with --coefficients`);
  }
  const order = limit.terms.length - 1;
  const formula = formulaCoefficients(text, kind, CHECK_PARAMETERS.limit, order);
  return compareCoefficients('limit', kind, text, formula, limit.terms.map((t) => t.coeff.toLaurent()));
}

