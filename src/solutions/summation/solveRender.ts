/**
 * The chain of {@link solveChain} as JSON, text and LaTeX (the `gfd solve` outputs). The
 * variable of the differential equation is x = τ = t/T' (T' = T p^{−ρ}), h(x) = Σ a_s x^s and
 * E[L(t)] ≈ p^{e_0} h(t p^ρ/T).
 */
import type { Rational } from '../../rational/index.js';
import { recurrenceLatex, recurrenceText } from './recurrence.js';
import type { SolveChain } from './solveChain.js';
import { operatorLatex, operatorNerdamer, operatorText } from './thetaOperator.js';
import { polyLatex, polyText } from './univariate.js';

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
          coefficients: g.recurrence.coeffs.map(str),
          text: recurrenceText(g.recurrence, 'a'),
          fitEquations: g.fitEquations,
          heldOutEquations: g.heldOutEquations,
        }
      : null,
    operator: c.operator
      ? {
          terms: c.operator.terms.map((t) => ({ shift: t.shift, poly: str(t.poly) })),
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
  };
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
    const B = polyText(c.inhomogeneity ?? [], 'x');
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
  if (c.stop) out.push(`stops at ${c.stop.step}: ${c.stop.reason}`);
  return out.join('\n');
}

export function solveLatex(c: SolveChain): string {
  const out: string[] = [`% at y = ${c.at.y}, z = ${c.at.z}`];
  if (c.timeScale)
    out.push(`\\[ \\mathbb E[L(t)] \\sim p^{${c.timeScale.normalisation.toLatex()}}\\,h(x),\\quad x = \\frac{t\\,p^{${c.timeScale.rate.toLatex()}}}{T},\\quad h(x) = \\sum_s a_s x^s \\]`);
  if (c.guess) out.push(`\\[ ${recurrenceLatex(c.guess.recurrence, 'a')} \\]`);
  if (c.operator) out.push(`\\[ \\bigl[${operatorLatex(c.operator)}\\bigr] h = ${polyLatex(c.inhomogeneity ?? [], 'x')},\\qquad \\theta = x\\frac{d}{dx} \\]`);
  if (c.solution) out.push(`\\[ h(x) = ${c.solution.latex} \\]`);
  if (c.symbolic) out.push(`\\[ h(x) = ${c.symbolic.latex} \\]`);
  if (c.stop) out.push(`% stops at ${c.stop.step}: ${c.stop.reason}`);
  return out.join('\n');
}
