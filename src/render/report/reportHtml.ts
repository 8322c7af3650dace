/**
 * The report as one self-contained HTML page: every formula typeset by KaTeX when the page is
 * written (HTML and MathML; the stylesheet and its fonts come in as `css`), the Pareto polygons
 * as inline SVG, a few lines of script for the regime rows and the copy buttons. Nothing is
 * fetched when the page is opened, so it works offline from file://.
 *
 * The section renderers take the JSON of `gfd report --format json` (docs/json.md), so the
 * explorer draws its views with the same functions from what its worker sends.
 */
import katex from 'katex';
import { Poly } from '../../rational/index.js';
import { latexAlignRows } from '../polyText.js';
import type { ModelReport } from './modelReport.js';
import { polygonSpec, renderSpec } from './polygonFigure.js';
import { REPORT_SCRIPT } from './reportBehaviour.js';
import { REPORT_CSS } from './reportStyle.js';

/** Who made the report, when, where, and how long it took. */
export interface Provenance {
  readonly version: string;
  readonly command: string;
  readonly date: string;
  readonly host: string;
  readonly platform: string;
  readonly cpus: string;
  readonly node: string;
  readonly seconds: number;
}

/** One `gfd experiment` run shown in the report (read from its JSON and SVG files). */
export interface ExperimentStatistic {
  readonly key: string;
  readonly text?: string;
  readonly value?: unknown;
  readonly unit?: string;
  readonly theory?: unknown;
  readonly count?: number;
  readonly of?: number;
}

export interface ExperimentEntry {
  readonly experiment: string;
  readonly title: string;
  readonly headline: ExperimentStatistic | null;
  readonly statistics: readonly ExperimentStatistic[];
  readonly svg: string | null;
}

/** A statistic's value as a reader wants it: 3 significant digits, a fraction as count/of. */
function statisticValue(s: ExperimentStatistic): string {
  if (s.count !== undefined && s.of !== undefined) return `${s.count}/${s.of}`;
  const v = s.value;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(3)));
  return v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
}

function theoryValue(s: ExperimentStatistic): string {
  if (s.theory === undefined || s.theory === null) return '—';
  if (s.unit === 'fraction' && s.theory === 1) return 'all';
  const t = s.theory;
  if (typeof t === 'number') return String(Number(t.toPrecision(3)));
  if (typeof t === 'string') return t;
  if (typeof t === 'boolean' || typeof t === 'bigint') return String(t);
  return JSON.stringify(t) ?? '—';
}

/** The whole document of `gfd report --format json`. */
export interface ReportDocument {
  readonly provenance: Provenance;
  readonly models: readonly ModelReport[];
  readonly experiments: readonly ExperimentEntry[] | null;
}

export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** KaTeX, never throwing: a formula KaTeX refuses is shown as its source in a `<code>`. */
export function tex(source: string, display = false): string {
  try {
    return katex.renderToString(source, { displayMode: display, throwOnError: true, output: 'htmlAndMathml', strict: 'ignore' });
  } catch {
    return `<code class="tex-error">${escapeHtml(source)}</code>`;
  }
}

const SCEN = (m: ModelReport['model']) => m.scenario.toUpperCase();
export const modelTitle = (m: ModelReport['model']): string => `${SCEN(m)}, ν = ${m.nu}, target ${m.target}`;
export const modelId = (m: ModelReport['model']): string => `m-${m.scenario}-${m.nu}-${m.target.replace(/[^A-Za-z0-9]+/g, '_')}`;

