/**
 * model/ — the learning problem: order ν, scenario SYM/ASYM, targets as delta-pattern
 * combinations (parsing and validation). Imports: rational/.
 * Other folders import this folder only through this file.
 */
// public: re-exported by src/index.ts
export { makeModel, colourCount, MAX_NU, type Model, type ModelSpec, type Scenario } from './model.js';
export { parseTarget, formatTarget, targetNormSquared, type Target, type PatternTerm } from './target.js';
export { formatPartition, type SetPartition } from './setPartition.js';

// internal: for later stages and 'gf-diagrams/internal'
export { normalizePartition, blockOf, joinBlockCount } from './setPartition.js';
