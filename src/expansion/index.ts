export { lossSeries, expandLoss, observableSeries, WickCache, type SeriesTerm, type ExpandOptions } from './series.js';
export { lossDiagrams, type LossDiagrams, type IntTerm } from './lossDiagrams.js';
export { mergeStep, tableOf, lossPower, type ClassTable } from './powers.js';
