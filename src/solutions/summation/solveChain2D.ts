/**
 * The method of paper §5 with two indices (App. G): from a large-size limit series, the array
 * C_{s,n} = [v^n] c_s(y, z)/s! at a fixed value of the other variable (v = y or z), so that
 *   E[L(t)] ≈ p^{e_0} h(x, v),   h(x, v) = Σ_{s,n} C_{s,n} x^s v^n,   x = t p^ρ/T,
 * → a 2-index recurrence guessed and confirmed on held-out equations (guessRecurrence2D) → the
 * operator of Theorem 5.1 in two variables, applied exactly to the truncated array → the
 * first-order PDE Φ·∇h = φh when every coefficient has degree ≤ 1 → its first integrals and
 * log factor (firstIntegrals.ts). Each step records why the chain stops.
 *
 * Index conventions: a guessed Σ_{(i,j)} P_ij(s, n) C_{s+i,n+j} = 0 (s ≥ 0, n ∈ Z) is the
 * theorem's Σ_k C_{m+k} P_k(m+k) = 0 with m = (s + r_1, n + r_2), k = (i − r_1, j − r_2) and
 * P_k(u) = P_ij(u_1 − i, u_2 − j). The theorem needs it also for m_1 < r_1 (s < 0); there it may
 * fail, and then L h = B(x, v) with B read off the rows s < r_1 of L applied to the array.
 */
import type { LimitSeries } from '../../asymptotics/index.js';
import { LaurentPoly, Rational, termExponent, type LaurentTerm } from '../../rational/index.js';
import type { LinearPde } from './characteristics.js';
import { firstIntegrals, type FirstIntegrals } from './firstIntegrals.js';
import { guessRecurrence2D, RECURRENCE_2D_VARIABLES, type Array2D, type Guess2DOptions, type Recurrence2D } from './guessRecurrence2D.js';
import { applyMultiOperator, firstOrderPde, multiTheoremOperator, type MultiThetaOperator } from './multiTheorem.js';

export type SolveStep2D = 'limit' | 'recurrence' | 'pde' | 'integrals';

export interface SolveChain2D {
  /** the variable whose powers are the second index */
  readonly index: 'y' | 'z';
  /** the value of the other variable */
  readonly at: { readonly variable: 'y' | 'z'; readonly value: Rational };
  readonly timeScale: { readonly rate: Rational; readonly normalisation: Rational } | null;
  /** C_{s,n} = [v^n] c_s/s!, rows s = 0 … S */
  readonly array: Array2D;
  /** 's': coefficients P_ij in s alone (v enters as a parameter, as in App. G); 's,n': in s and n */
  readonly ansatz: 's' | 's,n' | null;
  readonly recurrence: Recurrence2D | null;
  /** Theorem 5.1 in the variables (x, v) */
  readonly operator: MultiThetaOperator | null;
  /** [x^s v^n] L h = 0 for s = r_1 … S (every n) on the truncated array */
  readonly operatorCheck: { readonly through: number; readonly vanishes: boolean } | null;
  /** the nonzero [x^s v^n] L h with s < r_1: L h = B */
  readonly inhomogeneity: readonly { readonly m: readonly number[]; readonly value: Rational }[] | null;
  readonly pde: LinearPde | null;
  readonly integrals: FirstIntegrals | null;
  readonly stop: { readonly step: SolveStep2D; readonly reason: string } | null;
}

export type Solve2DOptions = Omit<Guess2DOptions, 'nDegree'>;

/** The array C_{s,n} = [v^n] c_s(y, z)/s! with the other variable set to `value`. */
export function limitArray(lim: LimitSeries, index: 'y' | 'z', value: Rational): Array2D {
  let fact = Rational.ONE;
  return lim.terms.map((t, s) => {
    if (s > 0) fact = fact.mul(s);
    const row = new Map<number, Rational>();
    for (const u of t.coeff.terms()) {
      const n = index === 'y' ? u.y : u.z;
      const c = u.coeff.mul(value.pow(index === 'y' ? u.z : u.y)).div(fact);
      const v = (row.get(n) ?? Rational.ZERO).add(c);
      if (v.isZero()) row.delete(n);
      else row.set(n, v);
    }
    return row;
  });
}

/**
 * The K-terms of Theorem 5.1 for a guessed 2-index recurrence (see the header): each P_k as the
 * terms of a {@link LaurentPoly} in `vars` (the exponent of vars[i] standing for the power of θ_i).
 * The terms are listed in the order in which the expansion of P_ij(θ_1 − i, θ_2 − j) first
 * reaches them — the monomials s^a n^b of P_ij by increasing a, then b, each contributing
 * θ_1^{e1} θ_2^{e2} for e1 = 0…a, e2 = 0…b — the order of `gfd solve --index --format json`.
 *
 * @example
 * ```ts
 * // Pascal's rule C_{s+1,n+1} − C_{s,n+1} − C_{s,n} = 0 → K = {(0,0), (−1,0), (−1,−1)}, P_k = 1, −1, −1
 * const rec = { terms: [
 *   { shift: [0, 0] as const, poly: LaurentPoly.constant(-1) },
 *   { shift: [0, 1] as const, poly: LaurentPoly.constant(-1) },
 *   { shift: [1, 1] as const, poly: LaurentPoly.constant(1) },
 * ] };
 * recurrence2DTheoremTerms(rec, ['x', 'y']).map((t) => t.k.join(',')); // ["-1,-1", "-1,0", "0,0"]
 * ```
 */
