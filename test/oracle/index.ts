export { oracleLossSeries } from './lossSeriesOracle.js';
export { cpLoss, type CpProblem, type ScaledLoss } from './cpLoss.js';
export { oracleDiagonalSeries } from './diagonalSeriesOracle.js';
