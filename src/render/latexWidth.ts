/**
 * Estimated natural width, in points, of the math-mode LaTeX this package prints (polynomials in
 * p, H, σ², row leads such as `Y_{3} &=`), set in display style with Computer Modern at 10 pt.
 * Used to break long polynomials into rows that fit the text width of the standard `article`
 * class. The glyph widths are those of cmmi10/cmr10 (scripts at 7 pt); where the spacing depends
 * on context (a `-` may be unary or binary) the wider case is taken, so the estimate errs on the
 * wide side.
 */

/**
 * Widest row, in points at 10 pt, that the printers allow: `article` is 345 pt wide at 10 pt,
 * 360 pt at 11 pt and 390 pt at 12 pt, i.e. about 325 pt in 10 pt units at every size; 320
 * leaves a small margin for an estimate that errs.
 */
export const LATEX_LINE_WIDTH = 320;

const GLYPH: Record<string, number> = {
  p: 5.03,
  H: 9.13,
  Y: 8.03,
  G: 7.87,
  '(': 3.89,
  ')': 3.89,
  '[': 2.78,
  ']': 2.78,
  '.': 2.78,
  ',': 2.78,
  '+': 12.23, // binary: the sign and a medium space either side
  '-': 12.23,
  '=': 13.34, // relation: the sign and a thick space either side
};
const DIGIT = 5.0;
const LETTER = 10.0; // any other letter (wider than any cmmi10 lowercase letter)

const COMMAND: Record<string, number> = {
  sigma: 6.08,
  ',': 1.67,
  ';': 2.78,
  quad: 10.0,
  qquad: 20.0,
  emptyset: 5.0,
  cdot: 7.78,
};
/** Delimiters: `\left(` and `\bigl(` at the size used for a polynomial with exponents. */
const DELIMITER = 4.59;
const NULL_DELIMITER = 1.2;
const SCRIPT_SCALE = 0.8; // cmr7 digit 4 pt against cmr10 digit 5 pt
const SCRIPT_SPACE = 0.5;

/**
 * Estimated width in pt of a math-mode LaTeX string (display style, 10 pt Computer Modern).
 *
 * @example
 * ```ts
 * // pdflatex measures 18.64 pt
 * latexWidth('p^{2}H'); // ≈ 18.7
 * ```
 */
export function latexWidth(tex: string): number {
  let i = 0;
  const group = (): string => {
    // a brace group or a single token after ^, _, \frac…
    while (tex[i] === ' ') i++;
    if (tex[i] !== '{') return tex[i++] ?? '';
    let depth = 0;
    const start = i + 1;
    for (; i < tex.length; i++) {
      if (tex[i] === '\\') i++;
      else if (tex[i] === '{') depth++;
      else if (tex[i] === '}' && --depth === 0) break;
    }
    return tex.slice(start, i++);
  };
  let w = 0;
  while (i < tex.length) {
    const ch = tex[i]!;
    if (ch === '\\') {
      const m = /^\\([A-Za-z]+|.)/.exec(tex.slice(i))!;
      const name = m[1]!;
      i += m[0].length;
      if (name === 'frac' || name === 'tfrac' || name === 'dfrac') {
        const num = latexWidth(group());
        const den = latexWidth(group());
        w += Math.max(num, den) + 2 * NULL_DELIMITER;
      } else if (/^(left|right|[bB]igg?[lr]?)$/.test(name)) {
        while (tex[i] === ' ') i++;
        const delim = tex[i] === '\\' ? /^\\([A-Za-z]+|.)/.exec(tex.slice(i))![0] : tex[i]!;
        i += delim.length;
        w += delim === '.' ? NULL_DELIMITER : DELIMITER;
      } else if (name === 'mathrm' || name === 'text') {
        w += latexWidth(group());
      } else if (name === '\\') {
        break; // end of a row: the width of the first row
      } else w += COMMAND[name] ?? LETTER;
    } else if (ch === '^' || ch === '_') {
      i++;
      w += SCRIPT_SCALE * latexWidth(group()) + SCRIPT_SPACE;
    } else if (ch === '{' || ch === '}' || ch === ' ' || ch === '\n' || ch === '&') {
      i++;
    } else {
      i++;
      w += ch >= '0' && ch <= '9' ? DIGIT : (GLYPH[ch] ?? LETTER);
    }
  }
  return w;
}
