/**
 * The chain of {@link solveChain} as JSON, text and LaTeX (the `gfd solve` outputs). The
 * variable of the differential equation is x = τ = t/T' (T' = T p^{−ρ}), h(x) = Σ a_s x^s and
 * E[L(t)] ≈ p^{e_0} h(t p^ρ/T). The 2-index chain ({@link solveChain2D}) has h(x, v) with v = y or z.
 * Families of orders ({@link solveFamilies}) print their own chain in u = x^m.
 */
import { termExponent, type Rational } from '../rational/index.js';
import {
  firstIntegralsLatex,
  firstIntegralsText,
  operatorLatex,
  operatorNerdamer,
  operatorText,
  exponentVector,
  recurrence2DText,
  RECURRENCE_2D_VARIABLES,
  recurrenceLatex,
  recurrenceText,
  symbolicLatex,
  type LinearPde,
  type MultiThetaOperator,
  UPoly,
  type SolveChain,
  type SolveChain2D,
  type FamilyChain,
  familyStep,
} from '../solutions/index.js';

const str = (xs: readonly Rational[]) => xs.map((x) => x.toString());

export function solveJson(c: SolveChain) {
  const g = c.guess;
  return {
    at: { y: c.at.y.toString(), z: c.at.z.toString() },
    timeScale: c.timeScale ? { T: `p^(${c.timeScale.rate})`, rate: c.timeScale.rate.toString(), normalisation: c.timeScale.normalisation.toString() } : null,
    series: str(c.series),
    recurrence: g
      ? {
          order: g.recurrence.order,
          degree: g.recurrence.degree,
          coefficients: g.recurrence.coeffs.map((p) => str(p.coefficients())),
          text: recurrenceText(g.recurrence, 'a'),
          fitEquations: g.fitEquations,
          heldOutEquations: g.heldOutEquations,
        }
      : null,
    operator: c.operator
      ? {
          terms: c.operator.terms.map((t) => ({ shift: t.shift, poly: str(t.poly.coefficients()) })),
          text: operatorText(c.operator),
          latex: operatorLatex(c.operator),
          nerdamer: operatorNerdamer(c.operator),
          inhomogeneity: str(c.inhomogeneity ?? []),
          check: c.operatorCheck,
        }
      : null,
    solution: c.solution
      ? { kind: c.solution.kind, text: c.solution.text, latex: c.solution.latex, nerdamer: c.solution.nerdamer, check: c.solutionCheck }
      : null,
    symbolic: c.symbolic ? { kind: c.symbolic.kind, text: c.symbolic.text, latex: c.symbolic.latex, through: c.symbolic.through } : null,
    stop: c.stop,
    term: c.term
      ? {
          scale: c.term.scale.toString(),
          rate: c.term.rate.toString(),
          upper: str(c.term.upper),
          lower: str(c.term.lower),
          excess: c.term.excess,
          text: c.term.text,
          latex: c.term.latex,
          symbolic: c.symbolicTerm ? { scale: c.symbolicTerm.scale.toString(), rate: { num: c.symbolicTerm.rate.num.toString(), den: c.symbolicTerm.rate.den.toString() }, text: c.symbolicTerm.text, through: c.symbolicTerm.through } : null,
        }
      : null,
    borel: c.borel
      ? {
          term: c.borel.term.text,
          kind: c.borel.kind,
          polynomial: str(c.borel.polynomial),
          rate: c.borel.rate.toString(),
          exponent: c.borel.exponent?.toString() ?? null,
          text: c.borel.text,
          latex: c.borel.latex,
          check: c.borel.check,
        }
      : null,
  };
}

const familyName = (f: FamilyChain) => (f.family.parity === 'all' ? `s >= ${f.family.from}` : `${f.family.parity} s >= ${f.family.from}`);
const familyVariable = (f: FamilyChain) => (familyStep(f.family) === 1 ? 'u = x' : `u = x^${familyStep(f.family)}`);
/** h_F(x) = x^{s_0} g(x^m) */
const familyH = (f: FamilyChain) => `${f.family.from === 0 ? '' : f.family.from === 1 ? 'x*' : `x^${f.family.from}*`}g(${familyStep(f.family) === 1 ? 'x' : `x^${familyStep(f.family)}`})`;

