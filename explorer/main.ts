/**
 * The explorer page: a form for the model, the engine in a Web Worker, and the report's own
 * section renderers drawing Y_s, the polygons, the limit series and the regimes as the levels
 * arrive. The URL holds the state (?nu=…&scenario=…&target=…&order=…&limit=…&scaling=…&face=…):
 * opening a link reruns it and selects the face. Cancel terminates the worker at once and keeps
 * what has arrived.
 */
import 'katex/dist/katex.min.css';
import { REPORT_SCRIPT } from '../src/render/report/reportBehaviour.js';
import { escapeHtml, limitRowHtml, limitTableHtml, modelHtml, modelTitle, polygonPanelHtml, regimesTableHtml, scalingTex, seriesRowHtml, type LimitTermJson } from '../src/render/report/reportHtml.js';
import { REPORT_CSS } from '../src/render/report/reportStyle.js';
import type { ModelReport } from '../src/render/report/modelReport.js';
import type { LimitSource, Reply, Request } from './protocol.js';
import { parseScalingInput } from './scalingInput.js';
import EngineWorker from './worker.ts?worker';

const style = document.createElement('style');
style.textContent = `${REPORT_CSS}
header form { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: center; margin-top: 6px; }
header input[type=number] { width: 4em; }
progress { width: 160px; }
#status { color: var(--muted); }
.field-error { color: var(--disagree); }
input[aria-invalid="true"] { border-color: var(--disagree); outline: 1px solid var(--disagree); }
#limits .limit-source { margin: 0.6em 0 0.2em; }
body[data-state="error"] #status { color: var(--disagree); }`;
document.head.appendChild(style);
const behaviour = document.createElement('script');
behaviour.textContent = REPORT_SCRIPT;
document.body.appendChild(behaviour);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('controls');
const cancelButton = $<HTMLButtonElement>('cancel');
const progress = $<HTMLProgressElement>('progress');
const status = $<HTMLSpanElement>('status');
const scalingInput = form.elements.namedItem('scaling') as HTMLInputElement;
const scalingError = $<HTMLSpanElement>('scaling-error');

/** What the tests and the curious read: state, and milliseconds from Run to each event. */
interface Timing {
  started: number;
  levels: number[];
  /** per limit-series source ('custom' or a face), the time each order arrived */
  limits: Record<string, number[]>;
  done: number | null;
}
/** The limit series shown, per source: what has arrived, then at the end what the run settled. */
type Limits = Record<string, { source: LimitSource; series: LimitTermJson[] }>;
declare global {
  interface Window {
    explorer: { timing: Timing | null; report: ModelReport | null; limits: Limits };
  }
}
window.explorer = { timing: null, report: null, limits: {} };

let worker: Worker | null = null;
let runId = 0;
/** The run whose results the page shows (a cancelled run stays shown until the next one starts). */
let shownRun = 0;

function setState(state: 'idle' | 'running' | 'done' | 'cancelled' | 'error', text: string): void {
  document.body.dataset.state = state;
  status.textContent = text;
  cancelButton.disabled = state !== 'running';
}

function readForm(): Request {
  const f = new FormData(form);
  const order = Number(f.get('order'));
  const limit = String(f.get('limit') ?? '').trim();
  return {
    nu: Number(f.get('nu')),
    scenario: String(f.get('scenario')),
    target: String(f.get('target')).trim() || 'identity',
    order,
    limitOrder: limit === '' ? order : Number(limit),
    scaling: String(f.get('scaling') ?? '').trim(),
  };
}

/** Check the scaling field as it is typed; the message goes beside it. True when valid. */
function checkScaling(): boolean {
  let message = '';
  try {
    parseScalingInput(scalingInput.value);
  } catch (e) {
    message = e instanceof Error ? e.message : String(e);
  }
  scalingError.textContent = message;
  scalingInput.setAttribute('aria-invalid', String(message !== ''));
  return message === '';
}

function writeForm(r: Request): void {
  (form.elements.namedItem('nu') as HTMLInputElement).value = String(r.nu);
  (form.elements.namedItem('scenario') as HTMLSelectElement).value = r.scenario;
  (form.elements.namedItem('target') as HTMLInputElement).value = r.target;
  (form.elements.namedItem('order') as HTMLInputElement).value = String(r.order);
  (form.elements.namedItem('limit') as HTMLInputElement).value = r.limitOrder > r.order ? String(r.limitOrder) : '';
  scalingInput.value = r.scaling;
}

