/**
 * The explorer's engine: the library itself, single-threaded, in a Web Worker. It computes Y_0 …
 * Y_S level by level (posting each level with its Pareto front as soon as it is known, and the
 * progress within a level), then the report section of the model (regimes, limit series, closed
 * forms). The page cancels a run by terminating the worker.
 */
import { analyseFront } from '../src/asymptotics/index.js';
import { expandLoss } from '../src/expansion/index.js';
import { makeModel } from '../src/model/index.js';
import { frontJson } from '../src/render/paretoRender.js';
import { modelReport } from '../src/render/report/modelReport.js';
import { seriesEntryJson } from '../src/render/seriesRender.js';
import type { Request, Reply } from './protocol.js';

const post = (m: Reply) => (self as unknown as Worker).postMessage(m);

self.onmessage = (e: MessageEvent<Request>) => {
  const { nu, scenario, target, order } = e.data;
  const t0 = performance.now();
  try {
    const model = makeModel({ nu: String(nu), scenario, target });
    let last = 0;
    const terms = expandLoss(model, order, {
      onProgress: (s, done, total, phase) => {
        const now = performance.now();
        if (now - last < 50 && done < total) return;
        last = now;
        post({ type: 'progress', s, done, total, phase });
      },
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
    const seconds = (performance.now() - t0) / 1000;
    const report = modelReport(model, terms.map((t) => t.poly), { diagramClasses: terms.map((t) => t.classes), seconds });
    post({ type: 'done', report, ms: performance.now() - t0 });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