/** The model in formulas: f, L, the flow, the initialisation, the target and the series. */
export function modelHtml(r: ModelReport): string {
  const m = r.model;
  const f =
    m.scenario === 'asym'
      ? String.raw`f_{i_1\dots i_\nu} = \sum_{k=1}^{H} \prod_{m=1}^{\nu} u^{(m)}_{k,i_m}`
      : String.raw`f_{i_1\dots i_\nu} = \sum_{k=1}^{H} \prod_{m=1}^{\nu} u_{k,i_m}`;
  const target =
    m.target === 'identity' ? String.raw`F = \delta_{i_1 = \dots = i_\nu}` : m.target === 'zero' ? 'F = 0' : String.raw`F = \textstyle\sum_\pi c_\pi \delta_\pi`;
  const lines = [
    `${f},\\quad \\nu = ${m.nu},\\quad i_j \\in \\{1,\\dots,p\\}`,
    String.raw`L = \tfrac12 \sum_{i_1\dots i_\nu} (f - F)^2,\qquad \frac{du}{dt} = -\frac{1}{T}\frac{\partial L}{\partial u},\qquad u(0) \sim \mathcal N(0, \sigma^2)`,
    String.raw`\mathrm{E}[L(t)] \sim \sum_{s \ge 0} Y_s \frac{(t/T)^s}{s!},\qquad Y_s = T^s\,\mathrm{E}\Bigl[\frac{d^sL}{dt^s}(0)\Bigr]`,
  ];
  const tgt = m.target === 'identity' || m.target === 'zero' ? '' : ` <code>${escapeHtml(m.target)}</code>`;
  return `<div class="model-def">${lines.map((l) => tex(l, true)).join('')}<p>${m.scenario === 'asym' ? 'ASYM: ν independent weight matrices u<sup>(1)</sup> … u<sup>(ν)</sup>.' : 'SYM: one weight matrix u shared by all ν factors.'} Target ${tex(target)}${tgt}.</p></div>`;
}

const polyOf = (terms: ModelReport['series'][number]['terms']): Poly => Poly.fromTerms(terms.map((t) => ({ coeff: t.coeff, p: t.p, H: t.H, sigma2: t.sigma2 })));

/** LaTeX of Y_s: the rows of `gfd expand --format latex`, as an align* block. */
export function seriesLatex(entry: ModelReport['series'][number]): string {
  const rows = latexAlignRows(`Y_{${entry.s}}`, polyOf(entry.terms));
  return `\\begin{align*}\n${rows.join(' \\\\\n')}\n\\end{align*}`;
}

/** One row of the Y_s table. */
export function seriesRowHtml(entry: ModelReport['series'][number], classes: number | null): string {
  const rows = latexAlignRows(`Y_{${entry.s}}`, polyOf(entry.terms));
  const shown = tex(`\\begin{aligned}${rows.join(' \\\\ ')}\\end{aligned}`, true);
  const latex = seriesLatex(entry);
  return `<tr data-s="${entry.s}"><td class="num">${entry.s}</td><td class="formula">${shown}</td><td class="num">${classes ?? ''}</td><td><button type="button" class="copy" data-latex="${escapeHtml(latex)}" title="copy this row as a LaTeX align* block">Copy LaTeX</button></td></tr>`;
}

