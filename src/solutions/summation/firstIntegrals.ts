/**
 * First integrals and the integrating factor of a first-order linear PDE Φ(x)·∇h = φ(x) h
 * (paper §5, eq. char), found symbolically where nerdamer can. Along a characteristic
 * dx/dτ = Φ(x) every first integral I (Φ·∇I = 0) is constant and d(log h)/dτ = φ, so with
 * Φ·∇Ψ = φ the general solution is h = exp(Ψ(x)) g(I_1(x), …, I_{d−1}(x)).
 *
 * - Components with Φ_i = 0 give the trivial integrals x_i; those variables are constants along
 *   the curves and enter the others as parameters.
 * - For two moving variables x_p, x_j the curves solve dx_j/dx_p = Φ_j/Φ_p; tried when this is
 *   linear in x_j (x_j e^{−A} − ∫ b e^{−A}, A = ∫ a) or separable (f(x_p) g(x_j): ∫ dx_j/g − ∫ f),
 *   in both directions.
 * - Ψ: by quadrature ∫ φ/Φ_j dx_j (the others held fixed), or along the curve, with the moving
 *   variables other than x_p written through the integrals found (I_j = c_j solved for x_j).
 * - The characteristic parameter τ = ∫ dx_i/Φ_i(x_i) when some Φ_i depends on x_i alone.
 *
 * Nothing unchecked is returned: an integral must satisfy Φ·∇I = 0 and Ψ must satisfy Φ·∇Ψ = φ,
 * each both simplified to 0 by nerdamer and in floating point at random rational points
 * (symbolicCalculus.ts); an integral must also be non-constant. What is not found is listed.
 */
import { InputError } from '../../errors.js';
import type { LinearPde } from './characteristics.js';
import {
  antiderivative,
  checkVariables,
  derivative,
  freeSymbols,
  numericallyNonconstant,
  numericallyZero,
  readExpression,
  solveFor,
  substitute,
  symbolic,
  symbolicallyZero,
  symbolicLatex,
  type Antiderivative,
} from './symbolicCalculus.js';

export type FirstIntegralMethod = 'trivial' | 'linear' | 'separable';

export interface FirstIntegral {
  /** nerdamer expression */
  readonly text: string;
  readonly latex: string;
  /** trivial: Φ_i = 0; linear / separable: the kind of the ODE dx_j/dx_p solved */
  readonly method: FirstIntegralMethod;
  /** the variables of the ODE it came from ([x_i] for a trivial one) */
  readonly from: readonly string[];
}

export interface LogFactor {
  /** Ψ with Φ·∇Ψ = φ, nerdamer expression */
  readonly text: string;
  readonly latex: string;
  /** quadrature: ∫ φ/Φ_j dx_j; curve: along the characteristic, through the integrals; zero: φ = 0 */
  readonly method: 'quadrature' | 'curve' | 'zero';
  /** exp(Ψ) as a power base^exponent, checked numerically, when Ψ = exponent·log(base) */
  readonly factor: string | null;
}

export interface CharacteristicParameter {
  readonly variable: string;
  /** τ(x) with Φ·∇τ = 1 */
  readonly text: string;
  readonly latex: string;
}

export interface FirstIntegrals {
  readonly pde: LinearPde;
  /** independent first integrals found (d − 1 when complete) */
  readonly integrals: readonly FirstIntegral[];
  readonly complete: boolean;
  readonly parameter: CharacteristicParameter | null;
  readonly logFactor: LogFactor | null;
  /** h = exp(Ψ)·g(I_1, …) as text (nerdamer syntax on the right), null unless complete and Ψ found */
  readonly general: string | null;
  readonly generalLatex: string | null;
  /** what was not found, one line each */
  readonly missing: readonly string[];
}

/** Longest solution x_j(x_p; c) of I_j = c_j carried into the quadrature along the curve. */
const MAX_SOLUTION = 120;

const sum = (terms: readonly string[]) => terms.map((t) => `(${t})`).join('+');

/** Φ·∇u as a list of terms [Φ_i, ∂_i u] (null when a derivative fails). */
function transport(pde: LinearPde, u: string): [string, string][] | null {
  const out: [string, string][] = [];
  for (const [i, v] of pde.vars.entries()) {
    if (pde.field[i] === '0') continue;
    const d = derivative(u, v);
    if (d === null) return null;
    out.push([pde.field[i]!, d]);
  }
  return out;
}

