/**
 * solutions/summation/ — the summation method of paper §5 as tools: guessing recurrences for
 * exact coefficient sequences, Theorem 5.1 (recurrence → differential operator), first-order
 * linear PDEs by characteristics and by symbolic first integrals, and the chains limit series →
 * recurrence → ODE → closed form and (two indices) → PDE → first integrals, on the whole series or
 * on families of its orders (a tail, a parity class), with a Borel step for divergent hypergeometric
 * series. Imports: rational/,
 * asymptotics/.
 */
export { guessRecurrence, type GuessOptions, type GuessedRecurrence } from './guessRecurrence.js';
export { guessRecurrence2D, recurrence2DText, recurrence2DResidual, RECURRENCE_2D_VARIABLES, type Recurrence2D, type Guess2DOptions, type Array2D } from './guessRecurrence2D.js';
export { makeRecurrence, recurrenceText, recurrenceLatex, recurrenceResidual, firstRecurrenceFailure, type Recurrence } from './recurrence.js';
export {
  theoremOperator,
  recurrenceOperator,
  applyOperator,
  operatorText,
  operatorLatex,
  operatorNerdamer,
  derivativeForm,
  type ThetaOperator,
  type ThetaTerm,
} from './thetaOperator.js';
export { firstOrderClosedForm, constantCoefficientClosedForm, rationalTaylor, closedFormTaylor, type ClosedForm, type ClosedFormKind } from './firstOrderSolution.js';
export { rationalRoots } from './rationalRoots.js';
export {
  characteristicSystem,
  characteristicSystemLatex,
  followCharacteristic,
  solveByCharacteristics,
  compilePde,
  type LinearPde,
  type CharacteristicPoint,
  type Field,
  type Scalar,
} from './characteristics.js';
export { multiTheoremOperator, applyMultiOperator, firstOrderPde, exponentVector, type MultiThetaOperator, type MultiThetaTerm } from './multiTheorem.js';
export { solveChain, type SolveChain, type SolveStep } from './solveChain.js';
export { familyLimitSeries, familyOrders, familyStep, affineFrom, detectFamilies, MIN_FAMILY_ORDERS, type SeriesFamily, type FamilyParity, type FamilySource, type DetectedFamily } from './seriesFamily.js';
export { solveFamily, solveFamilies, leastTerms, type FamilyChain, type FamilyChoice } from './solveFamilies.js';
export { hypergeometricTerm, makeTerm, termValues, termText, type HypergeometricTerm } from './hypergeometricTerm.js';
export { borelForm, borelFormTaylor, type BorelForm, type BorelFormKind } from './borelForm.js';
export { symbolicTerm, type SymbolicTerm } from './symbolicTerm.js';
export { symbolicClosedForm, type SymbolicClosedForm } from './symbolicClosedForm.js';
export {
  firstIntegrals,
  firstIntegralsText,
  firstIntegralsLatex,
  type FirstIntegrals,
  type FirstIntegral,
  type FirstIntegralMethod,
  type LogFactor,
  type CharacteristicParameter,
} from './firstIntegrals.js';
export { solveChain2D, limitArray, recurrence2DTheoremTerms, type SolveChain2D, type SolveStep2D, type Solve2DOptions } from './solveChain2D.js';

export { ansatzOrder } from './guessRecurrence.js';
export { stirlingSecondKind } from './stirling.js';
export { UPoly, type UPolyLike } from './univariate.js';
export { antiderivative, cancelCommon, symbolicLatex, symbolicallyZero, numericallyZero, samplePoints, solveFor, NUMERIC_TOLERANCE, type Antiderivative } from './symbolicCalculus.js';
