/**
 * solutions/ — explicit solutions of the paper: closed-form loss curves (curves/) and the
 * summation method of §5 — recurrences, Theorem 5.1, characteristics (summation/).
 * Imports: rational/, model/, asymptotics/. Other folders import this folder only through this file.
 */
export * from './curves/index.js';
export * from './summation/index.js';