/** Φ·∇u = rhs, simplified to 0 by nerdamer and at random points. */
function satisfies(pde: LinearPde, u: string, rhs: string): boolean {
  const t = transport(pde, u);
  if (t === null) return false;
  const terms: (string | [string, string])[] = rhs === '0' ? t : [...t, ['-1', rhs]];
  if (terms.length === 0) return true;
  return numericallyZero(terms, pde.vars) && symbolicallyZero(sum(terms.map((x) => (typeof x === 'string' ? x : `(${x[0]})*(${x[1]})`))));
}

function isIntegral(pde: LinearPde, I: string): boolean {
  if (freeSymbols(I).some((s) => !pde.vars.includes(s))) return false;
  return numericallyNonconstant(I, pde.vars) && satisfies(pde, I, '0');
}

const frac = (num: string, den: string) => ({ num, den });

/** dx_j/dx_p = num/den, linear in x_j: num/den = a(x_p) x_j + b(x_p). */
function linearIntegral(num: string, den: string, p: string, j: string, vars: readonly string[]): string | null {
  const at = (e: string, v: string) => substitute(e, j, v);
  const [n0, d0, n1, d1] = [at(num, '0'), at(den, '0'), at(num, '1'), at(den, '1')];
  if (n0 === null || d0 === null || n1 === null || d1 === null || d0 === '0' || d1 === '0') return null;
  const a = frac(symbolic(`expand((${n1})*(${d0}) - (${n0})*(${d1}))`) ?? 'NaN', symbolic(`expand((${d1})*(${d0}))`) ?? 'NaN');
  if (a.num === 'NaN' || a.den === 'NaN' || freeSymbols(`${a.num}+${a.den}+${n0}+${d0}`).includes(j)) return null;
  let E = '1';
  if (a.num !== '0') {
    const A = antiderivative(a.num, a.den, p, vars);
    if (!A) return null;
    E = A.power ? `(${A.power[0]})^(-(${A.power[1]}))` : `exp(-(${A.expr}))`;
  }
  if (n0 === '0') return symbolic(`(${j})*(${E})`);
  const B = antiderivative(`(${n0})*(${E})`, d0, p, vars);
  return B ? symbolic(`(${j})*(${E}) - (${B.expr})`) : null;
}

const SAMPLE_VALUES = ['0', '1', '2', '1/2', '-1', '3', '1/3'];

/** dx_j/dx_p = num/den = f(x_p) g(x_j): ∫ dx_j/g − ∫ f dx_p with g = F(p_0, ·), f = F(·, j_0)/F(p_0, j_0). */
function separableIntegral(num: string, den: string, p: string, j: string, vars: readonly string[]): string | null {
  for (const p0 of SAMPLE_VALUES) {
    const gn = substitute(num, p, p0);
    const gd = substitute(den, p, p0);
    if (gn === null || gd === null || gn === '0' || gd === '0') continue;
    for (const j0 of SAMPLE_VALUES) {
      const cn = substitute(gn, j, j0);
      const cd = substitute(gd, j, j0);
      const fn = substitute(num, j, j0);
      const fd = substitute(den, j, j0);
      if (cn === null || cd === null || fn === null || fd === null || cn === '0' || cd === '0') continue;
      const G = antiderivative(gd, gn, j, vars);
      const F = antiderivative(`(${fn})*(${cd})`, `(${fd})*(${cn})`, p, vars);
      return G && F ? symbolic(`(${G.expr}) - (${F.expr})`) : null;
    }
  }
  return null;
}

/**
 * First integrals, characteristic parameter and log h-factor Ψ of Φ·∇h = φh.
 *
 * @example
 * ```ts
 * // h_x + y h_y = h: h = e^x g(y e^{−x})
 * const r = firstIntegrals({ vars: ['x', 'y'], field: ['1', 'y'], rate: '1' });
 * r.integrals[0]?.text; // "e^(-x)*y"
 * r.logFactor?.text;    // "x"
 * r.general;            // "h = exp(x)*g(e^(-x)*y)"
 * ```
 */
