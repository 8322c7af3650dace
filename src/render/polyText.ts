/** Plain-text and LaTeX printing of polynomials in p, H, σ². */
import { type Poly, type PolyTerm, gcd, Rational } from '../rational/index.js';
import { LATEX_LINE_WIDTH, latexWidth } from './latexWidth.js';

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
  const out = latexPHTerms(terms).join('');
  return out === '' ? '0' : out;
}

/** The terms of {@link latexPH} one by one, each with its sign: `p^{2}H`, ` + pH^{2}`, ` - \frac{1}{2}pH`. */
function latexPHTerms(terms: readonly PolyTerm[]): string[] {
  return terms.map((t, i) => {
    const a = t.coeff.abs();
    const mono = latexMonomial(t.p, t.H);
    const coeff = mono === '' ? a.toLatex() : a.equals(Rational.ONE) ? '' : a.toLatex();
    const sign = t.coeff.sign() < 0 ? (i === 0 ? '-' : ' - ') : i === 0 ? '' : ' + ';
    return `${sign}${coeff}${mono}`;
  });
}

function latexSigma(k: number): string {
  return k === 0 ? '' : `\\sigma^{${2 * k}}`;
}

/**
 * One σ² group of {@link latexGroups}: `whole` is its LaTeX; a group with a bracketed factor can
 * also be written as `open`, the terms `inner` one by one, then `close`, with the brackets sized
 * as `\left(…\right)` would size them, so that it can be broken across rows.
 */
interface LatexGroup {
  whole: string;
  open: string;
  inner: string[];
  close: string;
}

function latexGroupParts(poly: Poly): LatexGroup[] {
  const out: LatexGroup[] = [];
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
    const sig = latexSigma(k);
    const head = `${sign}${sign ? ' ' : ''}`;
    const tail = sig ? `\\,${sig}` : '';
    if (inner.length === 1) {
      const mono = latexMonomial(inner[0]!.p, inner[0]!.H);
      out.push({ whole: `${head}${fa.equals(1) && mono !== '' ? '' : fa.toLatex()}${mono}${tail}`.trim(), open: '', inner: [], close: '' });
    } else {
      const f = fa.equals(1) ? '' : fa.toLatex();
      // \left( grows to \bigl( around exponents (superscripts); the inner coefficients are integers
      const tall = inner.some((t) => t.p > 1 || t.H > 1);
      out.push({
        whole: `${head}${f}\\left(${latexPH(inner)}\\right)${tail}`.trim(),
        open: `${head}${f}${tall ? '\\bigl(' : '('}`,
        inner: latexPHTerms(inner),
        close: `${tall ? '\\bigr)' : ')'}${tail}`,
      });
    }
    first = false;
  }
  return out;
}

/**
 * LaTeX lines of a polynomial grouped by powers of σ²: one string per σ² power, e.g.
 * `- 4pH\,\sigma^{2}` or `+ 8\left(p^{2}H + pH^{2} + pH\right)\,\sigma^{4}` (a common integer factor
 * is taken out of each group when all coefficients share it).
 */
export function latexGroups(poly: Poly): string[] {
  const lines = latexGroupParts(poly).map((g) => g.whole);
  return lines.length ? lines : ['0'];
}

/**
 * Rows of `lhs = poly` for an `align` environment (amsmath), each no wider than `lineWidth` pt
 * (estimated at 10 pt, see `latexWidth` (gf-diagrams/internal)) where possible: `lhs &= …` with the first σ² group,
 * each further group on a row `&\quad …`, and a group too wide for one row continued on rows
 * `&\qquad …` between its terms (the brackets then become `\bigl(…\bigr)`). Rows are returned
 * without the `\\` that separates them. Only a single term wider than a row stays too wide.
 *
 * @example
 * ```ts
 * latexAlignRows('Y_{1}', parsePoly('-4*p*H*sigma2 + 8*(p^2*H + p*H^2 + p*H)*sigma2^2'));
 * // ['Y_{1} &= - 4pH\\,\\sigma^{2}', '&\\quad + 8\\left(p^{2}H + pH^{2} + pH\\right)\\,\\sigma^{4}']
 * ```
 */
export function latexAlignRows(lhs: string, poly: Poly, lineWidth: number = LATEX_LINE_WIDTH): string[] {
  const room = lineWidth - latexWidth(lhs);
  const groups = latexGroupParts(poly);
  if (groups.length === 0) return [`${lhs} &= 0`];
  const rows: string[] = [];
  groups.forEach((g, i) => {
    const lead = i === 0 ? `${lhs} &= ` : '&\\quad ';
    broken(g, room - latexWidth(lead), room - latexWidth('&\\qquad ')).forEach((r, j) => rows.push(`${j === 0 ? lead : '&\\qquad '}${r}`));
  });
  return rows;
}

/** A group as one row when it fits in `first` pt, else its terms packed greedily into rows of `first`, then `next` pt. */
function broken(g: LatexGroup, first: number, next: number): string[] {
  if (g.inner.length === 0 || latexWidth(g.whole) <= first) return [g.whole];
  const rows: string[] = [];
  let row = g.open;
  let terms = 0; // terms on the current row
  g.inner.forEach((term, j) => {
    const last = j === g.inner.length - 1;
    const room = rows.length === 0 ? first : next;
    if (terms > 0 && latexWidth(`${row}${term}${last ? g.close : ''}`) > room) {
      rows.push(row);
      row = term.trimStart();
      terms = 0;
    } else row += term;
    terms++;
  });
  rows.push(`${row}${g.close}`);
  return rows;
}

/**
 * `\mathrm{E}[G] = …` for display math (`\[ … \]`, amsmath): one line when it fits the text
 * width of `article`, else an `aligned` block of the rows of {@link latexAlignRows}.
 *
 * @example
 * ```ts
 * latexExpectation(parsePoly('(p^2*H + p*H^2 + p*H)*sigma2^2'));
 * // '\\mathrm{E}[G] = \\left(p^{2}H + pH^{2} + pH\\right)\\,\\sigma^{4}'
 * ```
 */
export function latexExpectation(poly: Poly, lineWidth: number = LATEX_LINE_WIDTH): string {
  const lhs = '\\mathrm{E}[G]';
  const line = `${lhs} = ${latexGroups(poly).join(' ')}`;
  if (latexWidth(line) <= lineWidth) return line;
  return ['\\begin{aligned}', latexAlignRows(lhs, poly, lineWidth).join(' \\\\\n'), '\\end{aligned}'].join('\n');
}
