export { wickExpectation } from './wickExpectation.js';
export { wickByPairings } from './wickByPairings.js';
export { wickCounts, MAX_SUBSET_SIDE, type WickCounts } from './wickCounts.js';
export { fallingFactorialToPoly, stirlingFirstKind } from './fallingFactorial.js';
