/**
 * The explorer's engine: the library itself, single-threaded, in a Web Worker. It computes Y_0 …
 * Y_S level by level (posting each level with its Pareto front as soon as it is known, and the
 * progress within a level), and with every level the next term of the limit series c_s(y, z):
 * along the scaling the user typed and along each face of the regimes once the fronts so far
 * determine them. Beyond S the leading-terms engine takes the limit series on to the requested
 * order, again posting each order as it finishes. At the end it posts the report section of the
 * model (regimes, limit series, closed forms), which the page draws over what it streamed. The page
 * cancels a run by terminating the worker.
 */
import { analyseFront, leadingLimit, leadingSeries, leadingStart, scalingGoal, type FrontAnalysis, type Scaling } from '../src/asymptotics/index.js';
import { InputError } from '../src/errors.js';
import { expandLoss } from '../src/expansion/index.js';
import { makeModel, type Model } from '../src/model/index.js';
import type { Poly } from '../src/rational/index.js';
import { limitTermJson } from '../src/render/limitRender.js';
import { frontJson } from '../src/render/paretoRender.js';
import { faceScaling } from '../src/render/report/faceScaling.js';
import { modelReport, regimesOfFronts } from '../src/render/report/modelReport.js';
import type { LimitTermJson } from '../src/render/report/reportHtml.js';
import { regimesJson } from '../src/render/regimesRender.js';
import { seriesEntryJson } from '../src/render/seriesRender.js';
import type { LimitSource, Request, Reply } from './protocol.js';
import { parseScalingInput } from './scalingInput.js';

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

/** The faces with a scaling, as the fronts computed so far determine them; null while too few. */
function facesOf(model: Model, fronts: readonly FrontAnalysis[]): { face: string; scaling: Scaling }[] | null {
  try {
    const faces = regimesJson(regimesOfFronts(model, fronts)).faces;
    return faces.flatMap((f) => {
      const sc = faceScaling(f);
      return sc ? [{ face: f.face, scaling: sc }] : [];
    });
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  }
}

/** The limit series being streamed, by source key. */
class LimitStreams {
  readonly streams = new Map<string, { source: LimitSource; scaling: Scaling; series: LimitTermJson[] }>();
  constructor(private readonly t0: number) {}

  /** Start a source (once), catching up on the orders already computed. */
  start(key: string, scaling: Scaling, polys: readonly Poly[]): void {
    if (this.streams.has(key)) return;
    this.streams.set(key, { source: { key, a: scaling.a.toString(), b: scaling.b.toString() }, scaling, series: [] });
    polys.forEach((y, s) => this.add(key, s, y));
  }

  /** The next order of one source. */
  add(key: string, s: number, y: Poly): void {
    const st = this.streams.get(key)!;
    const term = limitTermJson(leadingLimit(y, s, st.scaling));
    st.series[s] = term;
    post({ type: 'limit', source: st.source, term, ms: performance.now() - this.t0 });
  }

  /** The next order of every source. */
  addAll(s: number, y: Poly): void {
    for (const key of this.streams.keys()) this.add(key, s, y);
  }
}

self.onmessage = async (e: MessageEvent<Request>) => {
  const { nu, scenario, target, order, limitOrder, scaling } = e.data;
  const t0 = performance.now();
  try {
    const model = makeModel({ nu: String(nu), scenario, target });
    const custom = parseScalingInput(scaling);
    let last = 0;
    const progress = (limit: boolean) => (s: number, done: number, total: number, phase: 'merge' | 'wick') => {
      const now = performance.now();
      if (now - last < 50 && done < total) return;
      last = now;
      post({ type: 'progress', s, done, total, phase, limit });
    };
    const polys: Poly[] = [];
    const fronts: FrontAnalysis[] = [];
    const streams = new LimitStreams(t0);
    let faces: { face: string; scaling: Scaling }[] | null = null;
    const startFaces = () => {
      for (const f of faces ?? []) streams.start(f.face, f.scaling, polys);
      if (custom?.kind === 'face') {
        const f = faces?.find((g) => g.face === custom.face);
        if (f) streams.start('custom', f.scaling, polys);
      }
    };
    if (custom?.kind === 'scaling') streams.start('custom', custom.scaling, polys);
    const terms = expandLoss(model, order, {
      onProgress: progress(false),
      onTerm: (t) => {
        const front = analyseFront(model, t.s, t.poly);
        post({ type: 'level', s: t.s, entry: seriesEntryJson(t.s, t.poly), classes: t.classes, front: frontJson(front), ms: performance.now() - t0 });
        polys.push(t.poly);
        fronts.push(front);
        streams.addAll(t.s, t.poly);
        if (faces === null) {
          faces = facesOf(model, fronts);
          startFaces();
        }
      },
    });
    // the regimes of the report are those of all the fronts: start any face not yet streamed
    faces = facesOf(model, fronts);
    startFaces();
    const opts = { diagramClasses: terms.map((t) => t.classes), seconds: (performance.now() - t0) / 1000 };
    let report = modelReport(model, polys, opts);
    let exactOnly = true;
    const goals = [...streams.streams.values()].map((st) => scalingGoal(st.scaling));
    if (limitOrder > order && goals.length > 0) {
      const onTerm = (t: { s: number; poly: Poly }) => {
        if (t.s > order) streams.addAll(t.s, t.poly);
      };
      const lead = await leadingSeries(leadingStart(model), limitOrder, goals, { threads: 1, onProgress: progress(true), onTerm });
      // null: the engine could not certify its pruning; the exact orders stand
      if (lead) {
        report = modelReport(model, polys, { ...opts, limitSeries: lead.map((t) => t.poly), seconds: (performance.now() - t0) / 1000 });
        exactOnly = false;
      }
    }
    const own = streams.streams.get('custom');
    const customSeries = own ? (exactOnly ? own.series.slice(0, order + 1) : own.series) : null;
    const customNote =
      custom?.kind === 'face' && !own ? `no face ${custom.face} with a scaling for this model (faces: ${(faces ?? []).map((f) => f.face).join(', ') || 'none'})` : null;
    post({ type: 'done', report, ms: performance.now() - t0, custom: own && customSeries ? { source: own.source, series: customSeries } : null, customNote });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
