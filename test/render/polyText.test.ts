import { describe, expect, it } from 'vitest';
import { lossSeries } from '../../src/expansion/index.js';
import { makeModel } from '../../src/model/index.js';
import { parsePoly, Poly } from '../../src/rational/index.js';
import { LATEX_LINE_WIDTH, latexWidth } from '../../src/render/latexWidth.js';
import { latexAlignRows, latexExpectation, latexGroups } from '../../src/render/polyText.js';
import { seriesEntryLatex } from '../../src/render/seriesRender.js';
import { randInt, rng } from '../helpers/randomDiagram.js';

/** Read back the LaTeX we print (a small, fixed dialect) as a plain formula for nerdamer. */
function latexToFormula(tex: string): string {
  return tex
    .replace(/\\left|\\right|\\bigl|\\bigr|\\,|\\qquad|\\quad|&|\\\\|\n/g, '')
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

/** A polynomial with `n` terms of σ² power `k` (and a few of other powers), coefficients up to `big`. */
function widePoly(r: () => number, n: number, big: number): Poly {
  const k = randInt(r, 0, 5);
  return Poly.fromTerms([
    ...Array.from({ length: n }, () => ({ coeff: `${randInt(r, -big, big) || 1}/${randInt(r, 1, 3)}`, p: randInt(r, 0, 9), H: randInt(r, 0, 9), sigma2: k })),
    ...Array.from({ length: randInt(r, 0, 4) }, () => ({ coeff: `${randInt(r, -big, big) || 1}`, p: randInt(r, 0, 3), H: randInt(r, 0, 3), sigma2: randInt(r, 0, 6) })),
  ]);
}

describe('LaTeX rows for align (long polynomials broken to the text width)', () => {
  const lhs = 'Y_{12}';
  it('read back to the same polynomial, row by row joined', () => {
    const r = rng(22);
    for (let t = 0; t < 20; t++) {
      const poly = widePoly(r, randInt(r, 10, 30), randInt(r, 1, 10) ** randInt(r, 1, 6));
      const rows = latexAlignRows(lhs, poly);
      expect(rows[0]!.startsWith(`${lhs} &= `)).toBe(true);
      rows.slice(1).forEach((row) => expect(row).toMatch(/^&\\q?quad [+-] /));
      const tex = rows.join(' \\\\\n').slice(`${lhs} &= `.length);
      expect(parsePoly(latexToFormula(tex)).equals(poly), tex).toBe(true);
    }
  });

  it('every row fits the line (estimated), the lhs column included; brackets pair up across rows', () => {
    const r = rng(23);
    let broken = 0;
    for (let t = 0; t < 80; t++) {
      const poly = widePoly(r, randInt(r, 1, 40), 10 ** randInt(r, 0, 6));
      const rows = latexAlignRows(lhs, poly);
      for (const row of rows) expect(latexWidth(row) + (row.startsWith('&') ? latexWidth(lhs) : 0), row).toBeLessThanOrEqual(LATEX_LINE_WIDTH);
      const opens = rows.join('').match(/\\bigl\(/g)?.length ?? 0;
      expect(rows.join('').match(/\\bigr\)/g)?.length ?? 0).toBe(opens);
      broken += opens;
    }
    expect(broken).toBeGreaterThan(20); // the sample does exercise the breaking
  });

  it('a group that fits keeps its one-line form (as latexGroups prints it)', () => {
    const Y1 = lossSeries(makeModel({ nu: 2, scenario: 'sym' }), 1)[1]!;
    expect(latexAlignRows('Y_{1}', Y1)).toEqual(latexGroups(Y1).map((g, i) => `${i === 0 ? 'Y_{1} &= ' : '&\\quad '}${g}`));
    expect(latexAlignRows('Y_{1}', Poly.fromTerms([]))).toEqual(['Y_{1} &= 0']);
  });

  it('a narrower line gives more rows, never fewer', () => {
    const r = rng(24);
    for (let t = 0; t < 20; t++) {
      const poly = widePoly(r, 30, 1000);
      const counts = [400, 320, 240, 160].map((w) => latexAlignRows(lhs, poly, w).length);
      for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeGreaterThanOrEqual(counts[i - 1]!);
    }
  });

  it('E[G] is one line when it fits, else an aligned block of the same rows', () => {
    const D4 = parsePoly('(p^2*H + p*H^2 + p*H)*sigma2^2');
    expect(latexExpectation(D4)).toBe('\\mathrm{E}[G] = \\left(p^{2}H + pH^{2} + pH\\right)\\,\\sigma^{4}');
    const r = rng(25);
    const long = widePoly(r, 40, 1000);
    const tex = latexExpectation(long);
    expect(tex.split('\n')).toEqual(['\\begin{aligned}', ...latexAlignRows('\\mathrm{E}[G]', long).map((row, i, a) => (i < a.length - 1 ? `${row} \\\\` : row)), '\\end{aligned}']);
  });
});
