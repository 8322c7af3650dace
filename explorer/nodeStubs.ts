/**
 * What the engine's Node-only imports become in the browser. The explorer runs the single-thread
 * engine (no worker threads, no files); the modules that import node:fs, node:worker_threads, …
 * are loaded but those functions are never called there. `createRequire` serves the one CommonJS
 * package the engine loads lazily, nerdamer (closed forms), from the bundle.
 */
import nerdamer from 'nerdamer';
import 'nerdamer/Algebra.js';
import 'nerdamer/Calculus.js';
import 'nerdamer/Solve.js';

const unavailable = (name: string) => (): never => {
  throw new Error(`${name} is not available in the browser`);
};

// node:module
export function createRequire(): (id: string) => unknown {
  return (id: string) => {
    if (id === 'nerdamer' || id.startsWith('nerdamer/')) return nerdamer;
    throw new Error(`require("${id}") is not available in the browser`);
  };
}

// node:fs
export const accessSync = unavailable('fs.accessSync');
export const closeSync = unavailable('fs.closeSync');
export const existsSync = (): boolean => false;
export const fsyncSync = unavailable('fs.fsyncSync');
export const mkdirSync = unavailable('fs.mkdirSync');
export const openSync = unavailable('fs.openSync');
export const readdirSync = unavailable('fs.readdirSync');
export const readFileSync = unavailable('fs.readFileSync');
export const renameSync = unavailable('fs.renameSync');
export const statSync = unavailable('fs.statSync');
export const writeFileSync = unavailable('fs.writeFileSync');
export const writeSync = unavailable('fs.writeSync');
export const constants = { W_OK: 2, R_OK: 4 };

// node:os
export const availableParallelism = (): number => 1;
export const cpus = (): { model: string }[] => [];
export const hostname = (): string => 'browser';
export const platform = (): string => 'browser';
export const release = (): string => '';

// node:path, node:url
export const dirname = (p: string): string => p.replace(/\/[^/]*$/, '');
export const join = (...parts: string[]): string => parts.join('/');
export const resolve = (...parts: string[]): string => parts.join('/');
export const fileURLToPath = (u: string | URL): string => String(u);

// node:crypto, node:v8, node:perf_hooks
export const createHash = unavailable('crypto.createHash');
export const getHeapStatistics = (): { heap_size_limit: number; used_heap_size: number; total_heap_size: number } => ({
  heap_size_limit: Number.MAX_SAFE_INTEGER,
  used_heap_size: 0,
  total_heap_size: 0,
});
export const performance = globalThis.performance;

// node:worker_threads
export const Worker = unavailable('worker_threads.Worker');
export const parentPort = null;
export const workerData = null;

export default {};
