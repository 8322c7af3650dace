/** Reproductions of the paper's experiments: gradient-flow simulations against closed forms. */
export { experiment, experiments } from './registry.js';
export { runExperiment, prepareOutputDir, type ExperimentOutput } from './runExperiment.js';
export { relativeDeviation, worstAgreement } from './deviation.js';
export { seriesResult, evaluateCurve, denseTimes, curveParams, type SeriesSpec } from './series.js';
export { runJobs, withSeeds } from './runJobs.js';
export { resultFigure, panelPlot, curvesPlot, gridPlot } from './panelPlot.js';
export * from './types.js';