/** The state in the URL: the model, and the selected face if any. */
function writeUrl(r: Request, face: string | null): void {
  const q = new URLSearchParams({ nu: String(r.nu), scenario: r.scenario, target: r.target, order: String(r.order) });
  if (r.limitOrder > r.order) q.set('limit', String(r.limitOrder));
  if (r.scaling !== '') q.set('scaling', r.scaling);
  if (face) q.set('face', face);
  history.replaceState(null, '', `${location.pathname}?${q}`);
}

function readUrl(): { request: Request; face: string | null } | null {
  const q = new URLSearchParams(location.search);
  if (!q.has('nu') || !q.has('scenario')) return null;
  const order = Number(q.get('order') ?? 3);
  return {
    request: {
      nu: Number(q.get('nu')),
      scenario: q.get('scenario')!,
      target: q.get('target') ?? 'identity',
      order,
      limitOrder: Math.max(order, Number(q.get('limit') ?? order)),
      scaling: q.get('scaling') ?? '',
    },
    face: q.get('face'),
  };
}

/** The heading of a limit-series source. */
function sourceHeading(source: LimitSource, typed: string): string {
  const along = scalingTex(source);
  if (source.key !== 'custom') return `Face ${escapeHtml(source.key.replace(/-/g, '–'))}: along ${along}`;
  return `Typed: ${escapeHtml(typed)} — along ${along}`;
}

/** The block of one source in #limits, created on its first order. */
function limitBlock(source: LimitSource, typed: string): HTMLElement {
  const id = `limit-${source.key}`;
  let block = document.getElementById(id);
  if (!block) {
    block = document.createElement('div');
    block.id = id;
    block.className = 'limit-block';
    block.dataset.source = source.key;
    block.innerHTML = `<p class="limit-source">${sourceHeading(source, typed)}</p>${limitTableHtml([])}`;
    const limits = $('limits');
    // the typed scaling first, then the faces in order of arrival
    if (source.key === 'custom') limits.prepend(block);
    else limits.append(block);
  }
  return block;
}

/** Draw one source's whole series (at the end of a run: what it settled). */
function drawLimit(source: LimitSource, series: readonly LimitTermJson[], typed: string): void {
  document.getElementById(`limit-${source.key}`)?.remove();
  const block = limitBlock(source, typed);
  block.querySelector('tbody')!.innerHTML = series.map(limitRowHtml).join('');
  window.explorer.limits[source.key] = { source, series: [...series] };
}

/**
 * Typesetting the limit rows as they stream in, in slices of a few milliseconds, so that the page
 * stays responsive (Cancel above all) while a run sends a row per face and order.
 */
const pendingRows: (() => void)[] = [];
let rowsScheduled = false;

function flushRows(budgetMs: number): void {
  const end = performance.now() + budgetMs;
  while (pendingRows.length > 0 && performance.now() < end) pendingRows.shift()!();
}

