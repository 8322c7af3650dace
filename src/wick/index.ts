export { wickExpectation } from './wickExpectation.js';
export { wickByPairings } from './wickByPairings.js';
export { wickCounts, MAX_SUBSET_SIDE, type WickCounts } from './wickCounts.js';
export { fallingFactorialToPoly, stirlingFirstKind } from './fallingFactorial.js';
export { ExactSums, EXACT_BITS } from './exactSums.js';
export { sumOverOuterPartitions, cheapestPlan, type OuterPartitionOptions } from './outerPartitionSums.js';
export { BlockPartitionSums } from './kernel/blockPartitionSums.js';
export { TypedPartitionSums } from './kernel/typedPartitionSums.js';
