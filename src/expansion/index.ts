export {
  lossSeries,
  expandLoss,
  observableSeries,
  expandLossParallel,
  observableSeriesParallel,
  expectation,
  WickCache,
  type SeriesTerm,
  type ExpandOptions,
  type ParallelOptions,
} from './series.js';
export { lossDiagrams, type LossDiagrams, type IntTerm } from './lossDiagrams.js';
export { lossPower } from './powers.js';
export { lossPowerClasses, type ClassEntry, type ClassListing } from './classListing.js';
export { parseObservable, type Observable } from './observable.js';
