export { makeModel, colourCount, MAX_NU, type Model, type ModelSpec, type Scenario } from './model.js';
export { parseTarget, formatTarget, targetNormSquared, type Target, type PatternTerm } from './target.js';
export { normalizePartition, blockOf, joinBlockCount, formatPartition, type SetPartition } from './setPartition.js';
