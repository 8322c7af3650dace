/**
 * The method of paper §5 as one chain, on a large-size limit series: the Taylor coefficients
 * a_s = c_s(y, z)/s! of E[L] ≈ p^{e_0} Σ a_s τ^s (τ = t/T', T' = T p^{−ρ}) at a fixed point
 * (y, z) → a guessed recurrence in s → the differential equation of Theorem 5.1 for
 * h(τ) = Σ a_s τ^s, checked on the truncated series → a closed form when the recurrence is of
 * first order (or constant coefficients), lifted to a closed form in y, z when exact identities
 * in Q[y, z] confirm it on every computed order. Each step records why the chain stops.
 * A first-order recurrence with rational roots also gives the coefficients in closed form (a
 * hypergeometric term, lifted to y, z the same way), and when Σ a_s τ^s diverges, its Borel
 * transform Σ a_s τ^s/s!, reduced to an elementary function when the parameters allow.
 */
import type { LimitSeries } from '../../asymptotics/index.js';
import { Rational } from '../../rational/index.js';
import { closedFormTaylor, constantCoefficientClosedForm, firstOrderClosedForm, type ClosedForm } from './firstOrderSolution.js';
import { guessRecurrence, type GuessedRecurrence, type GuessOptions } from './guessRecurrence.js';
import { applyOperator, recurrenceOperator, type ThetaOperator } from './thetaOperator.js';
import { UPoly } from './univariate.js';
import { symbolicClosedForm, type SymbolicClosedForm } from './symbolicClosedForm.js';
import { hypergeometricTerm, type HypergeometricTerm } from './hypergeometricTerm.js';
import { symbolicTerm, type SymbolicTerm } from './symbolicTerm.js';
import { borelForm, borelFormTaylor, type BorelForm } from './borelForm.js';

export type SolveStep = 'limit' | 'recurrence' | 'solution';

export interface SolveChain {
  /** the point (y, z) where c_s(y, z) is evaluated */
  readonly at: { readonly y: Rational; readonly z: Rational };
  /** ρ and e_0 of e_s = e_0 + ρ s, null when the exponents are not affine */
  readonly timeScale: { readonly rate: Rational; readonly normalisation: Rational } | null;
  /** a_s = c_s(y, z)/s!, s = 0 … S */
  readonly series: Rational[];
  readonly guess: GuessedRecurrence | null;
  /** Theorem 5.1: L h = B for h(τ) = Σ a_s τ^s */
  readonly operator: ThetaOperator | null;
  /** B(τ) = Σ_{m<r} B_m τ^m, fixed by a_0 … a_{r−1}; trailing zeros dropped ([] is B = 0) */
  readonly inhomogeneity: Rational[] | null;
  /** [τ^m] L h = 0 checked for m = r … S on the truncated series */
  readonly operatorCheck: { readonly through: number; readonly vanishes: boolean } | null;
  readonly solution: ClosedForm | null;
  /** the closed form's Taylor coefficients equal a_0 … a_S */
  readonly solutionCheck: { readonly through: number; readonly agrees: boolean } | null;
  /** the closed form lifted to all y, z and confirmed by exact identities in Q[y, z], when it lifts */
  readonly symbolic: SymbolicClosedForm | null;
  /** a_s in closed form, when the recurrence is of first order with rational roots (convergent or not) */
  readonly term: HypergeometricTerm | null;
  /** the term lifted to all y, z and confirmed by exact identities in Q[y, z], when it lifts */
  readonly symbolicTerm: SymbolicTerm | null;
  /** when Σ a_s τ^s diverges: its Borel transform Σ a_s w^s/s!, with a check of its elementary form on a_0 … a_S */
  readonly borel: (BorelForm & { readonly check: { readonly through: number; readonly agrees: boolean } | null }) | null;
  /** where the chain stopped, or null when it reached a closed form */
  readonly stop: { readonly step: SolveStep; readonly reason: string } | null;
}

