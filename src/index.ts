/**
 * gf-diagrams — exact diagram calculus for the gradient-flow loss expansion of CP tensor
 * decompositions. Library entry point.
 */
export * from './rational/index.js';
export * from './model/index.js';
export * from './diagram/diagram.js';
