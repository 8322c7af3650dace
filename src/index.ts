/**
 * gf-diagrams — exact diagram calculus for the gradient-flow loss expansion of CP tensor
 * decompositions. This is the researcher-facing API: the value types, one entry point per task
 * (series, large-size limits and Pareto fronts, regimes, checking a formula, solving, simulating)
 * and the renderers of their results. The pipeline's folders and what they own are listed in
 * README.md ("Architecture"); the variants, kernels and the helpers that later stages share are in
 * `gf-diagrams/internal` (src/internal.ts).
 */
export { InputError, RationalError } from './errors.js';

// values: exact numbers and polynomials in p, H, σ²
export { Rational, Poly, parsePoly, type RationalLike, type Monomial, type PolyTerm } from './rational/index.js';

// values: the model (order ν, scenario, target)
export { makeModel, parseTarget, formatTarget, type Model, type ModelSpec, type Scenario, type Target, type PatternTerm, type SetPartition } from './model/index.js';

// values: diagrams, their syntax, JSON and graphology forms, and their canonical form
export {
  makeDiagram,
  diagramD,
  diagramR,
  parseDiagram,
  formatDiagram,
  diagramToJSON,
  diagramFromJSON,
  toGraph,
  fromGraph,
  type Diagram,
  type DiagramJSON,
  type DiagramGraph,
  type DiagramNodeAttributes,
  type DiagramEdgeAttributes,
} from './diagram/index.js';
export { canonicalForm, type CanonicalForm } from './canon/index.js';

// the calculus: merge ⋆, sums of diagram classes, expectations
export { merge, DiagramSum, type DiagramTerm } from './merge/index.js';
export { wickExpectation } from './wick/index.js';

// the series Y_s (or an observable's series)
export { series, parseObservable, type SeriesOptions, type SeriesTerm, type Observable } from './expansion/index.js';

// large sizes: the goal monomials by the fastest engine, limit series, Pareto fronts, regimes
export {
  goalSeries,
  scalingGoal,
  directionGoal,
  frontGoal,
  ENGINES,
  limitSeries,
  parseScaling,
  parseDirection,
  analyseFront,
  theoremParetoExponents,
  regimesFromFronts,
  theoremRegimes,
  frontPoints,
  type GoalSeriesOptions,
  type Engine,
  type LeadingGoal,
  type WeightGoal,
  type FrontGoal,
  type Scaling,
  type Direction,
  type LimitSeries,
  type LimitTerm,
  type FrontAnalysis,
  type TheoremCheck,
  type FrontCheck,
  type Exponents,
  type ParetoTerm,
  type ParetoPolygon,
  type PolygonPoint,
  type PolygonVertex,
  type Regime,
  type RegimeAnalysis,
  type Condition,
  type SigmaMonomial,
  type FrontPoint,
} from './asymptotics/index.js';

// checking a hand calculation, solving (§5), resummation, closed-form curves
export {
  checkAgainstExpand,
  checkAgainstLimit,
  solveChain,
  resum,
  resummedLimitLoss,
  curveFormula,
  curveFormulas,
  type FormulaCheck,
  type FormulaKind,
  type CheckAgainst,
  type CoefficientComparison,
  type SolveChain,
  type SolveStep,
  type HypergeometricTerm,
  type SymbolicTerm,
  type BorelForm,
  type BorelFormKind,
  type GuessOptions,
  type Resummation,
  type ResummationMethod,
  type ResummationOptions,
  type ResummationVariable,
  type ResummedLimitLoss,
  type CurveFormula,
  type CurveParams,
} from './solutions/index.js';

// gradient-flow simulation (floating point)
export { simulate, type SimulateOptions, type SimulateControl, type SimulationResult, type RunRecord, type Method, type TimeGrid } from './simulate/index.js';

// rendering the results: text, LaTeX, JSON, TikZ, SVG
export {
  seriesDocument,
  EXPAND_FORMATS,
  paretoJson,
  paretoLatex,
  paretoSvg,
  regimesJson,
  regimesText,
  regimesLatex,
  limitJson,
  limitText,
  limitLatex,
  checkJson,
  checkText,
  checkLatex,
  solveJson,
  solveText,
  solveLatex,
  diagramToTikz,
  tikzDocument,
  type ExpandFormat,
  type SeriesDocumentWriter,
  type RegimesReport,
  type LimitReport,
  type TikzOptions,
} from './render/index.js';

// types that appear in the signatures above (type-only: the classes and builders stay in gf-diagrams/internal)
export type { PolyBuilder, LaurentPoly, LaurentTerm } from './rational/index.js';
export type { IntTerm, DiagramSumBuilder } from './merge/index.js';
export type { YZPoly, YZTerm, DirectionLead, FrontScope, MonomialOrigin } from './asymptotics/index.js';
export type { PadeApproximant, Complex, GuessedRecurrence, ThetaOperator, ThetaTerm, Recurrence, UPoly, ClosedForm, ClosedFormKind, SymbolicClosedForm } from './solutions/index.js';
export type { Summary } from './simulate/index.js';
// constants the documentation of public functions refers to
export { PARAMETRIC_ORDERS } from './asymptotics/index.js';
export { DEFAULT_TIME_GRID } from './simulate/index.js';
export { DEFAULT_PALETTE } from './render/index.js';
