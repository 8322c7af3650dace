/**
 * The explorer's engine: the library itself, single-threaded, in a Web Worker. It computes Y_0 …
 * Y_S level by level (posting each level with its Pareto front as soon as it is known, and the
 * progress within a level), then the report section of the model (regimes, limit series, closed
 * forms), taking the faces' limit series to the requested order with the leading-terms engine.
 * The page cancels a run by terminating the worker.
 */
import { analyseFront, leadingSeries, leadingStart, parseScaling, scalingGoal } from '../src/asymptotics/index.js';
import { expandLoss } from '../src/expansion/index.js';
import { makeModel } from '../src/model/index.js';
import { frontJson } from '../src/render/paretoRender.js';
import { modelReport } from '../src/render/report/modelReport.js';
import { seriesEntryJson } from '../src/render/seriesRender.js';
import type { Request, Reply } from './protocol.js';

// the engine yields to the event loop with Node's setImmediate; a message channel does the same here
if (typeof globalThis.setImmediate !== 'function') {
  const queue: (() => void)[] = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => queue.shift()?.();
  (globalThis as unknown as { setImmediate: (fn: (...a: unknown[]) => void, ...args: unknown[]) => void }).setImmediate = (fn, ...args) => {
    queue.push(() => fn(...args));
    channel.port2.postMessage(0);
  };
}

const post = (m: Reply) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (e: MessageEvent<Request>) => {
  const { nu, scenario, target, order, limitOrder } = e.data;
  const t0 = performance.now();
  try {
    const model = makeModel({ nu: String(nu), scenario, target });
    let last = 0;
    const progress = (limit: boolean) => (s: number, done: number, total: number, phase: 'merge' | 'wick') => {
      const now = performance.now();
      if (now - last < 50 && done < total) return;
      last = now;
      post({ type: 'progress', s, done, total, phase, limit });
    };
    const terms = expandLoss(model, order, {
      onProgress: progress(false),
      onTerm: (t) => {
        post({
          type: 'level',
          s: t.s,
          entry: seriesEntryJson(t.s, t.poly),
          classes: t.classes,
          front: frontJson(analyseFront(model, t.s, t.poly)),
          ms: performance.now() - t0,
        });
      },
    });
    const polys = terms.map((t) => t.poly);
    const opts = { diagramClasses: terms.map((t) => t.classes), seconds: (performance.now() - t0) / 1000 };
    let report = modelReport(model, polys, opts);
    if (limitOrder > order && report.regimes) {
      const goals = report.regimes.faces.flatMap((f) => (f.scaling ? [scalingGoal(parseScaling(`H = ${f.scaling.H}, sigma2 = ${f.scaling.sigma2}`))] : []));
      const lead = await leadingSeries(leadingStart(model), limitOrder, goals, { threads: 1, onProgress: progress(true) });
      // null: the engine could not certify its pruning; the exact orders stand
      if (lead) report = modelReport(model, polys, { ...opts, limitSeries: lead.map((t) => t.poly), seconds: (performance.now() - t0) / 1000 });
    }
    post({ type: 'done', report, ms: performance.now() - t0 });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
