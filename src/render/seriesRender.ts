/**
 * Renderers for series coefficients (Y_s or observable expansions): text, LaTeX and the JSON
 * contract of `gfd expand`:
 *   {"model":{"nu":…,"scenario":…,"target":…},"series":[{"s":0,"terms":[{"coeff":"1/2","p":1,"H":0,"sigma2":0},…]},…], …}
 * `coeff` is an exact integer or "a/b" in lowest terms; `terms` lists every nonzero monomial.
 */
import type { Model } from '../model/index.js';
import type { Poly } from '../rational/index.js';
import { latexAlignRows } from './polyText.js';

export interface SeriesEntryJson {
  s: number;
  terms: { coeff: string; p: number; H: number; sigma2: number }[];
}

export function modelJson(model: Model): { nu: number; scenario: string; target: string } {
  return { nu: model.nu, scenario: model.scenario, target: model.target.name };
}

export function seriesEntryJson(s: number, poly: Poly): SeriesEntryJson {
  return { s, terms: poly.toJSON() };
}

/** Text line for one coefficient, e.g. `Y_1 = -4*p*H*sigma2 + …`. */
export function seriesEntryText(symbol: string, s: number, poly: Poly): string {
  return `${symbol}_${s} = ${poly.toString()}`;
}

/**
 * LaTeX rows (for an align environment) of one coefficient, grouped by powers of σ², long groups
 * broken so that every row fits the text width of `article` (see {@link latexAlignRows}).
 */
export function seriesEntryLatex(symbol: string, s: number, poly: Poly): string {
  return latexAlignRows(`${symbol}_{${s}}`, poly).join(' \\\\\n');
}

/** Opening of the LaTeX block (a comment naming the model, then align*). */
export function latexHeader(model: Model, what: string): string {
  return `% ${what}: nu=${model.nu}, ${model.scenario.toUpperCase()}, target ${model.target.name}\n\\begin{align*}`;
}

export const latexFooter = '\\end{align*}';
