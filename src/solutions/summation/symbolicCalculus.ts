/**
 * Symbolic calculus through nerdamer (derivatives, antiderivatives, equation solving) with every
 * answer checked before use. nerdamer's `integrate` can return a wrong antiderivative (e.g.
 * ∫ dx/(2 + sin x) = log(2 + sin x), or ∫ c/(1 + a x) dx without the factor 1/a), so an
 * antiderivative is accepted only when its derivative equals the integrand numerically at random
 * rational points, and an identity only when nerdamer simplifies it to 0 and it holds at such
 * points in floating point (relative tolerance {@link NUMERIC_TOLERANCE}).
 */
import { InputError } from '../../errors.js';
import { nerdamer, type Nerdamer, type NerdamerExpr } from '../../rational/index.js';

function nerdamerCalculus(): Nerdamer {
  return nerdamer({ calculus: true });
}

/** Relative tolerance of the floating-point checks. */
export const NUMERIC_TOLERANCE = 1e-9;

/** nerdamer's normal form of `expr`, or null when nerdamer fails on it. */
export function symbolic(expr: string): string | null {
  try {
    return nerdamerCalculus()(expr).toString();
  } catch {
    return null;
  }
}

/** LaTeX of an expression (nerdamer's printer). */
export function symbolicLatex(expr: string): string {
  try {
    return nerdamerCalculus()(expr).toTeX();
  } catch {
    return expr;
  }
}

/** Free symbols of an expression (constants e, π and the unit i excluded by nerdamer). */
export function freeSymbols(expr: string): string[] {
  return nerdamerCalculus()(expr).variables();
}

const RESERVED = new Set(['e', 'pi', 'i', 'E', 'PI', 'Infinity']);

/** Read `expr` as an expression in `vars`: InputError when nerdamer cannot parse it or it has other symbols. */
export function readExpression(expr: string, vars: readonly string[], what: string): string {
  let out: NerdamerExpr;
  try {
    out = nerdamerCalculus()(expr);
  } catch (e) {
    throw new InputError(`${what}: cannot read "${expr}" (${(e as Error).message})`);
  }
  const unknown = out.variables().filter((v) => !vars.includes(v));
  if (unknown.length) throw new InputError(`${what}: unknown symbol(s) ${unknown.join(', ')} in "${expr}" (variables: ${vars.join(', ')})`);
  return out.toString();
}

/** Variable names nerdamer reads as plain symbols. */
export function checkVariables(vars: readonly string[], what: string): void {
  for (const v of vars) if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(v) || RESERVED.has(v)) throw new InputError(`${what}: "${v}" cannot be a variable name`);
  if (new Set(vars).size !== vars.length) throw new InputError(`${what}: repeated variable name`);
}

/** ∂expr/∂v, or null. */
export function derivative(expr: string, v: string): string | null {
  return symbolic(`diff(${expr}, ${v})`);
}

/** expr with v replaced by value, or null. */
export function substitute(expr: string, v: string, value: string): string | null {
  try {
    return nerdamerCalculus()(expr, { [v]: `(${value})` }).toString();
  } catch {
    return null;
  }
}

/** nerdamer proves expr = 0: simplify or expand reduces it to the literal 0. */
export function symbolicallyZero(expr: string): boolean {
  for (const form of [`simplify(${expr})`, `expand(${expr})`, `simplify(expand(${expr}))`]) if (symbolic(form) === '0') return true;
  return false;
}

/** expr is a polynomial in its symbols (nerdamer's test). */
export function isPolynomial(expr: string): boolean {
  try {
    const e = nerdamerCalculus()(expr);
    return e.variables().length === 0 || e.symbol.isPoly(true);
  } catch {
    return false;
  }
}

/** A fixed sequence of rational points p/q, |p/q| ≤ 2, as floating-point vectors (seeded, reproducible). */
export function samplePoints(dim: number, count: number, seed = 20251): number[][] {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0), s >>> 8);
  return Array.from({ length: count }, () =>
    Array.from({ length: dim }, () => {
      const q = 2 + (next() % 8);
      const p = (next() % (4 * q + 1)) - 2 * q;
      return p / q;
    }),
  );
}

function compile(expr: string, vars: readonly string[]): ((x: readonly number[]) => number) | null {
  try {
    const f = nerdamerCalculus()(expr).buildFunction([...vars]);
    return (x) => {
      try {
        return f(...x);
      } catch {
        return NaN;
      }
    };
  } catch {
    return null;
  }
}

/**
 * Σ_k terms_k = 0 at `count` random rational points where every term is finite (at most 20·count
 * points tried; fewer than `count` finite points fails): |Σ terms| ≤ tol·Σ|terms|. A term given
 * as a list is the product of its factors, each compiled on its own (nerdamer rewrites some
 * products, e.g. (−a)(−b e^y) as ab(−e)^y, into forms that are not real-valued).
 */