export function seriesTableHtml(r: ModelReport): string {
  const rows = r.series.map((e) => seriesRowHtml(e, r.diagramClasses?.[e.s] ?? null)).join('\n');
  return `<table class="series"><thead><tr><th>s</th><th>${tex('Y_s')} (exact)</th><th>classes</th><th></th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

type Front = ModelReport['fronts'][number];

/** The verdict of one front: Theorem 4.1, the odd-ν conjecture, or not applicable. */
export function verdictHtml(f: Front): string {
  const c = f.check;
  if (!c) return '<p class="verdict na">Theorem 4.1: not applicable (target is not the identity)</p>';
  const what = c.against === 'theorem' ? 'Theorem 4.1' : 'odd-ν SYM conjecture (docs/asymptotics.md)';
  if (c.status === 'agree') return `<p class="verdict agree">${what}: <strong>agree</strong></p>`;
  const mono = (e: { p: number; H: number; sigma2: number }) => tex(`p^{${e.p}}H^{${e.H}}\\sigma^{${2 * e.sigma2}}`);
  return `<p class="verdict disagree">${what}: <strong>disagree</strong>; missing ${c.missing.map(mono).join(', ') || '—'}; extra ${c.extra.map(mono).join(', ') || '—'}</p>`;
}

function normalHtml(f: Front): string {
  if (!f.normal) return `<p class="normal">${f.coplanar ? 'normal: none (degenerate)' : 'normal: none (not coplanar)'}</p>`;
  const l = (x: string) => (x.includes('/') ? `${x.startsWith('-') ? '-' : ''}\\tfrac{${x.replace('-', '').split('/')[0]}}{${x.split('/')[1]}}` : x);
  return `<p class="normal">normal ${tex(`(\\alpha_p, \\alpha_H, \\alpha_\\sigma) = (${l(f.normal.p)}, ${l(f.normal.H)}, ${l(f.normal.sigma)})`)}</p>`;
}

/** One polygon panel: the figure and, beside it, the vertices, the normal and the verdict. */
export async function polygonPanelHtml(r: ModelReport, f: Front): Promise<string> {
  const maxS = r.order;
  const svg = await renderSpec(
    polygonSpec({ s: f.s, points: f.terms.map((t) => ({ sD: t.sD, n: t.n })), vertices: f.vertices }, maxS, `Pareto polygon, ${SCEN(r.model)} ν = ${r.model.nu}`),
  );
  const verts = f.vertices.map((v) => `${escapeHtml(v.label)}(${v.sD}, ${v.n})`).join(' ');
  return `<figure class="panel" data-s="${f.s}"><div class="svg">${svg}</div><figcaption><p><strong>s = ${f.s}</strong>: ${f.terms.length} Pareto-optimal term${f.terms.length === 1 ? '' : 's'}; vertices ${verts}</p>${normalHtml(f)}${verdictHtml(f)}</figcaption></figure>`;
}

export async function polygonsHtml(r: ModelReport): Promise<string> {
  const panels: string[] = [];
  for (const f of r.fronts) panels.push(await polygonPanelHtml(r, f));
  return `<div class="panels">${panels.join('\n')}</div>`;
}

type Face = NonNullable<ModelReport['regimes']>['faces'][number];
type Mono = { p: number | string; H: number | string; sigma: number | string };

const power = (v: string, k: number | string) => (k === 0 || k === '0' ? '' : k === 1 || k === '1' ? v : `${v}^{${k}}`);
const neg = (k: number | string) => (typeof k === 'number' ? -k : k === '0' ? k : k.startsWith('-') ? k.slice(1) : `-${k}`);
const positive = (k: number | string) => (typeof k === 'number' ? k > 0 : !k.startsWith('-') && k !== '0');
const negative = (k: number | string) => (typeof k === 'number' ? k < 0 : k.startsWith('-'));

/** A monomial p^a H^b σ^c as a fraction with nonnegative powers. */
function monoLatex(m: Mono): { num: string; den: string } {
  const part = (keep: (k: number | string) => boolean, f: (k: number | string) => number | string) =>
    [power('p', keep(m.p) ? f(m.p) : 0), power('H', keep(m.H) ? f(m.H) : 0), power('\\sigma', keep(m.sigma) ? f(m.sigma) : 0)].filter(Boolean).join(' ');
  return { num: part(positive, (k) => k) || '1', den: part(negative, neg) };
}

export function conditionLatex(c: Face['conditions'][number]): string {
  const { num, den } = monoLatex(c.monomial);
  if (c.relation === 'asymp') return `${num} \\asymp ${den || '1'}`;
  return `${den ? `${num}/${den}` : num} \\to ${c.relation === 'to_infinity' ? '\\infty' : '0'}`;
}

export function naturalTLatex(t: Mono): string {
  const { num, den } = monoLatex(t);
  return `T \\propto ${den ? `\\frac{${num}}{${den}}` : num}`;
}

const PARAM = { under: 'Under-', over: 'Over-', balanced: 'Balanced', agnostic: 'Agnostic' } as const;
const LEARN = { none: 'No', lazy: 'Lazy', rich: 'Rich' } as const;

/** The regimes table, laid out like Tables 1–2 of the paper; rows select the face details. */
export function regimesTableHtml(r: ModelReport): string {
  if (!r.regimes) return `<p class="note">No regimes: ${escapeHtml(r.regimesNote ?? 'not computed')}</p>`;
  const rows = r.regimes.faces.map((g, i) => {
    const interp = g.interpretation === null ? '—' : escapeHtml(g.interpretation.replace(/^./, (c) => c.toUpperCase()));
    return `<tr class="face-row" data-face="${escapeHtml(g.face)}" tabindex="0" aria-selected="${i === 0}"><td class="face">${escapeHtml(g.face.replace(/-/g, '–'))}</td><td>${g.conditions.map((c) => tex(conditionLatex(c))).join(', ')}</td><td>${tex(naturalTLatex(g.naturalT).replace('T \\propto ', ''))}</td><td>${PARAM[g.parameterization] ?? escapeHtml(g.parameterization)}</td><td>${LEARN[g.learning] ?? escapeHtml(g.learning)}</td><td>${interp}</td></tr>`;
  });
  const head = `<tr><th>Face</th><th>Scaling condition</th><th>Natural ${tex('T')}</th><th>Parameterization</th><th>Learning</th><th>Interpretation</th></tr>`;
  const band = `<tr class="band"><td colspan="6">${SCEN(r.model)}, ${tex(`\\nu = ${r.model.nu}`)}</td></tr>`;
  const details = r.regimes.faces.map((g, i) => faceDetailHtml(g, i === 0)).join('\n');
  return `<p class="source">${escapeHtml(r.regimes.source)}. Select a row for the face's scaling, limit series and closed form.</p><table class="regimes"><thead>${head}</thead><tbody>${band}\n${rows.join('\n')}</tbody></table><div class="face-details">${details}</div>`;
}

