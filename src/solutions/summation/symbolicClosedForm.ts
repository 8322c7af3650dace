/**
 * Lifting a closed form found at one point (y, z) to all y, z. The numeric chain fixes the kind
 * of h and its exponent; the candidate in y, z is then read from c_0 and c_1 alone and confirmed
 * on every computed order by exact identities in Q[y, z]:
 *   power       h = c_0 (1 − A x)^{−c},  A = c_1/(c c_0):   c_s (c c_0)^s = c_0 (c)_s c_1^s;
 *   exponential h = c_0 e^{B x},         B = c_1/c_0:       c_s c_0^{s−1} = c_1^s   (s ≥ 1);
 *   geometric   h = c_0/(1 − B x),       B = c_1/c_0:       c_s c_0^{s−1} = s! c_1^s (s ≥ 1),
 * where a_s = c_s/s! are the Taylor coefficients of h.
 */
import type { LimitSeries, YZPoly } from '../../asymptotics/index.js';
import { Rational } from '../../rational/index.js';
import type { ClosedForm } from './firstOrderSolution.js';

export interface SymbolicClosedForm {
  readonly kind: 'power' | 'exponential' | 'geometric';
  /** c_0(y, z) */
  readonly scale: YZPoly;
  /** A(y, z) or B(y, z) as numerator/denominator (denominator 1 when the division is exact) */
  readonly rate: { readonly num: YZPoly; readonly den: YZPoly };
  /** −c for the power law, else null */
  readonly exponent: Rational | null;
  /** the identities hold for s = 0 … through */
  readonly through: number;
  readonly text: string;
  readonly latex: string;
}

const ONE = (p: YZPoly) => p.terms().length === 1 && p.terms()[0]!.y === 0 && p.terms()[0]!.z === 0 && p.terms()[0]!.coeff.equals(1);
const paren = (s: string) => (/.[+-]/.test(s) ? `(${s})` : s);

function latexYZ(p: YZPoly): string {
  return p
    .toString()
    .replace(/(\d+)\/(\d+)/g, '\\frac{$1}{$2}')
    .replace(/\^(\d+)/g, '^{$1}')
    .replace(/\*/g, '');
}

/**
 * The closed form in y, z of the same kind as `numeric`, or null when the identities fail at some
 * order (or the kind has no lift).
 */
export function symbolicClosedForm(lim: LimitSeries, numeric: ClosedForm, x = 'x'): SymbolicClosedForm | null {
  const c = lim.terms.map((t) => t.coeff);
  if (c.length < 2 || c[0]!.isZero()) return null;
  const [c0, c1] = [c[0]!, c[1]!];
  if (numeric.kind === 'power') {
    const k = numeric.exponent!.neg(); // c
    let poch = Rational.ONE; // (c)_s
    for (let s = 0; s < c.length; s++) {
      if (s > 0) poch = poch.mul(k.add(s - 1));
      const lhs = c[s]!.mul(c0.scale(k).pow(s));
      const rhs = c0.mul(c1.pow(s)).scale(poch);
      if (!lhs.equals(rhs)) return null;
    }
    return finish('power', c0, c1, c0.scale(k), numeric.exponent, c.length - 1, x);
  }
  if (numeric.kind === 'exponential' || numeric.kind === 'geometric') {
    let fact = Rational.ONE;
    for (let s = 1; s < c.length; s++) {
      fact = fact.mul(s);
      const lhs = c[s]!.mul(c0.pow(s - 1));
      const rhs = c1.pow(s);
      if (!lhs.equals(numeric.kind === 'geometric' ? rhs.scale(fact) : rhs)) return null;
    }
    return finish(numeric.kind, c0, c1, c0, null, c.length - 1, x);
  }
  return null;
}

function finish(kind: SymbolicClosedForm['kind'], c0: YZPoly, num: YZPoly, den: YZPoly, exponent: Rational | null, through: number, x: string): SymbolicClosedForm {
  const q = num.divide(den);
  const one = den.divide(den)!;
  const rate = q ? { num: q, den: one } : { num, den };
  const rateText = ONE(rate.den) ? paren(rate.num.toString()) : `${paren(rate.num.toString())}/${paren(rate.den.toString())}`;
  // 1 − R x with R a single negative term reads 1 + |R| x
  const single = ONE(rate.den) && rate.num.terms().length === 1 && rate.num.terms()[0]!.coeff.sign() < 0;
  const negText = single ? rate.num.scale(Rational.of(-1)).toString() : '';
  const negLatex = single ? latexYZ(rate.num.scale(Rational.of(-1))) : '';
  const rateLatex = ONE(rate.den) ? `\\left(${latexYZ(rate.num)}\\right)` : `\\frac{${latexYZ(rate.num)}}{${latexYZ(rate.den)}}`;
  const scale = paren(c0.toString());
  const scaleLatex = `\\left(${latexYZ(c0)}\\right)`;
  let text: string;
  let latex: string;
  if (kind === 'power') {
    text = `${scale}*(1 ${single ? `+ ${negText}` : `- ${rateText}`}*${x})^(${exponent})`;
    latex = `${scaleLatex}\\left(1 ${single ? `+ ${negLatex}` : `- ${rateLatex}`}${x}\\right)^{${exponent!.toLatex()}}`;
  } else if (kind === 'exponential') {
    text = `${scale}*exp(${rateText}*${x})`;
    latex = `${scaleLatex}\\,e^{${rateLatex}${x}}`;
  } else {
    text = `${scale}/(1 ${single ? `+ ${negText}` : `- ${rateText}`}*${x})`;
    latex = `\\frac{${latexYZ(c0)}}{1 ${single ? `+ ${negLatex}` : `- ${rateLatex}`}${x}}`;
  }
  return { kind, scale: c0, rate, exponent, through, text, latex };
}
