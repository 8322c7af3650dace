/**
 * The two ways of sending p, H, σ to infinity that the large-size commands read:
 * - a scaling H = y·p^a, σ² = z·p^b (a, b rational; y, z symbols), p → ∞;
 * - a power-law direction (paper eq. alphascaling) p ≍ x^{α_p}, H ≍ x^{α_H}, σ ≍ x^{α_σ}.
 */
import { InputError } from '../errors.js';
import { Rational } from '../rational/index.js';

/** H = y·p^a, σ² = z·p^b. */
export interface Scaling {
  readonly a: Rational;
  readonly b: Rational;
}

/** (α_p, α_H, α_σ). */
export interface Direction {
  readonly p: Rational;
  readonly H: Rational;
  readonly sigma: Rational;
}

const RAT = String.raw`[+-]?\d+(?:\s*/\s*\d+)?`;

function rational(text: string, where: string): Rational {
  try {
    return Rational.parse(text.replace(/\s+/g, '').replace(/^\((.*)\)$/, '$1'));
  } catch {
    throw new InputError(`${where}: "${text}" is not a rational number`);
  }
}

/** The power of p in `y*p^(a)`, `y*p^a`, `y*p`, `y/p^(a)`, `y/p` or `y`. */
function powerOfP(rhs: string, symbol: string, where: string): Rational {
  const t = rhs.replace(/\s+/g, '');
  if (t === symbol) return Rational.ZERO;
  const m = new RegExp(String.raw`^${symbol}([*/])p(?:(?:\^|\*\*)(\(${RAT}\)|${RAT}))?$`).exec(t);
  if (!m) throw new InputError(`${where}: expected "${symbol}*p^(a)" (or ${symbol}, ${symbol}*p, ${symbol}/p^(a)), got "${rhs.trim()}"`);
  const e = m[2] === undefined ? Rational.ONE : rational(m[2], where);
  return m[1] === '/' ? e.neg() : e;
}

/**
 * Parse `H = y*p^(a), sigma2 = z*p^(b)` (either order; `sigma^2` accepted for sigma2).
 *
 * @example
 * ```ts
 * const { a, b } = parseScaling('H = y*p^(3), sigma2 = z/p^(5/2)');
 * [a.toString(), b.toString()]; // ["3", "-5/2"]
 * ```
 */
export function parseScaling(text: string): Scaling {
  const where = '--scaling';
  const parts = text.split(/[,;]/).map((s) => s.trim()).filter((s) => s !== '');
  let a: Rational | undefined;
  let b: Rational | undefined;
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new InputError(`${where}: expected "name = expression", got "${part}"`);
    const name = part.slice(0, eq).replace(/\s+/g, '');
    const rhs = part.slice(eq + 1);
    if (name === 'H') {
      if (a) throw new InputError(`${where}: H is given twice`);
      a = powerOfP(rhs, 'y', where);
    } else if (name === 'sigma2' || name === 'sigma^2') {
      if (b) throw new InputError(`${where}: sigma2 is given twice`);
      b = powerOfP(rhs, 'z', where);
    } else throw new InputError(`${where}: unknown variable "${name}" (expected H and sigma2)`);
  }
  if (!a || !b) throw new InputError(`${where}: both H = y*p^(a) and sigma2 = z*p^(b) are needed, got "${text}"`);
  return { a, b };
}

/** Parse `p=1, H=2, sigma=-2/3`. */
export function parseDirection(text: string): Direction {
  const where = '--alpha';
  const out: Partial<Record<'p' | 'H' | 'sigma', Rational>> = {};
  for (const part of text.split(/[,;]/).map((s) => s.trim()).filter((s) => s !== '')) {
    const m = /^(p|H|sigma)\s*=\s*(.+)$/.exec(part);
    if (!m) throw new InputError(`${where}: expected "p=…, H=…, sigma=…", got "${part}"`);
    const k = m[1] as 'p' | 'H' | 'sigma';
    if (out[k]) throw new InputError(`${where}: ${k} is given twice`);
    out[k] = rational(m[2]!, where);
  }
  if (!out.p || !out.H || !out.sigma) throw new InputError(`${where}: p, H and sigma are all needed, got "${text}"`);
  return { p: out.p, H: out.H, sigma: out.sigma };
}