/** The family chains as JSON (the `families` of `gfd solve`, docs/json.md). */
export function familiesJson(fs: readonly FamilyChain[]) {
  return fs.map((f) => {
    return {
      family: { parity: f.family.parity, step: familyStep(f.family), from: f.family.from, orders: f.orders, source: f.source, variable: familyVariable(f), h: familyH(f) },
      familyTimeScale: f.timeScale ? { T: `p^(${f.timeScale.rate})`, rate: f.timeScale.rate.toString(), normalisation: f.timeScale.normalisation.toString() } : null,
      ...solveJson(f.chain),
    };
  });
}

/** The family chains as text, each as the chain of {@link solveText} in its variable u. */
export function familiesText(fs: readonly FamilyChain[]): string {
  return fs
    .map((f) => {
      const head = [`## family (${f.source}): ${familyName(f)}, orders ${f.orders.join(', ')}`];
      if (f.timeScale)
        head.push(
          `   E[L(t)] contains p^(${f.timeScale.normalisation}) * ${familyH(f)}, x = t*p^(${f.timeScale.rate})/T, g(u) = sum_k a_{${f.family.from === 0 ? '' : `${f.family.from} + `}${familyStep(f.family) === 1 ? 'k' : `${familyStep(f.family)}k`}} u^k; below, the chain in ${familyVariable(f)} (written x, index n = k)`,
        );
      else head.push('   1. limit: exponents not affine on the family');
      const k = f.chain.series.length - 1;
      head.push(`   a_{${f.family.from === 0 ? '' : `${f.family.from} + `}${familyStep(f.family) === 1 ? 'k' : `${familyStep(f.family)}k`}}, k = 0..${k}: ${str(f.chain.series).join(', ')}`);
      // the chain's own lines from step 2 on (its step 1 is the family's header above)
      return [...head, ...solveText(f.chain).split('\n').slice(3).map((l) => `   ${l}`)].join('\n');
    })
    .join('\n');
}

/** The family chains as LaTeX comments and displays. */
export function familiesLatex(fs: readonly FamilyChain[]): string {
  return fs
    .map((f) => {
      const m = familyStep(f.family);
      const head = [`% family (${f.source}): ${familyName(f)}, orders ${f.orders.join(', ')}, chain in ${familyVariable(f)}`];
      if (f.timeScale) {
        const xs = f.family.from === 0 ? '' : f.family.from === 1 ? 'x\\,' : `x^{${f.family.from}}\\,`;
        const index = `${f.family.from === 0 ? '' : `${f.family.from} + `}${m === 1 ? 'k' : `${m}k`}`;
        head.push(
          `\\[ \\mathbb E[L(t)] \\ni p^{${f.timeScale.normalisation.toLatex()}}\\,${xs}g(${m === 1 ? 'x' : `x^{${m}}`}),\\quad x = \\frac{t\\,p^{${f.timeScale.rate.toLatex()}}}{T},\\quad g(u) = \\sum_k a_{${index}} u^k \\]`,
        );
      }
      // the chain's own lines without its point and time scale (per k, stated above in x)
      const rest = solveLatex(f.chain).split('\n').slice(1).filter((l) => !l.startsWith('\\[ \\mathbb E[L(t)]'));
      return [...head, ...rest].join('\n');
    })
    .join('\n');
}

