/**
 * model/ — the learning problem: order ν, scenario SYM/ASYM, targets as delta-pattern combinations
 * (parsing and validation). Imports: rational/. Public (re-exported by src/index.ts, with the types
 * of their signatures): makeModel, parseTarget, formatTarget. The rest is internal
 * (gf-diagrams/internal and later stages); other folders import this folder only through this file.
 */
export { makeModel, colourCount, MAX_NU, type Model, type ModelSpec, type Scenario } from './model.js';
export { parseTarget, formatTarget, targetNormSquared, type Target, type PatternTerm } from './target.js';
export { formatPartition, type SetPartition } from './setPartition.js';

export { normalizePartition, blockOf, joinBlockCount } from './setPartition.js';
