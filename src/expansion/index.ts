/**
 * expansion/ — the exact series Y_s = T^s E[d^sL/dt^s(0)] and observable series, streamed level by
 * level, with a worker-thread pool for the expectations; observables and class listings;
 * checkpoints of the levels and the sharded last level (docs/scale-out.md). Imports: rational/,
 * model/, diagram/, canon/, merge/, wick/. Public (re-exported by src/index.ts, with the types of
 * their signatures): series, parseObservable. The rest is internal (gf-diagrams/internal and later
 * stages); other folders import this folder only through this file.
 */
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
export { series, type SeriesOptions } from './seriesEntry.js';
export { lossDiagrams, type LossDiagrams } from './lossDiagrams.js';
export { lossPowerClasses, lossPowerClassesCooperative, type ClassEntry, type ClassListing } from './classListing.js';
export { parseObservable, type Observable } from './observable.js';
export { expandCheckpointed } from './checkpointSeries.js';
export { mapShard, evaluatePartition, reduceShards, type ShardOptions } from './shard.js';

export { expectation, WickCache } from './series.js';
export { WickPool } from './wickPool.js';
export { MIN_PARALLEL } from './series.js';
export { lossPower } from './powers.js';
export { mergeCooperative, Slicer, wickExpectationCooperative } from './cooperative.js';
export {
  CHECKPOINT_VERSION,
  checkpointIdentity,
  encodeClass,
  decodeClass,
  parseClassTable,
  parseTermFile,
  type CheckpointIdentity,
  type ClassTableHeader,
  type TermFile,
} from './checkpointFormat.js';
export { CheckpointStore } from './checkpointStore.js';
export { classHash, mapPath, partialPath, type ShardPlan } from './shard.js';
