/**
 * solutions/ — explicit solutions of the paper: closed-form loss curves (curves/).
 * Imports: model/, rational/, series/, asymptotics/ (checkFormula.ts: a formula against the series).
 * Other folders import this folder only through this file.
 */
export * from './curves/index.js';
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
export { checkJson, checkText, checkLatex, checkConvention } from './checkFormulaRender.js';
