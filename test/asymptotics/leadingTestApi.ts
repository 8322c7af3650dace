// the names the leading-engine tests use, from the folder's public entry
export {
  classCounts,
  directionGoal,
  frontGoal,
  leadingSeries,
  leadingStart,
  mergeStep,
  paretoFront,
  leadingAlong,
  limitSeries,
  parseDirection,
  parseScaling,
  scalingGoal,
  type ClassCounts,
} from '../../src/asymptotics/index.js';
export { addCounts as addCountsForTest } from '../../src/asymptotics/leadingBound.js';