export function solveText(c: SolveChain): string {
  const out: string[] = [];
  out.push(`# at y = ${c.at.y}, z = ${c.at.z}`);
  if (c.timeScale) out.push(`1. limit: E[L(t)] ~ p^(${c.timeScale.normalisation}) * h(x), x = t*p^(${c.timeScale.rate})/T, h(x) = sum_s a_s x^s, a_s = c_s(y,z)/s!`);
  else out.push('1. limit: exponents not affine in s');
  out.push(`   a_0..a_${c.series.length - 1} = ${str(c.series).join(', ')}`);
  if (c.guess) {
    const g = c.guess;
    out.push(`2. recurrence (order ${g.recurrence.order}, degree ${g.recurrence.degree}; fitted on n = 0..${g.fitEquations - 1}, confirmed on ${g.heldOutEquations} held-out equation${g.heldOutEquations === 1 ? '' : 's'}):`);
    out.push(`   ${recurrenceText(g.recurrence, 'a')}`);
  }
  if (c.operator) {
    const B = UPoly.fromCoefficients(c.inhomogeneity ?? []).toText('x');
    out.push('3. differential equation (Theorem 5.1, theta = x d/dx):');
    out.push(`   [${operatorText(c.operator)}] h = ${B}`);
    out.push(`   nerdamer: ${operatorNerdamer(c.operator)} = ${B}`);
    out.push(`   check: coefficients of x^${c.guess!.recurrence.order}..x^${c.operatorCheck!.through} of L h ${c.operatorCheck!.vanishes ? 'vanish' : 'do NOT vanish'}`);
  }
  if (c.solution) {
    out.push(`4. solution: h(x) = ${c.solution.text}`);
    out.push(`   check: Taylor coefficients ${c.solutionCheck!.agrees ? 'agree' : 'DISAGREE'} with a_0..a_${c.solutionCheck!.through}`);
  }
  if (c.symbolic) out.push(`5. for all y, z (exact identities in Q[y,z] for s = 0..${c.symbolic.through}): h(x) = ${c.symbolic.text}`);
  else if (c.solution?.kind === 'hypergeometric' || c.solution?.kind === 'rational') out.push(`5. for all y, z: not attempted for ${c.solution.kind} forms`);
  else if (c.solution) out.push('5. for all y, z: the closed form does not lift (identities in Q[y,z] fail)');
  if (c.term && (!c.solution || c.solution.kind === 'hypergeometric')) {
    out.push(`   term: ${c.term.text}${c.term.excess > 0 ? ' (sum_n a_n x^n diverges)' : ''}`);
    if (c.symbolicTerm) out.push(`   for all y, z (exact identities in Q[y,z] for n = 0..${c.symbolicTerm.through}): ${c.symbolicTerm.text}`);
  }
  if (c.borel) {
    out.push(`6. Borel transform B(w) = sum_n a_n w^n/n!: ${c.borel.term.text}`);
    if (c.borel.kind) out.push(`   B(w) = ${c.borel.text}; Taylor coefficients ${c.borel.check!.agrees ? 'agree' : 'DISAGREE'} with a_n/n!, n = 0..${c.borel.check!.through}`);
    else out.push('   no elementary form (the parameters do not reduce to (1 - Kw)^c, exp(Kw) or a rational function)');
  }
  if (c.stop) out.push(`stops at ${c.stop.step}: ${c.stop.reason}`);
  return out.join('\n');
}

export function solveLatex(c: SolveChain): string {
  const out: string[] = [`% at y = ${c.at.y}, z = ${c.at.z}`];
  if (c.timeScale)
    out.push(`\\[ \\mathbb E[L(t)] \\sim p^{${c.timeScale.normalisation.toLatex()}}\\,h(x),\\quad x = \\frac{t\\,p^{${c.timeScale.rate.toLatex()}}}{T},\\quad h(x) = \\sum_s a_s x^s \\]`);
  if (c.guess) out.push(`\\[ ${recurrenceLatex(c.guess.recurrence, 'a')} \\]`);
  if (c.operator) out.push(`\\[ \\bigl[${operatorLatex(c.operator)}\\bigr] h = ${UPoly.fromCoefficients(c.inhomogeneity ?? []).toLatex('x')},\\qquad \\theta = x\\frac{d}{dx} \\]`);
  if (c.solution) out.push(`\\[ h(x) = ${c.solution.latex} \\]`);
  if (c.symbolic) out.push(`\\[ h(x) = ${c.symbolic.latex} \\]`);
  if (c.term && !c.solution) out.push(`\\[ ${c.term.latex} \\]`);
  if (c.borel?.kind) out.push(`\\[ \\sum_n \\frac{a_n}{n!} w^n = ${c.borel.latex} \\]`);
  if (c.stop) out.push(`% stops at ${c.stop.step}: ${c.stop.reason}`);
  return out.join('\n');
}

// ---- the 2-index chain (solveChain2D, `gfd solve --index`) ----

function thetaMonomial(vars: readonly string[], exps: readonly number[]): string {
  return exps.flatMap((e, i) => (e === 0 ? [] : [e === 1 ? `theta_${vars[i]}` : `theta_${vars[i]}^${e}`])).join('*');
}

