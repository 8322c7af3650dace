/**
 * Worker threads of the compiled code. A leaf module: every stage may import it, it imports
 * nothing from the project.
 *
 * - {@link workerScript}: the compiled script of a worker next to the calling module, or null
 *   when running from TypeScript sources (workers load `.js` files only).
 * - {@link startWorker} starts a worker and counts it; {@link workersStarted} reports the count,
 *   so that callers and tests can tell whether work really ran in worker threads.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * URL of the compiled worker `name` (e.g. `'./worker.js'`) relative to `base` (the caller's
 * `import.meta.url`), or null if `base` is not compiled code or the script is missing.
 */
export function workerScript(name: string, base: string): URL | null {
  if (!base.endsWith('.js')) return null;
  const url = new URL(name, base);
  return existsSync(fileURLToPath(url)) ? url : null;
}

let started = 0;

/** Start a worker thread running `script`. */
export function startWorker(script: URL, options?: WorkerOptions): Worker {
  const worker = new Worker(script, options);
  started++;
  return worker;
}

/** Number of worker threads started from this thread so far. */
export function workersStarted(): number {
  return started;
}