export function recurrence2DTheoremTerms(rec: Recurrence2D, vars: readonly [string, string]): { k: number[]; poly: LaurentTerm[] }[] {
  const r1 = Math.max(...rec.terms.map((t) => t.shift[0]));
  const r2 = Math.max(...rec.terms.map((t) => t.shift[1]));
  const [theta1, theta2] = vars.map((v) => LaurentPoly.variable(v));
  return rec.terms.map((t) => {
    const [i, j] = t.shift;
    const u1 = theta1!.sub(LaurentPoly.constant(i));
    const u2 = theta2!.sub(LaurentPoly.constant(j));
    let poly = LaurentPoly.ZERO;
    const reached = new Map<string, [number, number]>();
    for (const m of t.poly.termsBy(RECURRENCE_2D_VARIABLES)) {
      const a = termExponent(m, 's');
      const b = termExponent(m, 'n');
      poly = poly.add(u1.pow(a).mul(u2.pow(b)).scale(m.coeff));
      for (let e1 = 0; e1 <= a; e1++) for (let e2 = 0; e2 <= b; e2++) reached.set(`${e1},${e2}`, reached.get(`${e1},${e2}`) ?? [e1, e2]);
    }
    const terms = [...reached.values()].flatMap(([e1, e2]) => LaurentPoly.monomial(poly.coeff([[vars[0], e1], [vars[1], e2]]), [[vars[0], e1], [vars[1], e2]]).terms());
    return { k: [i - r1, j - r2], poly: terms };
  });
}

/**
 * Run the 2-index chain on a limit series: index v ∈ {y, z}, the other variable at `value`.
 * The recurrence is sought first with coefficients in s alone, then in s and n. Along
 * H = y p², σ² = z for free SYM ν = 4 (App. G) at z = 1, with s ≤ 4, it finds
 * (s + 1) C_{s+1,n+1} + (24s + 32) C_{s,n+1} + (72s + 96) C_{s,n} = 0 and the PDE
 * (x + 24x² + 72x²y) h_x = −(32x + 96xy) h (test/cli/solve.test.ts).
 */
export function solveChain2D(lim: LimitSeries, index: 'y' | 'z', value: Rational, opts: Solve2DOptions = {}): SolveChain2D {
  const other = index === 'y' ? 'z' : 'y';
  const timeScale = lim.affine && lim.rate && lim.normalisation ? { rate: lim.rate, normalisation: lim.normalisation } : null;
  const array = limitArray(lim, index, value);
  const base = { index, at: { variable: other, value }, timeScale, array, ansatz: null, recurrence: null, operator: null, operatorCheck: null, inhomogeneity: null, pde: null, integrals: null } as const;
  if (!timeScale) return { ...base, stop: { step: 'limit', reason: 'the exponents e_s are not affine in s over the computed orders: no single time scale' } };
  let ansatz: 's' | 's,n' = 's';
  let recurrence = guessRecurrence2D(array, { ...opts, nDegree: 0 });
  if (!recurrence) {
    ansatz = 's,n';
    recurrence = guessRecurrence2D(array, opts);
  }
  if (!recurrence) {
    const [r1, r2] = opts.maxShift ?? [2, 2];
    return { ...base, stop: { step: 'recurrence', reason: `no 2-index recurrence with shifts <= (${r1}, ${r2}) and degree <= ${opts.maxDegree ?? 2} confirmed on the held-out row s = ${array.length - 1}` } };
  }
  const operator = multiTheoremOperator(['x', index], recurrence2DTheoremTerms(recurrence, ['x', index]));
  const S = array.length - 1;
  const r1 = Math.max(...recurrence.terms.map((t) => t.shift[0]));
  const r2 = Math.max(...recurrence.terms.map((t) => t.shift[1]));
  const nMax = Math.max(0, ...array.flatMap((row) => [...row.keys()]));
  const get = (m: readonly number[]) => array[m[0]!]?.get(m[1]!) ?? Rational.ZERO;
  const applied = applyMultiOperator(operator, get, [0, 0], [S, nMax + r2]);
  const vanishes = applied.every((a) => a.m[0]! < r1 || a.value.isZero());
  const inhomogeneity = applied.filter((a) => a.m[0]! < r1 && !a.value.isZero()).map((a) => ({ m: a.m, value: a.value }));
  const chain = { ...base, ansatz, recurrence, operator, operatorCheck: { through: S, vanishes }, inhomogeneity };
  if (!vanishes) return { ...chain, stop: { step: 'pde', reason: 'the operator of Theorem 5.1 does not annihilate the truncated array' } };
  const pde = firstOrderPde(operator);
  if (!pde) return { ...chain, stop: { step: 'pde', reason: 'a recurrence coefficient has degree > 1: Theorem 5.1 gives a PDE of order > 1' } };
  if (pde.field.every((f) => f === '0')) return { ...chain, pde, stop: { step: 'pde', reason: `the operator has no derivative (Phi = 0): L h = B reads -(${pde.rate})*h = B, algebraic in h` } };
  const integrals = firstIntegrals(pde);
  const found = { ...chain, pde, integrals };
  if (!integrals.general) return { ...found, stop: { step: 'integrals', reason: integrals.missing.join('; ') } };
  if (inhomogeneity.length) return { ...found, stop: { step: 'pde', reason: 'L h = B(x, v) != 0 (the recurrence fails for s < 0): first integrals of the homogeneous equation only' } };
  return { ...found, stop: null };
}