/**
 * Run the chain on a limit series at the point (y, z).
 *
 * @example
 * ```ts
 * // free under-parameterised SYM ν = 2 (§6): E[L]/E[L(0)] = (1 + 4pσ²t/T)^{−2}
 * const ys = await series(makeModel({ nu: 2, scenario: 'sym', target: 'zero' }), 6, { threads: 1 });
 * const lim = limitSeries(ys, parseScaling('H = y, sigma2 = z'));
 * const chain = solveChain(lim, { y: Rational.ONE, z: Rational.ONE });
 * chain.solution?.text; // "1/2*(1 + 4*x)^(-2)"
 * chain.symbolic?.text; // "1/2*y*z^2*(1 + 4*z*x)^(-2)"
 * ```
 */
export function solveChain(lim: LimitSeries, at: { y: Rational; z: Rational }, opts: GuessOptions = {}): SolveChain {
  const timeScale = lim.affine && lim.rate && lim.normalisation ? { rate: lim.rate, normalisation: lim.normalisation } : null;
  let fact = Rational.ONE;
  const series = lim.terms.map((t, s) => {
    if (s > 0) fact = fact.mul(s);
    return t.coeff.evaluate(at.y, at.z).div(fact);
  });
  const base = { at, timeScale, series, guess: null, operator: null, inhomogeneity: null, operatorCheck: null, solution: null, solutionCheck: null, symbolic: null, term: null, symbolicTerm: null, borel: null };
  if (!timeScale) return { ...base, stop: { step: 'limit', reason: 'the exponents e_s are not affine in s over the computed orders: no single time scale' } };
  const guess = guessRecurrence(series, opts);
  if (!guess)
    return {
      ...base,
      stop: {
        step: 'recurrence',
        reason: `no recurrence of order <= ${opts.maxOrder ?? 4} and degree <= ${opts.maxDegree ?? 6} confirmed on held-out terms among a_0 … a_${series.length - 1}`,
      },
    };
  const rec = guess.recurrence;
  const operator = recurrenceOperator(rec);
  const applied = applyOperator(operator, series);
  const r = rec.order;
  const inhomogeneity = UPoly.fromCoefficients(applied.coeffs.slice(0, r)).coefficients();
  const vanishes = applied.coeffs.slice(r).every((c) => c.isZero());
  const term = hypergeometricTerm(rec, series[0]!);
  const chain = { ...base, guess, operator, inhomogeneity, operatorCheck: { through: series.length - 1, vanishes }, term, symbolicTerm: term ? symbolicTerm(lim, term) : null, borel: term && term.excess > 0 ? borelStep(term, series) : null };
  const solution = firstOrderClosedForm(rec, series[0]!) ?? constantCoefficientClosedForm(rec, series);
  if (!solution)
    return {
      ...chain,
      stop: {
        step: 'solution',
        reason: chain.term && chain.term.excess > 0
          ? 'divergent series (a_n grows like a power of n!): no closed form for h; a_n in closed form under "term", its Borel transform under "borel"'
          : r === 1 ? 'first-order recurrence with irrational roots in its coefficients, or a divergent series: no closed form' : `differential equation of order ${r} with polynomial coefficients: no closed form attempted`,
      },
    };
  const taylor = closedFormTaylor(solution, series.length - 1);
  const agrees = taylor.every((c, i) => c.equals(series[i]!));
  const symbolic = agrees ? symbolicClosedForm(lim, solution) : null;
  return { ...chain, solution, solutionCheck: { through: series.length - 1, agrees }, symbolic, stop: null };
}

/** The Borel transform of a divergent hypergeometric series, its elementary form checked on the data's a_s/s!. */
function borelStep(term: HypergeometricTerm, series: readonly Rational[]): NonNullable<SolveChain['borel']> {
  const form = borelForm(term);
  const taylor = borelFormTaylor(form, series.length - 1);
  if (!taylor) return { ...form, check: null };
  let fact = Rational.ONE;
  const agrees = series.every((a, s) => {
    if (s > 0) fact = fact.mul(s);
    return a.div(fact).equals(taylor[s]!);
  });
  return { ...form, check: { through: series.length - 1, agrees } };
}
