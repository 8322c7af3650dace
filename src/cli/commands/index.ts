import type { Command } from 'commander';
import { register as expand } from './expand.js';
import { register as wick } from './wick.js';
import { register as diagrams } from './diagrams.js';
import { register as simulate } from './simulate.js';
import { register as curve } from './curve.js';
import { register as threshold } from './threshold.js';
import { register as experiment } from './experiment.js';
import { register as pareto } from './pareto.js';
import { register as limit } from './limit.js';
import { register as regimes } from './regimes.js';
import { register as reduce } from './reduce.js';
import { register as check } from './check.js';
import { register as solve } from './solve.js';
import { register as report } from './report.js';

export const commands: ((program: Command) => void)[] = [expand, wick, diagrams, simulate, curve, threshold, experiment, pareto, regimes, limit, reduce, check, solve, report];
