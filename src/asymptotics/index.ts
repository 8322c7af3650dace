/**
 * asymptotics/ — large-size analysis of the exact series (paper §4–5): Pareto fronts and polygons,
 * Theorem 4.1, learning regimes (Tables 1–2), and large-size limit series along a scaling of H and
 * σ² with p; the leading-terms engine (only the monomials those need) and the contracted-state
 * engine (contracted/: quotient multigraphs instead of diagram classes). The full series come from
 * expansion/ through the caller. Imports: rational/, model/, diagram/, canon/, merge/, wick/,
 * expansion/. Public (re-exported by src/index.ts, with the types of their signatures): goalSeries,
 * scalingGoal, directionGoal, frontGoal, ENGINES, limitSeries, parseScaling, parseDirection,
 * analyseFront, theoremParetoExponents, regimesFromFronts, theoremRegimes, frontPoints,
 * PARAMETRIC_ORDERS. The rest is internal (gf-diagrams/internal and later stages); other folders
 * import this folder only through this file.
 */
export { paretoFront, type ParetoTerm } from './paretoFront.js';
export { paretoPolygon, type ParetoPolygon, type PolygonPoint, type PolygonVertex } from './polygon.js';
export { theoremParetoExponents, conjecturedOddSymTerms, type Exponents, type FrontCheck } from './theorem41.js';
export { analyseFront, type FrontAnalysis, type TheoremCheck } from './frontAnalysis.js';
export { parseScaling, parseDirection, type Scaling, type Direction } from './scaling.js';
export { YZPoly, type YZTerm } from './yzPoly.js';
export { limitSeries, leadingAlong, type LimitTerm, type LimitSeries, type DirectionLead } from './limitSeries.js';
export { faceOf } from './faceOf.js';
export { regimesFromFronts, theoremRegimes, type Regime, type RegimeAnalysis, type Condition, type MonomialOrigin, type SigmaMonomial } from './regimes.js';
export { leadingSeries, type LeadingGoal, type WeightGoal, type FrontGoal, type LeadingTerm, type LeadingOptions, type LeadingStart } from './leadingSeries.js';
export { leadingStart, scalingGoal, directionGoal, frontGoal } from './leadingGoals.js';

export { dominates, diagramCount } from './paretoFront.js';
export { convexHull, labelVertices, commonNormal } from './polygon.js';
export { theoremApplies, compareFront } from './theorem41.js';
export { leadingLimit, affineExponents } from './limitSeries.js';
export { frontPoints, PARAMETRIC_ORDERS, type FrontPoint } from './regimes.js';
export { classCounts, mergeStep, reachableSteps, regionMax, maximalPoints, type ClassCounts } from './leadingBound.js';
export { weightedGenusBounds, type WeightedGenus } from './weightedGenus.js';
export {
  contractedExactSeries,
  contractedLeadingSeries,
  contractedApplies,
  contractedTooLarge,
  type ContractedWeight,
  type ContractedOptions,
  type ContractedStats,
} from './contracted/contractedSeries.js';
export { necessaryStates, type NecessaryCounts } from './contracted/necessaryStates.js';
export { contractedNewtonPolyhedra, type NewtonPolyhedron, type PolyhedronOptions } from './contracted/contractedPolyhedron.js';
export { convexPart, type FrontScope } from './frontAnalysis.js';
export { limitRegimes, type LimitRegimes, type LimitVertex } from './limitRegimes.js';
export { goalSeries, resolveEngine, contractedWeights, contractedFront, contractedServes, ENGINES, type Engine, type GoalSeriesOptions } from './goalSeries.js';
