/**
 * solutions/ — explicit solutions of the paper: closed-form loss curves (curves/), and the
 * resummation of series (resummation/). Imports: rational/, model/, asymptotics/. Other folders
 * import this folder only through this file.
 */
export * from './curves/index.js';
export * from './resummation/index.js';