function monomial(vars: readonly string[], exps: readonly number[]): string {
  return exps.flatMap((e, i) => (e === 0 ? [] : [e === 1 ? vars[i]! : `${vars[i]}^${e}`])).join('*');
}

function signed(coeff: Rational, body: string, first: boolean): string {
  const a = coeff.abs();
  const text = body === '' ? a.toString() : a.equals(1) ? body : `${a}*${body}`;
  return first ? `${coeff.sign() < 0 ? '-' : ''}${text}` : `${coeff.sign() < 0 ? ' - ' : ' + '}${text}`;
}

/** Σ_k x^{shift} P_k(θ) as text, θ_v = v ∂/∂v, e.g. `theta_x + x*(24*theta_x + 32)`. */
export function multiOperatorText(op: MultiThetaOperator): string {
  const terms = [...op.terms].sort((a, b) => a.shift.reduce((p, q) => p + q, 0) - b.shift.reduce((p, q) => p + q, 0) || b.shift.join(',').localeCompare(a.shift.join(',')));
  return terms
    .map((t, k) => {
      const prefix = monomial(op.vars, t.shift);
      const poly = [...t.poly].map((m) => ({ coeff: m.coeff, exps: exponentVector(m, op.vars) })).sort((a, b) => b.exps.reduce((p, q) => p + q, 0) - a.exps.reduce((p, q) => p + q, 0) || b.exps.join(',').localeCompare(a.exps.join(',')));
      const inner = poly.map((m, j) => signed(m.coeff, thetaMonomial(op.vars, m.exps), j === 0)).join('');
      if (prefix === '') return k === 0 ? inner : ` + ${inner}`;
      if (poly.length === 1) return signed(poly[0]!.coeff, [prefix, thetaMonomial(op.vars, poly[0]!.exps)].filter(Boolean).join('*'), k === 0);
      return k === 0 ? `${prefix}*(${inner})` : ` + ${prefix}*(${inner})`;
    })
    .join('');
}

/** Φ·∇h = φh as text, e.g. `(x + 24*x^2)*h_x = (-32*x)*h`. */
export function pdeText(pde: LinearPde): string {
  const lhs = pde.vars.flatMap((v, i) => (pde.field[i] === '0' ? [] : [`(${pde.field[i]})*h_${v}`])).join(' + ');
  return `${lhs || '0'} = (${pde.rate})*h`;
}

function pdeLatex(pde: LinearPde): string {
  const lhs = pde.vars.flatMap((v, i) => (pde.field[i] === '0' ? [] : [`\\left(${symbolicLatex(pde.field[i]!)}\\right)\\partial_{${v}} h`])).join(' + ');
  return `${lhs || '0'} = \\left(${symbolicLatex(pde.rate)}\\right) h`;
}

const arrayRows = (c: SolveChain2D) => c.array.map((row) => Object.fromEntries([...row].sort((a, b) => a[0] - b[0]).map(([n, v]) => [String(n), v.toString()])));

export function solve2DJson(c: SolveChain2D) {
  const I = c.integrals;
  return {
    index: c.index,
    at: { [c.at.variable]: c.at.value.toString() },
    timeScale: c.timeScale ? { T: `p^(${c.timeScale.rate})`, rate: c.timeScale.rate.toString(), normalisation: c.timeScale.normalisation.toString() } : null,
    array: arrayRows(c),
    recurrence: c.recurrence
      ? {
          ansatz: c.ansatz,
          terms: c.recurrence.terms.map((t) => ({ shift: t.shift, poly: t.poly.termsBy(RECURRENCE_2D_VARIABLES).map((m) => ({ coeff: m.coeff.toString(), s: termExponent(m, 's'), n: termExponent(m, 'n') })) })),
          text: recurrence2DText(c.recurrence),
        }
      : null,
    operator: c.operator
      ? {
          vars: c.operator.vars,
          terms: c.operator.terms.map((t) => ({ shift: t.shift, poly: t.poly.map((m) => ({ coeff: m.coeff.toString(), exps: exponentVector(m, c.operator!.vars) })) })),
          text: multiOperatorText(c.operator),
          check: c.operatorCheck,
          inhomogeneity: (c.inhomogeneity ?? []).map((b) => ({ m: b.m, value: b.value.toString() })),
        }
      : null,
    pde: c.pde ? { vars: c.pde.vars, field: c.pde.field, rate: c.pde.rate, text: pdeText(c.pde) } : null,
    integrals: I
      ? {
          integrals: I.integrals.map((x) => ({ text: x.text, latex: x.latex, method: x.method, from: x.from })),
          complete: I.complete,
          parameter: I.parameter,
          logFactor: I.logFactor,
          general: I.general,
          missing: I.missing,
        }
      : null,
    stop: c.stop,
  };
}

