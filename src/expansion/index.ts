export {
  lossSeries,
  expandLoss,
  observableSeries,
  expandLossParallel,
  observableSeriesParallel,
  WickCache,
  type SeriesTerm,
  type ExpandOptions,
  type ParallelOptions,
} from './series.js';
export { lossDiagrams, type LossDiagrams, type IntTerm } from './lossDiagrams.js';
export { mergeStep, tableOf, lossPower, type ClassTable } from './powers.js';
