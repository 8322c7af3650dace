/**
 * gf-diagrams — exact diagram calculus for the gradient-flow loss expansion of CP tensor
 * decompositions. This is the researcher-facing API; the pipeline's folders and what they own
 * are listed in README.md ("Architecture"). Kernels and the helpers that later stages share are
 * in `gf-diagrams/internal` (src/internal.ts).
 */
export { InputError, RationalError } from './errors.js';

// exact numbers and polynomials in p, H, σ²
export { Rational, Poly, parsePoly, type RationalLike, type Monomial, type PolyTerm } from './rational/index.js';

// the model: order ν, scenario, target
export {
  makeModel,
  colourCount,
  MAX_NU,
  parseTarget,
  formatTarget,
  targetNormSquared,
  formatPartition,
  type Model,
  type ModelSpec,
  type Scenario,
  type Target,
  type PatternTerm,
  type SetPartition,
} from './model/index.js';

// diagrams
export {
  makeDiagram,
  edgeCount,
  edgeList,
  colourCounts,
  diagramD,
  diagramR,
  parseDiagram,
  formatDiagram,
  diagramFromJSON,
  diagramToJSON,
  toGraph,
  fromGraph,
  MAX_MULTIPLICITY,
  MAX_COLOUR,
  MAX_DIAGRAM_NODES,
  MAX_DIAGRAM_EDGES,
  checkDiagramForModel,
  type Diagram,
  type DiagramJSON,
  type DiagramGraph,
  type DiagramNodeAttributes,
  type DiagramEdgeAttributes,
} from './diagram/index.js';

// canonical forms
export { canonicalForm, canonicalKey, naiveCanonicalForm, type CanonicalForm } from './canon/index.js';

// the merge ⋆ and sums of diagram classes
export { merge, mergePowers, DiagramSum, type DiagramTerm } from './merge/index.js';

// expectations
export { wickExpectation, wickByPairings } from './wick/index.js';

// the series Y_s and observable series
export {
  lossSeries,
  expandLoss,
  observableSeries,
  expandLossParallel,
  observableSeriesParallel,
  lossDiagrams,
  lossPowerClasses,
  parseObservable,
  type SeriesTerm,
  type ExpandOptions,
  type ParallelOptions,
  type LossDiagrams,
  type ClassEntry,
  type ClassListing,
  type Observable,
} from './expansion/index.js';
export { expandCheckpointed, mapShard, evaluatePartition, reduceShards, type ShardOptions } from './expansion/index.js';

// large-size analysis: Pareto fronts, regimes, limit series
export {
  paretoFront,
  paretoPolygon,
  theoremParetoExponents,
  conjecturedOddSymTerms,
  analyseFront,
  parseScaling,
  parseDirection,
  YZPoly,
  limitSeries,
  leadingAlong,
  faceOf,
  regimesFromFronts,
  theoremRegimes,
  type ParetoTerm,
  type ParetoPolygon,
  type PolygonPoint,
  type PolygonVertex,
  type Exponents,
  type FrontCheck,
  type FrontAnalysis,
  type TheoremCheck,
  type Scaling,
  type Direction,
  type YZTerm,
  type LimitTerm,
  type LimitSeries,
  type DirectionLead,
  type Regime,
  type RegimeAnalysis,
  type Condition,
  type SigmaMonomial,
} from './asymptotics/index.js';
export {
  leadingSeries,
  leadingStart,
  scalingGoal,
  directionGoal,
  frontGoal,
  type LeadingGoal,
  type WeightGoal,
  type FrontGoal,
  type LeadingTerm,
  type LeadingOptions,
  type LeadingStart,
} from './asymptotics/index.js';

// gradient-flow simulation (floating point)
export {
  simulate,
  planSimulation,
  simulationCsv,
  simulationText,
  GENERATOR,
  MAX_WEIGHTS,
  type SimulationResult,
  type RunRecord,
  type SimulateControl,
  type SimulateOptions,
  type SimulationPlan,
  type Method,
  type TimeGrid,
} from './simulate/index.js';

// closed-form loss curves (floating point)
export {
  curveFormula,
  curveFormulas,
  freeUnderLoss,
  freeUnderRate,
  freeUnderInitialLoss,
  freeOverLoss,
  freeOverRate,
  freeOverInitialLoss,
  freeSymEvenLoss,
  freeSymEvenRate,
  freeSymEvenInitialLoss,
  freeSymEvenTheta,
  ntkAsymLoss,
  ntkAsymTrace,
  ntkEta,
  ntkRate,
  narayanaGf,
  narayanaBranchPoint,
  narayanaPsi,
  sym2NarayanaLoss,
  sym2LimitLoss,
  sym2BlowUpTime,
  sym4Ascent,
  sym4AscentLoss,
  nu4Threshold,
  borelF,
  erfcx,
  type CurveFormula,
  type CurveParams,
  type NtkRateConvention,
  type Sym4AscentSolution,
  type Sym4AscentState,
} from './solutions/index.js';

// resummation of series (Padé, Borel–Padé) and the resummed limit loss
export {
  padeApproximant,
  evaluatePade,
  borelPadeSum,
  polynomialRoots,
  resum,
  resummedLimitLoss,
  type PadeApproximant,
  type BorelPadeSum,
  type Complex,
  type Resummation,
  type ResummationMethod,
  type ResummationOptions,
  type ResummationVariable,
  type ResummedLimitLoss,
} from './solutions/index.js';