type YZ = { coeff: string; y: number; z: number };

/** An exact rational string "a/b" as its absolute value in LaTeX and its sign. */
function rationalParts(c: string): { body: string; neg: boolean } {
  const isNeg = c.startsWith('-');
  const a = isNeg ? c.slice(1) : c;
  return { body: a.includes('/') ? `\\frac{${a.split('/')[0]}}{${a.split('/')[1]}}` : a, neg: isNeg };
}

export function yzLatex(terms: readonly YZ[]): string {
  if (terms.length === 0) return '0';
  return terms
    .map((t, i) => {
      const { body, neg: isNeg } = rationalParts(t.coeff);
      const mono = `${power('y', t.y)}${power('z', t.z)}`;
      const shown = mono === '' ? body : body === '1' ? mono : `${body}${mono}`;
      return `${isNeg ? (i === 0 ? '-' : ' - ') : i === 0 ? '' : ' + '}${shown}`;
    })
    .join('');
}

/** p^e with e an exact rational string: p, 1 or p^{e}. */
const pPower = (e: string) => (e === '0' ? '' : e === '1' ? 'p' : `p^{${ratLatex(e)}}`);

const ratLatex = (x: string): string => {
  const { body, neg: isNeg } = rationalParts(x);
  return `${isNeg ? '-' : ''}${body}`;
};

/** H = y p^a, σ² = z p^b typeset (a, b exact rational strings). */
export function scalingTex(sc: { a: string; b: string }): string {
  return tex(`H = y${pPower(sc.a) ? `\\,${pPower(sc.a)}` : ''},\\ \\sigma^2 = z${pPower(sc.b) ? `\\,${pPower(sc.b)}` : ''}`);
}

/** One term of a limit series (as in `gfd limit --format json`). */
export interface LimitTermJson {
  readonly s: number;
  readonly exponent: string | null;
  readonly terms: readonly YZ[];
}

/** One row of a limit-series table: s, e_s and c_s(y, z). */
export function limitRowHtml(t: LimitTermJson): string {
  return `<tr data-s="${t.s}"><td class="num">${t.s}</td><td>${t.exponent === null ? '—' : tex(ratLatex(t.exponent))}</td><td class="formula">${tex(`c_{${t.s}}(y,z) = ${yzLatex(t.terms)}`)}</td></tr>`;
}

