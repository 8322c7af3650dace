/**
 * The report of `gfd check` as JSON, text and LaTeX: the verdict ("agrees to order S" or the first
 * mismatch with both values) and, in JSON, every coefficient compared.
 */
import type { FormulaCheck } from '../solutions/index.js';

/** What the s-th coefficient means, per series (docs/conventions.md, "The series Y_s"). */
export function checkConvention(check: Pick<FormulaCheck, 'against' | 'kind'>): string {
  const symbol = check.against === 'expand' ? 'Y_s' : 'c_s';
  if (check.kind === 'coefficients') return `the formula at s is compared with ${symbol}`;
  return check.against === 'expand'
    ? 's!*[t^s] of the formula is compared with Y_s, E[L(t)] ~ sum_s Y_s (t/T)^s/s! (t stands for t/T)'
    : "s!*[t^s] of the formula is compared with c_s, E[L(t)]/p^(e_0) ~ sum_s c_s (t/T')^s/s! (t stands for t/T')";
}

/**
 * JSON: `context` (model, scaling, …) first, then the check.
 * @example
 * ```ts
 * const c = checkAgainstExpand('p/2', [parsePoly('p/2')]);
 * checkJson(c, {}).agrees; // true
 * ```
 */
export function checkJson(check: FormulaCheck, context: Record<string, unknown>): Record<string, unknown> {
  const m = check.firstMismatch;
  return {
    ...context,
    against: check.against,
    kind: check.kind,
    formula: check.text,
    convention: checkConvention(check),
    order: check.order,
    agrees: check.agrees,
    mismatch: m ? { s: m.s, formula: m.formula.toString(), engine: m.engine.toString() } : null,
    coefficients: check.comparisons.map((c) => ({ s: c.s, formula: c.formula.toString(), engine: c.engine.toString(), agrees: c.agrees })),
  };
}

/** `agrees to order S`, or the first mismatch with both values on two more lines. */
export function checkText(check: FormulaCheck): string {
  const m = check.firstMismatch;
  if (!m) return `agrees to order ${check.order}`;
  const symbol = check.against === 'expand' ? 'Y' : 'c';
  return [`first mismatch at s = ${m.s}${m.s > 0 ? ` (agrees to order ${m.s - 1})` : ''}`, `  formula: ${m.formula.toString()}`, `  engine:  ${symbol}_${m.s} = ${m.engine.toString()}`].join('\n');
}

/** The verdict as a LaTeX comment line, the mismatch as an align* block. */
export function checkLatex(check: FormulaCheck): string {
  const m = check.firstMismatch;
  if (!m) return `% agrees to order ${check.order}`;
  const symbol = check.against === 'expand' ? 'Y' : 'c';
  return [
    `% first mismatch at s = ${m.s}`,
    '\\begin{align*}',
    `  \\text{formula:}\\quad & ${m.formula.toLatex()} \\\\`,
    `  \\text{engine:}\\quad & ${symbol}_{${m.s}} = ${m.engine.toLatex()}`,
    '\\end{align*}',
  ].join('\n');
}
