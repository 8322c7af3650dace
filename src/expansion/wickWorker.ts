/**
 * Worker-thread entry (compiled to dist/expansion/wickWorker.js): evaluates E[G] for batches of
 * diagrams and answers with exact coefficients as strings. A refusal (InputError, e.g. a diagram
 * too large for the Wick engine) is answered as such, so that the caller can report it as one.
 * While a batch takes long, it also tells how far it is, at most every {@link PROGRESS_MS}.
 */
import { parentPort } from 'node:worker_threads';
import { freezeDiagram, type Diagram } from '../diagram/index.js';
import type { Poly } from '../rational/index.js';
import { InputError } from '../errors.js';
import { wickExpectationSteps } from './cooperative.js';

/** Least time between two progress messages of one batch (ms). */
export const PROGRESS_MS = 250;

export interface WickRequest {
  readonly id: number;
  readonly diagrams: readonly { nH: number; nP: number; edges: Int32Array }[];
}
/**
 * per diagram: flat [p, H, sigma2, coeff] quadruples, coeff as "n" or "n/d"; or the error that
 * stopped the batch (`input`: it was an InputError)
 */
export type WickReply =
  | { readonly id: number; readonly results: readonly (readonly (number | string)[])[] }
  | { readonly id: number; readonly error: { readonly message: string; readonly input: boolean } }
  | WickProgressReply;

/**
 * How far a batch is: the diagrams done plus the fraction of the outer partitions of the one in
 * progress (the Wick kernel's counter); the batch's results follow in a later message.
 */
export interface WickProgressReply {
  readonly id: number;
  readonly progress: number;
}

const port = parentPort!;
port.on('message', (msg: WickRequest) => {
  let reply: WickReply;
  let posted = performance.now();
  const expectation = (d: Diagram, j: number): Poly => {
    const steps = wickExpectationSteps(d);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      const now = performance.now();
      if (now - posted >= PROGRESS_MS) {
        posted = now;
        port.postMessage({ id: msg.id, progress: j + r.value.partitions / r.value.partitionsTotal } satisfies WickProgressReply);
      }
    }
  };
  try {
    const results = msg.diagrams.map((d, j) => {
      const flat: (number | string)[] = [];
      for (const t of expectation(freezeDiagram(d.nH, d.nP, d.edges), j).terms()) flat.push(t.p, t.H, t.sigma2, t.coeff.toString());
      return flat;
    });
    reply = { id: msg.id, results };
  } catch (err) {
    reply = { id: msg.id, error: { message: (err as Error)?.message ?? String(err), input: err instanceof InputError } };
  }
  port.postMessage(reply);
});
