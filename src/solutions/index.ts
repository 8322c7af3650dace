/**
 * solutions/ — explicit solutions of the paper: closed-form loss curves (curves/), the summation
 * method of §5 — recurrences, Theorem 5.1, characteristics (summation/), the resummation of series
 * (resummation/), and formulas checked against the series (checkFormula.ts). Imports: rational/,
 * series/, model/, asymptotics/. Public (re-exported by src/index.ts, with the types of their
 * signatures): checkAgainstExpand, checkAgainstLimit, solveChain, resum, resummedLimitLoss,
 * curveFormula, curveFormulas. The rest is internal (gf-diagrams/internal and later stages); other
 * folders import this folder only through this file.
 */
export * from './curves/index.js';
export * from './summation/index.js';
export * from './resummation/index.js';
export {
  checkAgainstExpand,
  checkAgainstLimit,
  compareCoefficients,
  formulaCoefficients,
  CHECK_PARAMETERS,
  type CheckAgainst,
  type FormulaKind,
  type FormulaCheck,
  type CoefficientComparison,
} from './checkFormula.js';