export function firstIntegrals(input: LinearPde): FirstIntegrals {
  const W = 'first integrals';
  checkVariables(input.vars, W);
  if (input.field.length !== input.vars.length) throw new InputError(`${W}: ${input.field.length} field components for ${input.vars.length} variables`);
  const vars = [...input.vars];
  const field = input.field.map((e) => readExpression(e, vars, W));
  const rate = readExpression(input.rate, vars, W);
  const zero = field.map((e) => e === '0' || symbolicallyZero(e));
  const pde: LinearPde = Object.freeze({ vars: Object.freeze(vars), field: Object.freeze(field.map((e, i) => (zero[i] ? '0' : e))), rate });
  const active = vars.filter((_, i) => !zero[i]);
  if (active.length === 0) throw new InputError(`${W}: the field Φ vanishes identically`);
  const phi = (v: string) => pde.field[vars.indexOf(v)]!;
  const missing: string[] = [];

  const integrals: FirstIntegral[] = vars.filter((_, i) => zero[i]).map((v) => ({ text: v, latex: v, method: 'trivial', from: [v] }));
  const pivot = active[0]!;
  const byVariable = new Map<string, string>();
  for (const j of active.slice(1)) {
    let found: { I: string; method: FirstIntegralMethod } | null = null;
    for (const [p, q] of [[pivot, j], [j, pivot]] as const) {
      for (const method of ['linear', 'separable'] as const) {
        // the ratio as given, and as nerdamer's quotient (identical factors of Φ_q and Φ_p cancelled)
        const ratio = symbolic(`(${phi(q)})/(${phi(p)})`);
        for (const [num, den] of ratio === null ? [[phi(q), phi(p)]] : [[phi(q), phi(p)], [ratio, '1']]) {
          const I = (method === 'linear' ? linearIntegral : separableIntegral)(num!, den!, p, q, vars);
          if (I !== null && isIntegral(pde, I)) {
            found = { I, method };
            break;
          }
        }
        if (found) break;
      }
      if (found) break;
    }
    if (found) {
      integrals.push({ text: found.I, latex: symbolicLatex(found.I), method: found.method, from: [pivot, j] });
      byVariable.set(j, found.I);
    } else missing.push(`first integral: d${j}/d${pivot} = ${symbolic(`(${phi(j)})/(${phi(pivot)})`) ?? `(${phi(j)})/(${phi(pivot)})`} is neither linear nor separable in a form nerdamer integrates (checked)`);
  }
  const complete = integrals.length === vars.length - 1;

  let parameter: CharacteristicParameter | null = null;
  for (const v of active) {
    if (freeSymbols(phi(v)).some((s) => s !== v)) continue;
    const tau = antiderivative('1', phi(v), v, vars);
    if (tau && satisfies(pde, tau.expr, '1')) {
      parameter = { variable: v, text: tau.expr, latex: symbolicLatex(tau.expr) };
      break;
    }
  }

  const logFactor = findLogFactor(pde, active, pivot, byVariable);
  if (!logFactor) missing.push(`log factor: no Psi with Phi.grad Psi = ${rate} found (quadrature${byVariable.size ? ' and along the curve' : ''}, checked)`);

  let general: string | null = null;
  let generalLatex: string | null = null;
  if (complete && logFactor) {
    const args = integrals.map((I) => I.text).join(', ');
    const argsLatex = integrals.map((I) => I.latex).join(', ');
    const g = integrals.length ? `g(${args})` : 'C';
    const gl = integrals.length ? `g\\left(${argsLatex}\\right)` : 'C';
    if (logFactor.text === '0') {
      general = `h = ${g}`;
      generalLatex = `h = ${gl}`;
    } else {
      general = `h = ${logFactor.factor ?? `exp(${logFactor.text})`}*${g}`;
      generalLatex = `h = ${logFactor.factor ? symbolicLatex(logFactor.factor) : `e^{${logFactor.latex}}`}\\,${gl}`;
    }
  }
  return Object.freeze({
    pde,
    integrals: Object.freeze(integrals.map((I) => Object.freeze({ ...I, from: Object.freeze([...I.from]) }))),
    complete,
    parameter: parameter && Object.freeze(parameter),
    logFactor: logFactor && Object.freeze(logFactor),
    general,
    generalLatex,
    missing: Object.freeze(missing),
  });
}

