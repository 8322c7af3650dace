/**
 * series/ — exact truncated power series in one variable whose coefficients are Laurent
 * polynomials over Q in named parameters (rational/'s LaurentPoly): arithmetic with tracked
 * truncation order, exp, log, rational powers, composition, reversion, the series of the paper's
 * special functions (Narayana h, the Borel integral F of §9) and a formula → series compiler over
 * nerdamer's expression tree. Imports: rational/. Public: no functions or classes (src/index.ts
 * re-exports types only, or nothing). The rest is internal (gf-diagrams/internal and later
 * stages); other folders import this folder only through this file.
 */
export { PowerSeries, MAX_SERIES_ORDER, MAX_PRODUCT_WORK, type SeriesCoefficient } from './powerSeries.js';
export { seriesExp, seriesLog, seriesPow, seriesSqrt } from './elementary.js';
export { compose, reversion } from './compose.js';
export { narayanaSeries } from './narayanaSeries.js';
export { borelFSeries, borelTransform } from './borelSeries.js';
export { formulaSeries, formulaValue, MAX_FORMULA_EXPONENT, type FormulaSeriesOptions } from './formulaSeries.js';
