/**
 * Theorem 5.1 in several variables, as the paper states it: for h(x) = Σ_{n∈N^d} C_n x^n and a
 * recurrence Σ_{k∈K} C_{n+k} P_k(n+k) = 0 for all n ∈ Z^d (C_n = 0 outside N^d),
 *   Σ_{k∈K} x^{−k} P_k(θ_1, …, θ_d) h = 0,   θ_i = x_i ∂/∂x_i.
 * When every P_k has degree ≤ 1 the equation is a first-order linear PDE Φ·∇h = φh, ready for
 * the method of characteristics (characteristics.ts).
 */
import { InputError } from '../../errors.js';
import { LaurentPoly, Rational, termExponent, type LaurentTerm } from '../../rational/index.js';
import type { LinearPde } from './characteristics.js';

export interface MultiThetaTerm {
  /** the power vector s = −k of x in front of P(θ) */
  readonly shift: readonly number[];
  /**
   * P(θ) as the terms of a {@link LaurentPoly} in the operator's variables, the exponent of v
   * standing for the power of θ_v, in the order given (the JSON order of `gfd solve --index`)
   */
  readonly poly: readonly LaurentTerm[];
}

export interface MultiThetaOperator {
  readonly vars: readonly string[];
  readonly terms: readonly MultiThetaTerm[];
}

/** The exponents of `vars` in a term, as a vector (0 for a variable that does not occur). */
export function exponentVector(t: LaurentTerm, vars: readonly string[]): number[] {
  return vars.map((v) => termExponent(t, v));
}

/**
 * Σ_k x^{−k} P_k(θ) from K and the P_k of the theorem, each P_k a {@link LaurentPoly} in the
 * variables `vars` (v standing for θ_v; its terms listed by increasing power of vars[0], then
 * vars[1], …) or a list of its terms in the order to keep.
 *
 * @example
 * ```ts
 * // App. G, SYM ν = 4, indices (s, n): s C_{n,s} = 16(3s + 1)(3 C_{n−1,s−1} + C_{n,s−1}), i.e.
 * // K = {(0,0), (−1,−1), (−1,0)}, P_(0,0) = m_s, P_(−1,−1) = −48(3 m_s + 4), P_(−1,0) = −16(3 m_s + 4)
 * const x = LaurentPoly.variable('x');
 * const c = (a: number) => LaurentPoly.constant(a);
 * const op = multiTheoremOperator(['x', 'y'], [
 *   { k: [0, 0], poly: x },
 *   { k: [-1, -1], poly: x.scale(-144).add(c(-192)) },
 *   { k: [-1, 0], poly: x.scale(-48).add(c(-64)) },
 * ]);
 * firstOrderPde(op)?.field; // ["x - 48*x^2 - 144*x^2*y", "0"]
 * firstOrderPde(op)?.rate;  // "64*x + 192*x*y"
 * ```
 */
export function multiTheoremOperator(vars: readonly string[], terms: readonly { k: readonly number[]; poly: LaurentPoly | readonly LaurentTerm[] }[]): MultiThetaOperator {
  const listed = terms.map((t) => ({ k: t.k, poly: t.poly instanceof LaurentPoly ? t.poly.termsBy(vars) : t.poly }));
  for (const t of listed) {
    if (t.k.length !== vars.length || !t.k.every(Number.isInteger)) throw new InputError(`theorem 5.1: shift (${t.k.join(', ')}) does not match ${vars.length} variables`);
    for (const m of t.poly) if (!m.exponents.every(([v, e]) => vars.includes(v) && Number.isInteger(e) && e >= 0)) throw new InputError('theorem 5.1: bad exponent vector');
  }
  return { vars, terms: listed.map((t) => ({ shift: t.k.map((v) => 0 - v), poly: t.poly.filter((m) => !m.coeff.isZero()) })).filter((t) => t.poly.length > 0) };
}

