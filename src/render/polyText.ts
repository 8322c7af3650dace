/** Plain-text and LaTeX printing of polynomials in p, H, σ². */
import { type Poly, type PolyTerm, gcd, Rational } from '../rational/index.js';

/** Terms grouped by power of σ² (ascending), each group's terms by decreasing p then H. */
export function groupBySigma2(poly: Poly): Map<number, PolyTerm[]> {
  const out = new Map<number, PolyTerm[]>();
  for (const t of poly.terms()) {
    const g = out.get(t.sigma2);
    if (g) g.push(t);
    else out.set(t.sigma2, [t]);
  }
  return out;
}

function latexMonomial(p: number, H: number): string {
  const pow = (v: string, k: number) => (k === 0 ? '' : k === 1 ? v : `${v}^{${k}}`);
  return `${pow('p', p)}${pow('H', H)}`;
}

/** LaTeX of Σ c p^a H^b (σ² exponents ignored), e.g. `p^{2}H + pH^{2} - \frac{1}{2}pH`. */
export function latexPH(terms: readonly PolyTerm[]): string {
  let out = '';
  terms.forEach((t, i) => {
    const a = t.coeff.abs();
    const mono = latexMonomial(t.p, t.H);
    const coeff = mono === '' ? a.toLatex() : a.equals(Rational.ONE) ? '' : a.toLatex();
    const sign = t.coeff.sign() < 0 ? (i === 0 ? '-' : ' - ') : i === 0 ? '' : ' + ';
    out += `${sign}${coeff}${mono}`;
  });
  return out === '' ? '0' : out;
}

function latexSigma(k: number): string {
  return k === 0 ? '' : `\\sigma^{${2 * k}}`;
}

/**
 * LaTeX lines of a polynomial grouped by powers of σ²: one string per σ² power, e.g.
 * `- 4pH\,\sigma^{2}` or `+ 8\left(p^{2}H + pH^{2} + pH\right)\sigma^{4}` (a common integer factor
 * is taken out of each group when all coefficients share it).
 */
export function latexGroups(poly: Poly): string[] {
  const lines: string[] = [];
  let first = true;
  for (const [k, terms] of groupBySigma2(poly)) {
    // common factor: gcd of numerators over lcm of denominators, sign of the leading term
    let g = 0n;
    let l = 1n;
    for (const t of terms) {
      g = gcd(g, t.coeff.num);
      l = (l * t.coeff.den) / gcd(l, t.coeff.den);
    }
    let factor = Rational.of(g, l);
    if (terms[0]!.coeff.sign() < 0) factor = factor.neg();
    const inner = terms.map((t) => ({ ...t, coeff: t.coeff.div(factor) }));
    const sign = factor.sign() < 0 ? '-' : first ? '' : '+';
    const fa = factor.abs();
    let body: string;
    if (inner.length === 1) {
      const mono = latexMonomial(inner[0]!.p, inner[0]!.H);
      body = `${fa.equals(1) && mono !== '' ? '' : fa.toLatex()}${mono}`;
    } else {
      body = `${fa.equals(1) ? '' : fa.toLatex()}\\left(${latexPH(inner)}\\right)`;
    }
    const sig = latexSigma(k);
    lines.push(`${sign}${sign ? ' ' : ''}${body}${sig ? `\\,${sig}` : ''}`.trim());
    first = false;
  }
  return lines.length ? lines : ['0'];
}
