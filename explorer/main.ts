/**
 * The explorer page: a form for the model, the engine in a Web Worker, and the report's own
 * section renderers drawing Y_s, the polygons and the regimes as the levels arrive. The URL holds
 * the state (?nu=…&scenario=…&target=…&order=…&limit=…&face=…): opening a link reruns it and
 * selects the face. Cancel terminates the worker at once.
 */
import 'katex/dist/katex.min.css';
import { REPORT_SCRIPT } from '../src/render/report/reportBehaviour.js';
import { modelHtml, modelTitle, polygonPanelHtml, regimesTableHtml, seriesRowHtml } from '../src/render/report/reportHtml.js';
import { REPORT_CSS } from '../src/render/report/reportStyle.js';
import type { ModelReport } from '../src/render/report/modelReport.js';
import type { Reply, Request } from './protocol.js';
import EngineWorker from './worker.ts?worker';

const style = document.createElement('style');
style.textContent = `${REPORT_CSS}
header form { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: center; margin-top: 6px; }
header input[type=number] { width: 4em; }
progress { width: 160px; }
#status { color: var(--muted); }
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

/** What the tests and the curious read: state, and milliseconds from Run to each event. */
interface Timing {
  started: number;
  levels: number[];
  done: number | null;
}
declare global {
  interface Window {
    explorer: { timing: Timing | null; report: ModelReport | null };
  }
}
window.explorer = { timing: null, report: null };

let worker: Worker | null = null;
let runId = 0;

function setState(state: 'idle' | 'running' | 'done' | 'cancelled' | 'error', text: string): void {
  document.body.dataset.state = state;
  status.textContent = text;
  cancelButton.disabled = state !== 'running';
}

function readForm(): Request {
  const f = new FormData(form);
  const order = Number(f.get('order'));
  const limit = String(f.get('limit') ?? '').trim();
  return { nu: Number(f.get('nu')), scenario: String(f.get('scenario')), target: String(f.get('target')).trim() || 'identity', order, limitOrder: limit === '' ? order : Number(limit) };
}

function writeForm(r: Request): void {
  (form.elements.namedItem('nu') as HTMLInputElement).value = String(r.nu);
  (form.elements.namedItem('scenario') as HTMLSelectElement).value = r.scenario;
  (form.elements.namedItem('target') as HTMLInputElement).value = r.target;
  (form.elements.namedItem('order') as HTMLInputElement).value = String(r.order);
  (form.elements.namedItem('limit') as HTMLInputElement).value = r.limitOrder > r.order ? String(r.limitOrder) : '';
}

/** The state in the URL: the model, and the selected face if any. */
function writeUrl(r: Request, face: string | null): void {
  const q = new URLSearchParams({ nu: String(r.nu), scenario: r.scenario, target: r.target, order: String(r.order) });
  if (r.limitOrder > r.order) q.set('limit', String(r.limitOrder));
  if (face) q.set('face', face);
  history.replaceState(null, '', `${location.pathname}?${q}`);
}

function readUrl(): { request: Request; face: string | null } | null {
  const q = new URLSearchParams(location.search);
  if (!q.has('nu') || !q.has('scenario')) return null;
  const order = Number(q.get('order') ?? 3);
  return {
    request: { nu: Number(q.get('nu')), scenario: q.get('scenario')!, target: q.get('target') ?? 'identity', order, limitOrder: Math.max(order, Number(q.get('limit') ?? order)) },
    face: q.get('face'),
  };
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

function start(request: Request, face: string | null): void {
  stopWorker();
  const id = ++runId;
  writeUrl(request, face);
  const model = { nu: request.nu, scenario: request.scenario, target: request.target };
  const partial = { model, order: request.order } as unknown as ModelReport;
  $('view').hidden = false;
  $('title').textContent = `${modelTitle(model)}, s ≤ ${request.order}`;
  $('model').innerHTML = modelHtml(partial);
  $('series').innerHTML = '';
  $('polygons').innerHTML = '';
  $('regimes').innerHTML = '<p class="note">After the last order.</p>';
  progress.value = 0;
  const timing: Timing = { started: performance.now(), levels: [], done: null };
  window.explorer = { timing, report: null };
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
    } else if (m.type === 'done') {
      stopWorker();
      void panels.then(() => {
        if (id !== runId) return;
        timing.done = performance.now() - timing.started;
        window.explorer.report = m.report;
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
  start(readForm(), null);
});

cancelButton.addEventListener('click', () => {
  if (!worker) return;
  stopWorker();
  runId++;
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
  start(initial.request, initial.face);
}
