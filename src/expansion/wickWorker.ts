/**
 * Worker-thread entry (compiled to dist/expansion/wickWorker.js): evaluates E[G] for batches of
 * diagrams and answers with exact coefficients as strings.
 */
import { parentPort } from 'node:worker_threads';
import { freezeDiagram } from '../diagram/index.js';
import { wickExpectation } from '../wick/index.js';

export interface WickRequest {
  readonly id: number;
  readonly diagrams: readonly { nH: number; nP: number; edges: Int32Array }[];
}
/** per diagram: flat [p, H, sigma2, coeff] quadruples, coeff as "n" or "n/d" */
export interface WickReply {
  readonly id: number;
  readonly results: readonly (readonly (number | string)[])[];
}

const port = parentPort!;
port.on('message', (msg: WickRequest) => {
  const results = msg.diagrams.map((d) => {
    const flat: (number | string)[] = [];
    for (const t of wickExpectation(freezeDiagram(d.nH, d.nP, d.edges)).terms()) flat.push(t.p, t.H, t.sigma2, t.coeff.toString());
    return flat;
  });
  port.postMessage({ id: msg.id, results } satisfies WickReply);
});
