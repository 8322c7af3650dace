/**
 * solutions/ — explicit solutions of the paper: closed-form loss curves (curves/).
 * Imports: model/. Other folders import this folder only through this file.
 */
export * from './curves/index.js';
