/** Reproductions of the paper's experiments: gradient-flow simulations against closed forms. */
export { experiment, experiments } from './registry.js';
export { runExperiment, prepareOutputDir, type ExperimentOutput } from './runExperiment.js';
export * from './types.js';
