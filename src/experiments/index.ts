/**
 * experiments/ — reproductions of the paper's experiments: job tables of gradient-flow simulations,
 * closed forms and exact series on the same axes, statistics and summaries. Imports: rational/,
 * model/, expansion/, asymptotics/, solutions/, simulate/, render/. Public: no functions or classes
 * (src/index.ts re-exports types only, or nothing). The rest is internal (gf-diagrams/internal and
 * later stages); other folders import this folder only through this file.
 */
export { experiment, experiments } from './registry.js';
export { runExperiment, runShard, reduceExperiment, type ExperimentOutput, type ShardOutput } from './runExperiment.js';
export { planCost, jobWork, type PlanCost, type JobCost, type JobWork } from './cost.js';
export { EXPERIMENT_SIZES } from './types.js';
export type * from './types.js';

export { prepareOutputDir } from './runExperiment.js';
export { jobTable, sizesText, integratorText, type JobRow, type JobDefaults } from './jobs.js';
export { maxLogRatio, worst } from './statistics.js';
export { assignShards, jobCosts } from './shards.js';
