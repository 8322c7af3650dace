import { describe, expect, it } from 'vitest';
import { lossSeries } from '../../src/expansion/index.js';
import { makeModel } from '../../src/model/index.js';
import { parsePoly, Poly } from '../../src/rational/index.js';
import { latexGroups } from '../../src/render/polyText.js';
import { seriesEntryLatex } from '../../src/render/seriesRender.js';
import { randInt, rng } from '../helpers/randomDiagram.js';

/** Read back the LaTeX we print (a small, fixed dialect) as a plain formula for nerdamer. */
function latexToFormula(tex: string): string {
  return tex
    .replace(/\\left|\\right|\\,/g, '')
    .replace(/\\sigma\^\{(\d+)\}/g, (_, k: string) => `*sigma2^(${Number(k) / 2})`)
    .replace(/\\frac\{(\d+)\}\{(\d+)\}/g, '($1/$2)')
    .replace(/\^\{(\d+)\}/g, '^($1)')
    .replace(/([0-9)pH])(?=[pH(])/g, '$1*')
    .replace(/^\s*\*/, '')
    .replace(/([+-])\s*\*/g, '$1');
}

describe('LaTeX of polynomials', () => {
  it('reads back to the same polynomial (random polynomials)', () => {
    const r = rng(21);
    for (let t = 0; t < 60; t++) {
      const poly = Poly.fromTerms(
        Array.from({ length: randInt(r, 1, 8) }, () => ({
          coeff: `${randInt(r, -30, 30)}/${randInt(r, 1, 6)}`,
          p: randInt(r, 0, 4),
          H: randInt(r, 0, 3),
          sigma2: randInt(r, 0, 4),
        })),
      );
      const tex = latexGroups(poly).join(' ');
      expect(parsePoly(latexToFormula(tex)).equals(poly), tex).toBe(true);
    }
  });

  it('groups by powers of σ², one row each, as in the check value Y_1', () => {
    const Y1 = lossSeries(makeModel({ nu: 2, scenario: 'sym' }), 1)[1]!;
    const rows = latexGroups(Y1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe('- 4pH\\,\\sigma^{2}');
    expect(rows[1]).toBe('+ 8\\left(p^{2}H + pH^{2} + pH\\right)\\,\\sigma^{4}');
    expect(parsePoly(latexToFormula(rows.join(' '))).equals(Y1)).toBe(true);
    expect(seriesEntryLatex('Y', 1, Y1).split(' \\\\\n')).toHaveLength(3);
  });
});
