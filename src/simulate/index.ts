/**
 * simulate/ — gradient flow of the CP model in floating point: Monte Carlo over initialisations
 * (xoshiro256** seeded by SplitMix64), Euler/RK4, ascent and divergence detection, worker threads
 * with results independent of the thread count. Kernels (kernel/) take typed arrays only. Imports:
 * model/. Public (re-exported by src/index.ts, with the types of their signatures): simulate,
 * DEFAULT_TIME_GRID. The rest is internal (gf-diagrams/internal and later stages); other folders
 * import this folder only through this file.
 */
export { simulate, GENERATOR, type SimulationResult, type RunRecord, type SimulateControl } from './simulate.js';
export { planSimulation, MAX_WEIGHTS, type SimulateOptions, type SimulationPlan } from './plan.js';
export { type Method } from './integrate.js';
export { type TimeGrid } from './timeGrid.js';
export { simulationCsv, simulationText } from './format.js';

export { makeProblem, problemSpec, loss, diagonal, type Problem, type ProblemSpec } from './problem.js';
export { integrate, type IntegrationSpec, type Trajectory } from './integrate.js';
export { initialWeights } from './initialWeights.js';
export { runOne } from './run.js';
export { splitmix64, xoshiroState, runSeed } from './seeding.js';
export { parseTimeGrid, recordSteps, stepTime, DEFAULT_TIME_GRID } from './timeGrid.js';
export { summarize, type Summary } from './statistics.js';
export { evaluationMultiplyAdds, runEvaluations, rateAt, type CostShape, type SpeedPoint } from './cost.js';
export { measureSpeed, SPEED_SIZES } from './speed.js';
export { MAX_WORK } from './plan.js';
export { GRAM_BLOCK_ABOVE, GRAM_BLOCK_ROWS } from './problem.js';
