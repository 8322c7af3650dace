/**
 * expansion/ — the exact series Y_s = T^s E[d^sL/dt^s(0)] and observable series, streamed level
 * by level, with a worker-thread pool for the expectations; observables and class listings.
 * Imports: rational/, model/, diagram/, canon/, merge/, wick/.
 * Other folders import this folder only through this file.
 */
// public: re-exported by src/index.ts
export {
  lossSeries,
  expandLoss,
  observableSeries,
  expandLossParallel,
  observableSeriesParallel,
  type SeriesTerm,
  type ExpandOptions,
  type ParallelOptions,
} from './series.js';
export { lossDiagrams, type LossDiagrams } from './lossDiagrams.js';
export { lossPowerClasses, type ClassEntry, type ClassListing } from './classListing.js';
export { parseObservable, type Observable } from './observable.js';

// internal: for later stages and 'gf-diagrams/internal'
export { expectation, WickCache } from './series.js';
export { lossPower } from './powers.js';
export { mergeCooperative, Slicer } from './cooperative.js';