function queueRow(job: () => void): void {
  pendingRows.push(job);
  if (rowsScheduled) return;
  rowsScheduled = true;
  const slice = () => {
    flushRows(8);
    if (pendingRows.length > 0) setTimeout(slice, 0);
    else rowsScheduled = false;
  };
  setTimeout(slice, 0);
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

function start(request: Request, face: string | null): void {
  stopWorker();
  const id = ++runId;
  shownRun = id;
  pendingRows.length = 0;
  writeUrl(request, face);
  const model = { nu: request.nu, scenario: request.scenario, target: request.target };
  const partial = { model, order: request.order } as unknown as ModelReport;
  $('view').hidden = false;
  $('title').textContent = `${modelTitle(model)}, s ≤ ${request.order}`;
  $('model').innerHTML = modelHtml(partial);
  $('series').innerHTML = '';
  $('polygons').innerHTML = '';
  $('limits').innerHTML = '';
  $('regimes').innerHTML = '<p class="note">After the last order.</p>';
  progress.value = 0;
  const timing: Timing = { started: performance.now(), levels: [], limits: {}, done: null };
  window.explorer = { timing, report: null, limits: {} };
  setState('running', `Computing Y_0 … Y_${request.order} …`);
  const w = new EngineWorker();
  worker = w;
  let panels = Promise.resolve();
  w.onmessage = (e: MessageEvent<Reply>) => {
    if (id !== runId) return;
    const m = e.data;
    if (m.type === 'progress') {
      const top = m.limit ? request.limitOrder : request.order;
      progress.value = (m.s + (m.total ? m.done / m.total : 0)) / (top + 1);
      status.textContent = `${m.limit ? 'limit series, ' : ''}s = ${m.s}: ${m.phase === 'merge' ? 'merging' : 'expectations'} ${m.done}/${m.total}`;
    } else if (m.type === 'level') {
      timing.levels[m.s] = performance.now() - timing.started;
      progress.value = (m.s + 1) / (request.order + 1);
      $('series').insertAdjacentHTML('beforeend', seriesRowHtml(m.entry, m.classes));
      panels = panels.then(async () => {
        const html = await polygonPanelHtml(partial, m.front);
        if (id === runId) $('polygons').insertAdjacentHTML('beforeend', html);
      });
      status.textContent = `Y_${m.s} after ${(timing.levels[m.s]! / 1000).toFixed(2)} s`;
    } else if (m.type === 'limit') {
      const key = m.source.key;
      (timing.limits[key] ??= [])[m.term.s] = performance.now() - timing.started;
      const shown = (window.explorer.limits[key] ??= { source: m.source, series: [] });
      shown.series[m.term.s] = m.term;
      queueRow(() => {
        if (id !== shownRun) return;
        const body = limitBlock(m.source, request.scaling).querySelector('tbody')!;
        body.querySelector(`tr[data-s="${m.term.s}"]`)?.remove();
        body.insertAdjacentHTML('beforeend', limitRowHtml(m.term));
      });
      if (m.term.s > request.order) {
        progress.value = (m.term.s + 1) / (request.limitOrder + 1);
        status.textContent = `limit series: order ${m.term.s} of ${request.limitOrder}`;
      }
    } else if (m.type === 'done') {
      stopWorker();
      void panels.then(() => {
        if (id !== runId) return;
        // the streamed rows first: what follows redraws over them
        flushRows(Infinity);
        timing.done = performance.now() - timing.started;
        window.explorer.report = m.report;
        // what the run settled: the report's faces (exact orders only if the leading engine could not certify its pruning)
        for (const f of m.report.regimes?.faces ?? []) {
          if (f.scaling && f.limit) drawLimit({ key: f.face, a: f.scaling.a, b: f.scaling.b }, f.limit.series, request.scaling);
        }
        for (const key of Object.keys(window.explorer.limits)) {
          if (key !== 'custom' && !m.report.regimes?.faces.some((f) => f.face === key && f.limit)) {
            document.getElementById(`limit-${key}`)?.remove();
            delete window.explorer.limits[key];
          }
        }
        if (m.custom) drawLimit(m.custom.source, m.custom.series, request.scaling);
        if (m.customNote) {
          scalingError.textContent = m.customNote;
          scalingInput.setAttribute('aria-invalid', 'true');
        }
        $('regimes').innerHTML = regimesTableHtml(m.report);
        const row = face ? document.querySelector<HTMLElement>(`tr.face-row[data-face="${CSS.escape(face)}"]`) : null;
        row?.click();
        setState('done', `Done in ${(timing.done / 1000).toFixed(2)} s (engine ${(m.ms / 1000).toFixed(2)} s).`);
      });
    } else {
      stopWorker();
      setState('error', m.message);
    }
  };
  w.onerror = (e) => {
    if (id !== runId) return;
    stopWorker();
    setState('error', e.message || 'the engine failed');
  };
  w.postMessage(request);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  if (!checkScaling()) {
    scalingInput.focus();
    return;
  }
  start(readForm(), null);
});

scalingInput.addEventListener('input', () => checkScaling());

cancelButton.addEventListener('click', () => {
  if (!worker) return;
  stopWorker();
  runId++;
  // what has arrived stays: its rows are typeset now
  flushRows(Infinity);
  setState('cancelled', 'Cancelled.');
});

// a selected face goes into the URL
document.addEventListener('click', (e) => {
  const row = (e.target as HTMLElement | null)?.closest<HTMLElement>('tr.face-row');
  const url = readUrl();
  if (row && url) writeUrl(url.request, row.dataset.face ?? null);
});

const initial = readUrl();
if (initial) {
  writeForm(initial.request);
  if (checkScaling()) start(initial.request, initial.face);
}