export function solve2DText(c: SolveChain2D): string {
  const v = c.index;
  const out: string[] = [`# two indices: s and the power n of ${v}, at ${c.at.variable} = ${c.at.value}`];
  if (c.timeScale)
    out.push(`1. limit: E[L(t)] ~ p^(${c.timeScale.normalisation}) * h(x, ${v}), x = t*p^(${c.timeScale.rate})/T, h(x, ${v}) = sum_{s,n} C_{s,n} x^s ${v}^n, C_{s,n} = [${v}^n] c_s(y,z)/s!`);
  else out.push('1. limit: exponents not affine in s');
  c.array.forEach((row, s) => out.push(`   s=${s}: ${[...row].sort((a, b) => a[0] - b[0]).map(([n, x]) => `C_{${s},${n}} = ${x}`).join(', ')}`));
  if (c.recurrence) {
    out.push(`2. recurrence (coefficients in ${c.ansatz === 's' ? 's alone' : 's and n'}; confirmed on the held-out row s = ${c.array.length - 1}):`);
    out.push(`   ${recurrence2DText(c.recurrence)}`);
  }
  if (c.operator) {
    out.push(`3. Theorem 5.1 (theta_v = v d/dv): L = ${multiOperatorText(c.operator)}`);
    const B = (c.inhomogeneity ?? []).map((b, k) => signed(b.value, monomial(['x', v], b.m), k === 0)).join('');
    out.push(`   check: coefficients of x^s ${v}^n of L h, s = ${Math.max(...c.recurrence!.terms.map((t) => t.shift[0]))}..${c.operatorCheck!.through}, ${c.operatorCheck!.vanishes ? 'vanish' : 'do NOT vanish'}; L h = ${B || '0'}`);
  }
  if (c.pde && c.pde.field.some((f) => f !== '0')) out.push(`   first-order PDE: ${pdeText(c.pde)}`);
  if (c.integrals) {
    out.push('4. first integrals and log factor (symbolic; each checked by nerdamer and at random points):');
    for (const line of firstIntegralsText(c.integrals)) out.push(`   ${line}`);
    const row0 = [...(c.array[0] ?? new Map<number, Rational>())].sort((a, b) => a[0] - b[0]);
    out.push(`   data: h(0, ${v}) = ${row0.map(([n, x], k) => signed(x, monomial([v], [n]), k === 0)).join('') || '0'} (row s = 0)`);
  }
  if (c.stop) out.push(`stops at ${c.stop.step}: ${c.stop.reason}`);
  return out.join('\n');
}

export function solve2DLatex(c: SolveChain2D): string {
  const v = c.index;
  const out: string[] = [`% two indices: s and the power n of ${v}, at ${c.at.variable} = ${c.at.value}`];
  if (c.timeScale)
    out.push(`\\[ \\mathbb E[L(t)] \\sim p^{${c.timeScale.normalisation.toLatex()}}\\,h(x, ${v}),\\quad x = \\frac{t\\,p^{${c.timeScale.rate.toLatex()}}}{T},\\quad h(x, ${v}) = \\sum_{s,n} C_{s,n} x^s ${v}^n \\]`);
  if (c.recurrence) out.push(`% ${recurrence2DText(c.recurrence)}`);
  if (c.pde) out.push(`\\[ ${pdeLatex(c.pde)} \\]`);
  if (c.integrals) out.push(`\\[ ${firstIntegralsLatex(c.integrals)} \\]`);
  if (c.stop) out.push(`% stops at ${c.stop.step}: ${c.stop.reason}`);
  return out.join('\n');
}