/** A limit-series table, one row per s. */
export function limitTableHtml(series: readonly LimitTermJson[]): string {
  return `<table class="limit"><thead><tr><th>s</th><th>${tex('e_s')}</th><th>${tex('c_s(y, z)')}</th></tr></thead><tbody>${series.map(limitRowHtml).join('')}</tbody></table>`;
}

/** Scaling, natural T, limit series and closed form of one face. */
export function faceDetailHtml(g: Face, shown: boolean): string {
  const parts = [`<h4>Face ${escapeHtml(g.face.replace(/-/g, '–'))}</h4>`];
  parts.push(`<p>Leads alone when ${g.conditions.map((c) => tex(conditionLatex(c))).join(', ')} (with ${tex('p, H \\to \\infty')}); natural time scale ${tex(naturalTLatex(g.naturalT))}.</p>`);
  if (!g.scaling || !g.limit) {
    parts.push('<p class="note">No scaling H = y·p^a, σ² = z·p^b with small exponents satisfies these conditions; no limit series.</p>');
  } else {
    parts.push(`<p>Along the scaling ${scalingTex(g.scaling)}, ${tex('p \\to \\infty')}: ${tex('Y_s \\approx c_s(y, z)\\, p^{e_s}')}</p>`);
    parts.push(limitTableHtml(g.limit.series));
    const ts = g.limit.timeScale;
    parts.push(
      ts
        ? `<p>${tex(ts.rate === '0' ? `e_s = ${ratLatex(ts.normalisation)}` : `e_s = ${ratLatex(ts.normalisation)} ${ts.rate.startsWith('-') ? '-' : '+'} ${ts.rate.replace(/^-/, '') === '1' ? '' : `${ratLatex(ts.rate.replace(/^-/, ''))}\\,`}s`)}: ${tex(`\\mathrm{E}[L(t)] \\approx ${pPower(ts.normalisation)} \\sum_s c_s \\frac{(t/T')^s}{s!},\\ T' = T${pPower(neg(ts.rate) as string) ? `\\,${pPower(neg(ts.rate) as string)}` : ''}`)}</p>`
        : '<p class="note">e_s is not affine in s over the computed orders: no single time scale.</p>',
    );
    const sv = g.solve;
    if (sv?.solution) {
      const check = sv.solution.check;
      parts.push(`<p>Closed form at ${tex('y = z = 1')} (${escapeHtml(sv.solution.kind)}): ${tex(`h(x) = ${sv.solution.latex}`, false)}, ${tex("x = t/T'")}; ${check ? `Taylor coefficients ${check.agrees ? '<strong class="agree">equal</strong>' : '<strong class="disagree">differ from</strong>'} a<sub>0</sub> … a<sub>${check.through}</sub>` : ''}.</p>`);
      if (sv.recurrence) parts.push(`<p>Recurrence: <code>${escapeHtml(sv.recurrence.text)}</code></p>`);
      if (sv.symbolic) parts.push(`<p>For all ${tex('y, z')}: ${tex(`h = ${sv.symbolic.latex}`)} (checked through s = ${sv.symbolic.through}).</p>`);
    } else if (sv?.stop) {
      parts.push(`<p class="note">Summation method (at y = z = 1) stops at the ${escapeHtml(sv.stop.step)} step: ${escapeHtml(sv.stop.reason)}.</p>`);
    }
  }
  return `<div class="face-detail" data-face="${escapeHtml(g.face)}"${shown ? '' : ' hidden'}>${parts.join('\n')}</div>`;
}

/** A model's whole section. */
export async function modelSectionHtml(r: ModelReport): Promise<string> {
  const time = r.seconds === null ? '' : ` (${r.seconds.toFixed(1)} s)`;
  return [
    `<section class="model" id="${modelId(r.model)}">`,
    `<h2>${escapeHtml(modelTitle(r.model))}</h2>`,
    '<h3>Model</h3>',
    modelHtml(r),
    `<h3>Coefficients ${tex('Y_0')} … ${tex(`Y_{${r.order}}`)}${time}</h3>`,
    seriesTableHtml(r),
    '<h3>Pareto polygons (Fig. 2)</h3>',
    `<p>Per ${tex('s')}: the Pareto-optimal monomials of ${tex('Y_s')} at ${tex('(s_D, n)')}, ${tex('2l = \\nu(s_D+1) + (\\nu-2)s')}, their polygon with vertices labelled as in Fig. 2, and the check against Theorem 4.1.</p>`,
    await polygonsHtml(r),
    '<h3>Regimes (Tables 1–2)</h3>',
    regimesTableHtml(r),
    '</section>',
  ].join('\n');
}

function experimentsHtml(list: readonly ExperimentEntry[]): string {
  const items = list.map((e) => {
    const head = e.headline
      ? `<p class="headline">${escapeHtml(e.headline.text ?? e.headline.key)}: <strong>${escapeHtml(statisticValue(e.headline))}</strong> (theory: ${escapeHtml(theoryValue(e.headline))})</p>`
      : '';
    const rows = e.statistics.map((s) => `<tr><td>${escapeHtml(s.text ?? s.key)}</td><td class="num">${escapeHtml(statisticValue(s))}</td><td class="num">${escapeHtml(theoryValue(s))}</td></tr>`);
    const stats = rows.length ? `<table class="stats"><thead><tr><th>statistic</th><th>value</th><th>theory</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '';
    return `<article class="experiment" id="x-${escapeHtml(e.experiment)}"><h3>${escapeHtml(e.title)}</h3>${head}${stats}${e.svg ? `<div class="svg wide">${e.svg}</div>` : ''}</article>`;
  });
  return `<section class="experiments" id="experiments"><h2>Experiments</h2>${items.join('\n')}</section>`;
}

function provenanceHtml(p: Provenance): string {
  const rows: [string, string][] = [
    ['version', `gf-diagrams ${p.version}`],
    ['command', p.command],
    ['date', p.date],
    ['machine', `${p.host} (${p.platform}; ${p.cpus})`],
    ['Node.js', p.node],
    ['time taken', `${p.seconds.toFixed(1)} s (series and analysis; typesetting not included)`],
  ];
  return `<section class="provenance" id="provenance"><h2>Provenance</h2><dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${k === 'command' ? `<code>${escapeHtml(v)}</code>` : escapeHtml(v)}</dd>`).join('')}</dl></section>`;
}

/**
 * The whole page. `css` is KaTeX's stylesheet with its fonts inlined (the caller reads it: the
 * renderer touches no files).
 */
export async function reportHtml(doc: ReportDocument, css: string): Promise<string> {
  const title = doc.models.length === 1 ? `gf-diagrams report: ${modelTitle(doc.models[0]!.model)}` : 'gf-diagrams report';
  const nav = [
    ...doc.models.map((r) => `<a href="#${modelId(r.model)}">${escapeHtml(modelTitle(r.model))}</a>`),
    ...(doc.experiments ? ['<a href="#experiments">Experiments</a>'] : []),
    '<a href="#provenance">Provenance</a>',
  ];
  const sections: string[] = [];
  for (const r of doc.models) sections.push(await modelSectionHtml(r));
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="gf-diagrams ${escapeHtml(doc.provenance.version)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css}</style>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(title)}</h1><nav>${nav.join(' · ')}</nav></header>`,
    '<main>',
    ...sections,
    doc.experiments ? experimentsHtml(doc.experiments) : '',
    provenanceHtml(doc.provenance),
    '</main>',
    // the data the page was drawn from, for programs that read the page
    `<script type="application/json" id="gfd-report">${JSON.stringify({ ...doc, experiments: doc.experiments?.map((e) => ({ ...e, svg: null })) ?? null }).replace(/</g, '\\u003c')}</script>`,
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