export function numericallyZero(terms: readonly (string | readonly string[])[], vars: readonly string[], count = 6, seed = 20251): boolean {
  const fs = terms.map((t) => (typeof t === 'string' ? [t] : t).map((f) => compile(f, vars)));
  if (fs.some((fac) => fac.some((f) => f === null))) return false;
  let good = 0;
  for (const x of samplePoints(vars.length, 20 * count, seed)) {
    const vals = fs.map((fac) => fac.reduce((acc, f) => acc * f!(x), 1));
    if (!vals.every(Number.isFinite)) continue;
    const sum = vals.reduce((a, b) => a + b, 0);
    const scale = vals.reduce((a, b) => a + Math.abs(b), 0);
    if (Math.abs(sum) > NUMERIC_TOLERANCE * scale) return false;
    if (++good === count) return true;
  }
  return false;
}

/** expr is not constant: some ∂/∂v is nonzero at one of the random points. */
export function numericallyNonconstant(expr: string, vars: readonly string[]): boolean {
  for (const v of vars) {
    const d = derivative(expr, v);
    const f = d === null ? null : compile(d, vars);
    if (f && samplePoints(vars.length, 20).some((x) => { const y = f(x); return Number.isFinite(y) && Math.abs(y) > 1e-12; })) return true;
  }
  return false;
}

/** A fraction num/den with the common factors nerdamer's gcd finds, and powers of single variables, cancelled exactly. */
export function cancelCommon(num: string, den: string, vars: readonly string[]): { num: string; den: string } {
  let n = num;
  let d = den;
  if (!isPolynomial(n) || !isPolynomial(d)) return { num: n, den: d };
  const divides = (p: string, g: string): string | null => {
    const q = symbolic(`divide(${p}, ${g})`);
    return q !== null && isPolynomial(q) && symbolic(`expand((${q})*(${g}) - (${p}))`) === '0' ? q : null;
  };
  const g = symbolic(`gcd(${n}, ${d})`);
  if (g && !g.includes('gcd') && freeSymbols(g).length > 0) {
    const qn = divides(n, g);
    const qd = divides(d, g);
    if (qn !== null && qd !== null) [n, d] = [qn, qd];
  }
  for (const v of vars)
    for (let k = 0; k < 64 && freeSymbols(d).includes(v) && freeSymbols(n).includes(v); k++) {
      const qn = divides(n, v);
      const qd = divides(d, v);
      if (qn === null || qd === null) break;
      [n, d] = [qn, qd];
    }
  return { num: n, den: d };
}

/** Longest integrand (characters of num + den) handed to nerdamer: its simplifier can run for minutes on large ones. */
export const MAX_INTEGRAND = 250;

/** An antiderivative with how it was found; `power` = [base, exponent] when it is exponent·log(base). */
export interface Antiderivative {
  readonly expr: string;
  readonly power: readonly [string, string] | null;
}

/**
 * ∫ (num/den) dv, the other variables held fixed, checked: ∂F/∂v = num/den at random points.
 * Tried in turn: the logarithmic derivative k·log(D) when N = k·∂D/∂v after cancelling common
 * factors, then nerdamer's integrate on the fraction as given and as cancelled. Null when none passes.
 */
export function antiderivative(num: string, den: string, v: string, vars: readonly string[]): Antiderivative | null {
  if (num.length + den.length > MAX_INTEGRAND) return null;
  const c = cancelCommon(num, den, vars);
  const candidates: Antiderivative[] = [];
  const dD = derivative(c.den, v);
  if (dD !== null && dD !== '0') {
    const k = symbolic(`simplify((${c.num})/(${dD}))`);
    const F = k !== null && k !== '0' && !freeSymbols(k).includes(v) ? symbolic(`(${k})*log(${c.den})`) : null;
    if (F !== null) candidates.push({ expr: F, power: [c.den, k!] });
  }
  for (const f of [`(${c.num})/(${c.den})`, `(${num})/(${den})`, `simplify((${c.num})/(${c.den}))`, `(factor(${c.num}))/(factor(${c.den}))`]) {
    const F = symbolic(`integrate(${f}, ${v})`);
    if (F !== null) candidates.push({ expr: F, power: null });
  }
  for (const cand of candidates) {
    if (/integrate|\bi\b/.test(cand.expr)) continue;
    if (freeSymbols(cand.expr).some((s) => !vars.includes(s))) continue;
    const d = derivative(cand.expr, v);
    if (d !== null && numericallyZero([[d, den], ['-1', num]], vars)) return cand;
  }
  return null;
}

/** The solutions of expr = 0 for v that nerdamer finds (possibly none). */
export function solveFor(expr: string, v: string): string[] {
  const out = symbolic(`solve(${expr}, ${v})`);
  if (out === null || !out.startsWith('[') || !out.endsWith(']')) return [];
  const body = out.slice(1, -1);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < body.length; k++) {
    const ch = body[k];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(body.slice(start, k));
      start = k + 1;
    }
  }
  if (body.trim() !== '') parts.push(body.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}
