/**
 * A pool of worker threads evaluating Wick expectations of many diagram classes in parallel.
 * The results are exact and are summed in a fixed order by the caller, so the series does not
 * depend on the number of threads. A refusal in a worker (InputError) is rethrown as an
 * InputError with the same message. Workers need the compiled code (dist/); from TypeScript
 * sources the pool runs in this thread.
 */
import type { Worker } from 'node:worker_threads';
import type { Diagram } from '../diagram/index.js';
import { Poly } from '../rational/index.js';
import { InputError } from '../errors.js';
import { startWorker, workerScript } from '../workerScript.js';
import type { WickReply, WickRequest } from './wickWorker.js';

/**
 * Classes per message: few enough that some expensive classes at the end of a level do not leave
 * the other workers idle (SYM ν=4 s=4: 1.28× the ideal time with 64, 1.01× with 16).
 */
const BATCH = 16;

export class WickPool {
  private readonly workers: Worker[] = [];
  private readonly script: URL | null;

  /**
   * With `threads` ≥ 2 (and the compiled worker present) the pool has that many workers, started
   * on first use; otherwise it is empty.
   */
  constructor(private readonly threads: number) {
    this.script = threads > 1 ? workerScript('./wickWorker.js', import.meta.url) : null;
  }

  get size(): number {
    return this.script ? this.threads : 0;
  }

  /** E[G] for each form (a canonical form or any object holding a diagram), in order. */
  async evaluate(forms: readonly { readonly diagram: Diagram }[], onDone?: (n: number) => void): Promise<Poly[]> {
    const out = new Array<Poly>(forms.length);
    await this.evaluateEach(forms.keys(), (i) => forms[i]!.diagram, (i, e) => (out[i] = e), onDone);
    return out;
  }

  /**
   * E[diagramOf(item)] for each item, handed to `onResult` as the batches come back (in no fixed
   * order). Items are taken from `items` only when a worker is free, so that a level of many
   * classes is never materialised as a whole. `onDone` sees the items done, plus the fractions
   * the workers report of the items in progress (a long class moves it too); it never decreases.
   */
  async evaluateEach<T>(
    items: Iterable<T>,
    diagramOf: (item: T) => Diagram,
    onResult: (item: T, e: Poly) => void,
    onDone?: (n: number) => void,
  ): Promise<void> {
    if (!this.script) throw new Error('wickPool: no workers');
    while (this.workers.length < this.threads) this.workers.push(startWorker(this.script));
    const source = items[Symbol.iterator]();
    let exhausted = false;
    const take = (): T[] => {
      const batch: T[] = [];
      while (!exhausted && batch.length < BATCH) {
        const r = source.next();
        if (r.done) exhausted = true;
        else batch.push(r.value);
      }
      return batch;
    };
    let nextId = 0;
    let done = 0;
    // per worker, how far its current batch is (items done and the fraction of the one in progress)
    const inFlight = new Map<Worker, number>();
    const report = () => {
      let n = done;
      for (const f of inFlight.values()) n += f;
      onDone?.(n);
    };
    await new Promise<void>((resolve, reject) => {
      let active = 0;
      let failed = false;
      const fail = (e: unknown) => {
        if (failed) return;
        failed = true;
        reject(e);
      };
      const feed = (w: Worker) => {
        if (failed) return;
        let batch: T[];
        try {
          batch = take();
        } catch (e) {
          fail(e);
          return;
        }
        if (batch.length === 0) {
          if (active === 0) resolve();
          return;
        }
        const id = nextId++;
        active++;
        const req: WickRequest = { id, diagrams: batch.map((item) => {
          const d = diagramOf(item);
          return { nH: d.nH, nP: d.nP, edges: d.edges };
        }) };
        const onMessage = (msg: WickReply) => {
          if ('progress' in msg) {
            if (msg.id !== id || failed) return;
            inFlight.set(w, msg.progress);
            report();
            return;
          }
          w.off('message', onMessage);
          w.off('error', onError);
          if ('error' in msg) {
            fail(msg.error.input ? new InputError(msg.error.message) : new Error(msg.error.message));
            return;
          }
          try {
            msg.results.forEach((flat, j) => {
              const terms = [];
              for (let k = 0; k < flat.length; k += 4) {
                terms.push({ p: flat[k] as number, H: flat[k + 1] as number, sigma2: flat[k + 2] as number, coeff: flat[k + 3] as string });
              }
              onResult(batch[j]!, Poly.fromTerms(terms));
            });
          } catch (e) {
            fail(e);
            return;
          }
          active--;
          done += msg.results.length;
          inFlight.delete(w);
          report();
          feed(w);
        };
        const onError = (e: Error) => fail(e);
        w.on('message', onMessage);
        w.on('error', onError);
        w.postMessage(req);
      };
      for (const w of this.workers) feed(w);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }
}