function withFactor(pde: LinearPde, F: Antiderivative, method: LogFactor['method']): LogFactor {
  let factor: string | null = null;
  if (F.power) {
    const candidate = symbolic(`(${F.power[0]})^(${F.power[1]})`);
    if (candidate !== null && numericallyZero([`exp(${F.expr})`, ['-1', candidate]], pde.vars)) factor = candidate;
  }
  return { text: F.expr, latex: symbolicLatex(F.expr), method, factor };
}

function findLogFactor(pde: LinearPde, active: readonly string[], pivot: string, byVariable: ReadonlyMap<string, string>): LogFactor | null {
  const vars = pde.vars;
  if (pde.rate === '0' || symbolicallyZero(pde.rate)) return { text: '0', latex: '0', method: 'zero', factor: null };
  const phi = (v: string) => pde.field[vars.indexOf(v)]!;
  for (const j of active) {
    const F = antiderivative(pde.rate, phi(j), j, vars);
    if (F && satisfies(pde, F.expr, pde.rate)) return withFactor(pde, F, 'quadrature');
  }
  // along the curve: x_j = x_j(x_p; c_j) from I_j = c_j, then Ψ = ∫ φ/Φ_p dx_p and c_j → I_j(x)
  const others = active.filter((v) => v !== pivot);
  if (others.length === 0 || !others.every((j) => byVariable.has(j))) return null;
  const consts = others.map((_, k) => {
    let c = `c${k + 1}`;
    while (vars.includes(c)) c = `${c}_`;
    return c;
  });
  let num = pde.rate;
  let den = phi(pivot);
  for (const [k, j] of others.entries()) {
    const sol = solveFor(`(${byVariable.get(j)!}) - ${consts[k]}`, j)[0];
    if (sol === undefined || sol.length > MAX_SOLUTION || sol.includes("abs(")) return null;
    const n2 = substitute(num, j, sol);
    const d2 = substitute(den, j, sol);
    if (n2 === null || d2 === null) return null;
    [num, den] = [n2, d2];
  }
  const F = antiderivative(num, den, pivot, [...vars, ...consts]);
  if (!F) return null;
  let psi: string | null = F.expr;
  for (const [k, j] of others.entries()) psi = psi === null ? null : substitute(psi, consts[k]!, byVariable.get(j)!);
  if (psi === null) return null;
  for (const form of [symbolic(`simplify(${psi})`), psi]) if (form !== null && satisfies(pde, form, pde.rate)) return { text: form, latex: symbolicLatex(form), method: 'curve', factor: null };
  return null;
}

/** Text lines: the integrals, τ, Ψ, the general solution and what was not found. */
export function firstIntegralsText(r: FirstIntegrals): string[] {
  const out: string[] = [];
  r.integrals.forEach((I, k) => out.push(`I_${k + 1} = ${I.text}   (${I.method === 'trivial' ? `Phi_${I.from[0]} = 0` : `${I.method} ODE d${I.from[1]}/d${I.from[0]}`}; Phi.grad I = 0 checked)`));
  if (r.parameter) out.push(`tau = ${r.parameter.text}   (Phi.grad tau = 1 checked)`);
  if (r.logFactor) out.push(`Psi = ${r.logFactor.text}   (${r.logFactor.method}; Phi.grad Psi = phi checked)`);
  if (r.general) out.push(r.general);
  for (const m of r.missing) out.push(`not found: ${m}`);
  return out;
}

/** LaTeX: an aligned block of the integrals, Ψ and the general solution. */
export function firstIntegralsLatex(r: FirstIntegrals): string {
  const rows: string[] = r.integrals.map((I, k) => `I_{${k + 1}} &= ${I.latex}`);
  if (r.parameter) rows.push(`\\tau &= ${r.parameter.latex}`);
  if (r.logFactor) rows.push(`\\Psi &= ${r.logFactor.latex}`);
  if (r.generalLatex) rows.push(r.generalLatex.replace(/^h = /, 'h &= '));
  return `\\begin{aligned}\n${rows.join(' \\\\\n')}\n\\end{aligned}`;
}
