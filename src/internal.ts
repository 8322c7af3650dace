/**
 * gf-diagrams/internal — everything the folders export to each other: the public API plus the
 * variants behind its entry points (`lossSeries`, `expandLossParallel`, `leadingSeries`, …), the
 * per-curve functions behind `curveFormula`, the reference implementations the tests compare
 * with (`naiveCanonicalForm`, `wickByPairings`), the kernels and shared helpers (packed edges,
 * class-sum builders, Wick kernels, simulator internals). For tools built on the engine; these
 * names may change between minor versions.
 */
export * from './index.js';
export * from './rational/index.js';
export * from './series/index.js';
export * from './model/index.js';
export * from './diagram/index.js';
export * from './canon/index.js';
export * from './merge/index.js';
export * from './wick/index.js';
export * from './expansion/index.js';
export * from './asymptotics/index.js';
export * from './simulate/index.js';
export * from './solutions/index.js';
export * from './experiments/index.js';
export * from './render/index.js';
export { UnionFind } from './unionFind.js';
export { workerScript, startWorker, workersStarted } from './workerScript.js';
