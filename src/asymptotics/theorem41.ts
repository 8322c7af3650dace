/**
 * Theorem 4.1 (eq. pareto_terms), identity target: the predicted exponents of the Pareto-optimal
 * monomials of Y_s, p^{Q(n,s_D)} H^n σ^{ν(s_D+1)+(ν−2)s}, 0 ≤ s_D ≤ s+1, 1 ≤ n ≤ s_D+1, with
 *   Q = 1 + (ν−1)s_D − ν(n−1)/2          (SYM, even ν)
 *   Q = 1 + (ν−1)(s_D+1−n)               (ASYM; drops odd s_R = s+1−s_D and (n,s_D) = (s+2,s+1)).
 * SYM with odd ν is outside the theorem; {@link conjecturedOddSymTerms} is the description the
 * computed fronts suggest (docs/asymptotics.md).
 */
import { InputError } from '../errors.js';
import type { Scenario } from '../model/index.js';
import type { ParetoTerm } from './paretoFront.js';

/** Exponents (q, n, l) of one monomial p^q H^n (σ²)^l. */
export interface Exponents {
  readonly p: number;
  readonly H: number;
  readonly sigma2: number;
}

/** Whether Theorem 4.1 describes the front (identity target; SYM needs even ν). */
export function theoremApplies(nu: number, scenario: Scenario): boolean {
  return scenario === 'asym' || nu % 2 === 0;
}

/**
 * The exponents eq. pareto_terms predicts for Y_s.
 *
 * @example
 * ```ts
 * theoremParetoExponents(2, 'asym', 0); // [{ p: 2, H: 1, sigma2: 2 }]  (E[D_4] = p²Hσ⁴)
 * ```
 */
export function theoremParetoExponents(nu: number, scenario: Scenario, s: number): Exponents[] {
  if (!theoremApplies(nu, scenario)) throw new InputError('asymptotics: Theorem 4.1 does not describe SYM with odd nu');
  const out: Exponents[] = [];
  for (let sD = 0; sD <= s + 1; sD++) {
    const sR = s + 1 - sD;
    if (scenario === 'asym' && sR % 2 === 1) continue;
    const twoL = nu * (sD + 1) + (nu - 2) * s;
    for (let n = 1; n <= sD + 1; n++) {
      if (scenario === 'asym' && n === s + 2 && sD === s + 1) continue;
      const q = scenario === 'sym' ? 1 + (nu - 1) * sD - (nu / 2) * (n - 1) : 1 + (nu - 1) * (sD + 1 - n);
      out.push({ p: q, H: n, sigma2: twoL / 2 });
    }
  }
  return out;
}

/**
 * SYM, odd ν (conjecture, docs/asymptotics.md §"SYM with odd ν"): s_R = s+1−s_D even,
 * n ≤ s_D+1 without (n, s_D) = (s+2, s+1), and q = 1 + (ν−1)s_D − h(n−1), h = (ν−1)/2, lowered
 * by h on the free column s_R = 0 above n = 1 and, for s_R ≥ 2, raised by min(n − 1, b),
 * b = ⌊(s_R − 2)/4⌋; the Pareto-optimal points are those no other point of their column
 * dominates. For ν = 3 (h = 1) the raise makes up the drop, so the points n ≤ min(b, s_D) of a
 * column are dominated by n = b + 1; for ν ≥ 5 q still falls by h − 1 per H-node there and
 * every point is Pareto-optimal. Checked for ν = 3 to s = 13 and ν = 5 to s = 6 (docs).
 */
export function conjecturedOddSymTerms(nu: number, s: number): Exponents[] {
  if (nu % 2 === 0) throw new InputError('asymptotics: the odd-nu SYM description needs odd nu');
  const h = (nu - 1) / 2;
  const out: Exponents[] = [];
  for (let sD = 0; sD <= s + 1; sD++) {
    const sR = s + 1 - sD;
    if (sR % 2 === 1) continue;
    const twoL = nu * (sD + 1) + (nu - 2) * s;
    const b = sR >= 2 ? Math.floor((sR - 2) / 4) : 0;
    const column: Exponents[] = [];
    for (let n = 1; n <= sD + 1; n++) {
      if (n === s + 2) continue;
      const q = 1 + (nu - 1) * sD - h * (n - 1) - (sR === 0 && n >= 2 ? h : 0) + Math.min(n - 1, b);
      column.push({ p: q, H: n, sigma2: twoL / 2 });
    }
    // q never rises with n, so a point is dominated exactly when the next one has the same q
    column.forEach((e, i) => {
      if (i + 1 === column.length || column[i + 1]!.p < e.p) out.push(e);
    });
  }
  return out;
}

/** Comparison of a computed front with a predicted exponent set. */
export interface FrontCheck {
  readonly agree: boolean;
  /** predicted but not on the computed front */
  readonly missing: Exponents[];
  /** on the computed front but not predicted */
  readonly extra: Exponents[];
}

const keyOf = (e: Exponents): string => `${e.p},${e.H},${e.sigma2}`;

export function compareFront(front: readonly ParetoTerm[], predicted: readonly Exponents[]): FrontCheck {
  const have = new Set(front.map(keyOf));
  const want = new Set(predicted.map(keyOf));
  const missing = predicted.filter((e) => !have.has(keyOf(e)));
  const extra = front.filter((e) => !want.has(keyOf(e))).map((e) => ({ p: e.p, H: e.H, sigma2: e.sigma2 }));
  return { agree: missing.length === 0 && extra.length === 0, missing, extra };
}