// the summation method of §5: recurrences, Theorem 5.1, characteristics, the solve chain
export {
  guessRecurrence,
  guessRecurrence2D,
  recurrence2DText,
  recurrence2DResidual,
  makeRecurrence,
  recurrenceText,
  recurrenceLatex,
  recurrenceResidual,
  firstRecurrenceFailure,
  theoremOperator,
  recurrenceOperator,
  applyOperator,
  operatorText,
  operatorLatex,
  operatorNerdamer,
  derivativeForm,
  firstOrderClosedForm,
  closedFormTaylor,
  characteristicSystem,
  characteristicSystemLatex,
  followCharacteristic,
  solveByCharacteristics,
  compilePde,
  solveChain,
  multiTheoremOperator,
  applyMultiOperator,
  firstOrderPde,
  symbolicClosedForm,
  type MultiThetaOperator,
  type MultiThetaTerm,
  type MultiMonomial,
  type SymbolicClosedForm,
  type GuessOptions,
  type GuessedRecurrence,
  type Recurrence2D,
  type Guess2DOptions,
  type Array2D,
  type Recurrence,
  type ThetaOperator,
  type ThetaTerm,
  type ClosedForm,
  type ClosedFormKind,
  type LinearPde,
  type CharacteristicPoint,
  type SolveChain,
  type SolveStep,
} from './solutions/index.js';

// symbolic first integrals of Φ·∇h = φh (§5, eq. char)
export {
  firstIntegrals,
  firstIntegralsText,
  firstIntegralsLatex,
  type FirstIntegrals,
  type FirstIntegral,
  type FirstIntegralMethod,
  type LogFactor,
  type CharacteristicParameter,
  solveChain2D,
  limitArray,
  recurrence2DTheoremTerms,
  type SolveChain2D,
  type SolveStep2D,
  type Solve2DOptions,
} from './solutions/index.js';

// the paper's experiments
export { experiment, experiments, runExperiment, type ExperimentOutput } from './experiments/index.js';
export type {
  Experiment,
  ExperimentSize,
  ExperimentOptions,
  ExperimentResult,
  ExperimentPlan,
  Analysis,
  SimulationJob,
  JobResults,
  SeriesResult,
  TheoryCurve,
  Deviation,
  Statistic,
  Agreement,
  PanelResult,
  CurvePanelResult,
  GridPanelResult,
  TrendPanelResult,
  TrendGroup,
  TrendPoint,
  PowerFit,
  GridCell,
} from './experiments/index.js';

// output: text, LaTeX, TikZ, SVG, JSON
export {
  seriesEntryJson,
  seriesEntryLatex,
  seriesEntryText,
  latexGroups,
  latexPH,
  latexAlignRows,
  latexExpectation,
  groupBySigma2,
  diagramToTikz,
  tikzDocument,
  DEFAULT_PALETTE,
  describeDiagram,
  figureSpec,
  renderFigure,
  svgToPng,
  svgToPdf,
  seriesDocument,
  writeClassListing,
  EXPAND_FORMATS,
  CLASS_LISTING_FORMATS,
  type SeriesEntryJson,
  type TikzOptions,
  type ExpandFormat,
  type ClassListingFormat,
  type SeriesDocumentWriter,
  paretoJson,
  paretoLatex,
  paretoSvg,
  regimesJson,
  regimesLatex,
  regimesText,
  limitJson,
  limitLatex,
  limitText,
  type RegimesReport,
  type LimitReport,
  modelReport,
  regimesOfFronts,
  reportHtml,
  faceScaling,
  polygonSpec,
  polygonsSpec,
  renderSpec,
  type ModelReport,
  type ModelReportOptions,
  type ReportDocument,
  type Provenance,
  type ExperimentEntry,
  type ExperimentStatistic,
  type PolygonPanel,
  solveJson,
  solveText,
  solveLatex,
  solve2DJson,
  solve2DText,
  solve2DLatex,
  multiOperatorText,
  pdeText,
} from './render/index.js';
export type { Figure, PlotPanel, CurvesPanel, HeatmapPanel, PlotAxis, PlotTheory, PlotSimulation, PlotRule, PlotCell } from './render/index.js';

// exact truncated power series and the formula → series compiler
export {
  LaurentPoly,
  PowerSeries,
  MAX_SERIES_ORDER,
  seriesExp,
  seriesLog,
  seriesPow,
  seriesSqrt,
  compose,
  reversion,
  narayanaSeries,
  borelFSeries,
  borelTransform,
  formulaSeries,
  formulaValue,
  MAX_FORMULA_EXPONENT,
  type LaurentTerm,
  type FormulaSeriesOptions,
} from './series/index.js';

// checking a hand calculation (a closed form or a coefficient formula) against the engine
export {
  checkAgainstExpand,
  checkAgainstLimit,
  formulaCoefficients,
  type CheckAgainst,
  type FormulaKind,
  type FormulaCheck,
  type CoefficientComparison,
} from './solutions/index.js';

// types that appear in the signatures above (type-only: the builders stay in gf-diagrams/internal)
export type { IntTerm, DiagramSumBuilder } from './merge/index.js';
export type { PolyBuilder } from './rational/index.js';
export type { UPoly, Field, Scalar } from './solutions/index.js';
export type { IntegrationSpec, ProblemSpec, Summary } from './simulate/index.js';
export type { CheckpointIdentity } from './expansion/index.js';
export type { FrontPoint } from './asymptotics/index.js';
export type { SeriesCoefficient } from './series/index.js';
// constants the documentation of public functions refers to
export { PARAMETRIC_ORDERS } from './asymptotics/index.js';
export { DEFAULT_TIME_GRID } from './simulate/index.js';
