/**
 * Reading polynomials in p, H, σ² written by hand, e.g.
 * `1/2*p - p*H*sigma2 + 1/2*(p^2*H + p*H^2 + p*H)*sigma2^2`, through nerdamer (expansion and
 * coefficient extraction are exact: nerdamer keeps rational coefficients). The variable σ² is
 * written `sigma2` (aliases `s2`, or `sigma^2` → write `sigma^2` as `sigma2`).
 */
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import { Poly } from './poly.js';
import { Rational } from './rational.js';

type NerdamerExpr = { expand(): NerdamerExpr; variables(): string[]; toString(): string };
type Nerdamer = ((e: string) => NerdamerExpr) & { coeffs(e: NerdamerExpr | string, v: string): { each(f: (c: NerdamerExpr) => void): void } };

let cached: Nerdamer | null = null;
function nerdamer(): Nerdamer {
  if (!cached) {
    const require = createRequire(import.meta.url);
    cached = require('nerdamer') as Nerdamer;
    require('nerdamer/Algebra');
  }
  return cached;
}

const VARS = ['sigma2', 'p', 'H'] as const;

/** Largest exponent written after `^` (checked before expansion, which grows with it). */
export const MAX_EXPONENT = 256;

/** Refuse an exponent literal above {@link MAX_EXPONENT} and towers `a^b^c`, before any expansion. */
function checkExponents(src: string, text: string): void {
  for (const m of src.matchAll(/\^\s*(?:\(\s*[+-]?\s*(\d*\.?\d*)\s*\)|[+-]?\s*(\d*\.?\d*))\s*(\^)?/g)) {
    const n = m[1] || m[2];
    if (m[3]) throw new InputError(`formula: repeated exponent "^…^" in "${text}"; use parentheses`);
    if (n && Number(n) > MAX_EXPONENT) throw new InputError(`formula: exponent ${n} exceeds the limit of ${MAX_EXPONENT}`);
  }
}

/**
 * Parse a polynomial in p, H, sigma2 with rational coefficients.
 *
 * @example
 * ```ts
 * parsePoly('(p+H)^2*sigma2/2').toString(); // "1/2*p^2*sigma2 + p*H*sigma2 + 1/2*H^2*sigma2"
 * ```
 */
export function parsePoly(text: string): Poly {
  const src = text.replace(/\bs2\b/g, 'sigma2').replace(/σ²|σ\^2/g, 'sigma2').trim();
  if (src === '') throw new InputError('formula: empty formula');
  if (/[^0-9A-Za-z_+\-*/^(). \t]/.test(src)) throw new InputError(`formula: unexpected character in "${text}"`);
  checkExponents(src, text);
  let expr: NerdamerExpr;
  try {
    expr = nerdamer()(src).expand();
  } catch (e) {
    throw new InputError(`formula: cannot parse "${text}" (${(e as Error).message})`);
  }
  const unknown = expr.variables().filter((v) => !(VARS as readonly string[]).includes(v));
  if (unknown.length) throw new InputError(`formula: unknown variable(s) ${unknown.join(', ')} (use p, H, sigma2)`);
  const terms: { coeff: Rational; p: number; H: number; sigma2: number }[] = [];
  const walk = (e: NerdamerExpr, depth: number, exps: number[]): void => {
    if (depth === VARS.length) {
      const s = e.toString();
      if (s === '0') return;
      let c: Rational;
      try {
        c = Rational.parse(s.replace(/^\((.*)\)$/, '$1'));
      } catch {
        throw new InputError(`formula: "${text}" is not a polynomial in p, H, sigma2 with rational coefficients`);
      }
      terms.push({ coeff: c, sigma2: exps[0]!, p: exps[1]!, H: exps[2]! });
      return;
    }
    let k = 0;
    let list: { each(f: (c: NerdamerExpr) => void): void };
    try {
      list = nerdamer().coeffs(e, VARS[depth]!);
    } catch {
      throw new InputError(`formula: "${text}" is not a polynomial in p, H, sigma2`);
    }
    list.each((c) => walk(c, depth + 1, [...exps, k++]));
  };
  walk(expr, 0, []);
  return Poly.fromTerms(terms);
}
