/**
 * Worker-thread entry (compiled to dist/simulate/worker.js). Receives the plan as workerData,
 * then run indices one at a time; answers with progress and trajectories.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SimulationPlan } from './plan.js';
import { runOne } from './run.js';

export type WorkerRequest = { readonly index: number } | { readonly stop: true };
export type WorkerReply =
  | { readonly type: 'step'; readonly index: number; readonly step: number }
  | { readonly type: 'done'; readonly index: number; readonly loss: Float64Array; readonly diagonal: Float64Array; readonly diverged: boolean; readonly lastFiniteStep: number };

const plan = workerData as SimulationPlan;
const port = parentPort!;

port.on('message', (msg: WorkerRequest) => {
  if ('stop' in msg) {
    port.close();
    return;
  }
  const { index } = msg;
  let last = Date.now();
  const traj = runOne(plan, index, (step) => {
    const now = Date.now();
    if (now - last >= 100) {
      last = now;
      port.postMessage({ type: 'step', index, step } satisfies WorkerReply);
    }
  });
  port.postMessage({ type: 'done', index, ...traj } satisfies WorkerReply);
});
