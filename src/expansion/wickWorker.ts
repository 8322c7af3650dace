/**
 * Worker-thread entry (compiled to dist/expansion/wickWorker.js): evaluates E[G] for batches of
 * diagrams and answers with exact coefficients as strings. A refusal (InputError, e.g. a diagram
 * too large for the Wick engine) is answered as such, so that the caller can report it as one.
 */
import { parentPort } from 'node:worker_threads';
import { freezeDiagram } from '../diagram/index.js';
import { wickExpectation } from '../wick/index.js';
import { InputError } from '../errors.js';

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
  | { readonly id: number; readonly error: { readonly message: string; readonly input: boolean } };

const port = parentPort!;
port.on('message', (msg: WickRequest) => {
  let reply: WickReply;
  try {
    const results = msg.diagrams.map((d) => {
      const flat: (number | string)[] = [];
      for (const t of wickExpectation(freezeDiagram(d.nH, d.nP, d.edges)).terms()) flat.push(t.p, t.H, t.sigma2, t.coeff.toString());
      return flat;
    });
    reply = { id: msg.id, results };
  } catch (err) {
    reply = { id: msg.id, error: { message: (err as Error)?.message ?? String(err), input: err instanceof InputError } };
  }
  port.postMessage(reply);
});
