/**
 * wick/ — the exact expectation E[G] of a diagram as a polynomial in p, H, σ² (set-partition form
 * of Wick's theorem in the falling-factorial basis), and the plain pairing enumeration as
 * reference. Kernels (kernel/) take typed arrays only. Imports: rational/, diagram/. Public
 * (re-exported by src/index.ts, with the types of their signatures): wickExpectation. The rest is
 * internal (gf-diagrams/internal and later stages); other folders import this folder only through
 * this file.
 */
export { wickExpectation } from './wickExpectation.js';
export { wickByPairings } from './wickByPairings.js';

export { wickCounts, wickCountsWith, wickCountsSteps, MAX_SUBSET_SIDE, type WickCounts, type WickOptions, type WickProgress } from './wickCounts.js';
export { fallingFactorialToPoly, stirlingFirstKind } from './fallingFactorial.js';
export { ExactSums, EXACT_BITS, type ExactSumsOptions } from './exactSums.js';
export { sumOverOuterPartitions, outerPartitionSteps, cheapestPlan, MIN_COST_TO_COMPARE, type OuterPartitionOptions, type OuterPartitionWork, type Programme } from './outerPartitionSums.js';
export { modularPrime, primesForBits, chineseRemainder } from './modularPrimes.js';
export { bellNumbers, log2Bell } from './bellNumbers.js';
export { BlockPartitionSums } from './kernel/blockPartitionSums.js';
export { TypedPartitionSums } from './kernel/typedPartitionSums.js';
export { cycleExpectation, cycleHalfLength } from './cycleExpectation.js';
export { wishartTraceMoment } from './wishartTraceMoment.js';
export { wickAbove, type IgnoredRegion } from './wickAbove.js';
export { firstRestrictedGrowth, nextRestrictedGrowth } from './kernel/restrictedGrowth.js';
