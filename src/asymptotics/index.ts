/**
 * Large-size analysis of the exact series (paper §4–5): Pareto fronts and polygons, learning
 * regimes, and large-size limit series along a scaling of H and σ² with p.
 */
export { paretoFront, dominates, diagramCount, type ParetoTerm } from './paretoFront.js';
export { paretoPolygon, convexHull, labelVertices, commonNormal, type ParetoPolygon, type PolygonPoint, type PolygonVertex } from './polygon.js';
export {
  theoremApplies,
  theoremParetoExponents,
  conjecturedOddSymTerms,
  compareFront,
  type Exponents,
  type FrontCheck,
} from './theorem41.js';
export { analyseFront, type FrontAnalysis, type TheoremCheck } from './frontAnalysis.js';
export { parseScaling, parseDirection, type Scaling, type Direction } from './scaling.js';
export { YZPoly, type YZTerm } from './yzPoly.js';
export { leadingLimit, limitSeries, affineExponents, leadingAlong, type LimitTerm, type LimitSeries, type DirectionLead } from './limitSeries.js';
export { faceOf } from './faceOf.js';
export { regimesFromFronts, theoremRegimes, frontPoints, PARAMETRIC_ORDERS, type Regime, type RegimeAnalysis, type Condition, type SigmaMonomial, type FrontPoint } from './regimes.js';