/**
 * [x^m] L h for every m in the box lo ≤ m ≤ hi (componentwise), from the coefficients `C(n)`
 * (the caller returns 0 outside the support). Only coefficients whose inputs are all known
 * are meaningful; the caller chooses the box accordingly.
 */
export function applyMultiOperator(op: MultiThetaOperator, C: (n: readonly number[]) => Rational, lo: readonly number[], hi: readonly number[]): { m: number[]; value: Rational }[] {
  const out: { m: number[]; value: Rational }[] = [];
  const d = op.vars.length;
  const m = [...lo];
  for (;;) {
    let v = Rational.ZERO;
    for (const t of op.terms) {
      const n = m.map((mi, i) => mi - t.shift[i]!);
      if (n.some((x) => x < 0)) continue;
      let p = Rational.ZERO;
      for (const mono of t.poly) p = p.add(exponentVector(mono, op.vars).reduce((acc, e, i) => acc.mul(Rational.of(n[i]!).pow(e)), mono.coeff));
      if (!p.isZero()) v = v.add(p.mul(C(n)));
    }
    out.push({ m: [...m], value: v });
    let i = 0;
    while (i < d && m[i] === hi[i]) m[i] = lo[i++]!;
    if (i === d) break;
    m[i]!++;
  }
  return out;
}

function monomialText(coeff: Rational, factors: string[], first: boolean): string {
  const a = coeff.abs();
  const body = factors.length === 0 ? a.toString() : a.equals(1) ? factors.join('*') : `${a}*${factors.join('*')}`;
  return first ? `${coeff.sign() < 0 ? '-' : ''}${body}` : `${coeff.sign() < 0 ? ' - ' : ' + '}${body}`;
}
const power = (v: string, e: number) => (e === 1 ? v : `${v}^${e}`);

/**
 * Φ·∇h = φh when every P_k has degree ≤ 1: with x^{s}(c + Σ_i b_i θ_i), Φ_i = Σ x^{s} b_i x_i and
 * φ = −Σ x^{s} c. Expressions in the variables (nerdamer syntax); null for higher degree or
 * negative powers of x.
 */
export function firstOrderPde(op: MultiThetaOperator): LinearPde | null {
  const d = op.vars.length;
  if (op.terms.some((t) => t.shift.some((s) => s < 0) || t.poly.some((m) => exponentVector(m, op.vars).reduce((a, b) => a + b, 0) > 1))) return null;
  // collect Σ coeff·x^e per component (e an exponent vector)
  const field: Map<string, Rational>[] = Array.from({ length: d }, () => new Map<string, Rational>());
  const rate = new Map<string, Rational>();
  const add = (m: Map<string, Rational>, e: number[], c: Rational) => {
    const key = e.join(',');
    const v = (m.get(key) ?? Rational.ZERO).add(c);
    if (v.isZero()) m.delete(key);
    else m.set(key, v);
  };
  for (const t of op.terms)
    for (const mono of t.poly) {
      const i = exponentVector(mono, op.vars).findIndex((e) => e === 1);
      if (i < 0) add(rate, [...t.shift], mono.coeff.neg());
      else add(field[i]!, t.shift.map((s, j) => s + (j === i ? 1 : 0)), mono.coeff);
    }
  const text = (m: Map<string, Rational>) => {
    const entries = [...m].map(([k, c]) => ({ e: k.split(',').map(Number), c }));
    // by total degree, then lexicographically with the later variables first
    entries.sort((a, b) => a.e.reduce((x, y) => x + y, 0) - b.e.reduce((x, y) => x + y, 0) || b.e.join(',').localeCompare(a.e.join(',')));
    return entries.map((t, j) => monomialText(t.c, t.e.flatMap((e, i) => (e ? [power(op.vars[i]!, e)] : [])), j === 0)).join('') || '0';
  };
  return { vars: [...op.vars], field: field.map(text), rate: text(rate) };
}
