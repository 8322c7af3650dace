/**
 * Figures of theory against simulation, described as plain data, compiled to a Vega-Lite
 * specification and rendered headlessly to SVG (Vega's `View.toSVG()` with renderer `none`).
 *
 * A {@link Figure} is a grid of panels. A `curves` panel draws closed-form theory as thick dashed
 * lines and simulation means as points joined by a thin line, with a band of ± one standard
 * deviation across runs; one colour per series (e.g. one size), one dash style per kind (theory,
 * second theory, simulation). A `heatmap` panel draws rectangles coloured by a value in [0, 1]
 * with lines on top (e.g. a divergence rate over a parameter grid and a theoretical boundary).
 * Axes are linear or logarithmic; logarithmic axes drop non-positive values (the JSON keeps them).
 */
import { InputError } from '../errors.js';
import { renderSpec } from './report/polygonFigure.js';
import { measureTextWithFont } from './textWidth.js';

/** One axis: title, scale type and optional fixed domain. */
export interface PlotAxis {
  readonly title: string;
  readonly scale: 'linear' | 'log';
  readonly domain?: readonly [number, number];
}

/** A theory line of a curves panel. */
export interface PlotTheory {
  /** Series name (colour), shared with the simulation it belongs to. */
  readonly series: string;
  /** Kind (dash style and legend entry), e.g. `theory (1+ct)^(-3/2)`. */
  readonly kind: string;
  readonly x: readonly number[];
  readonly y: readonly (number | null)[];
}

/** Simulation means with a spread band. */
export interface PlotSimulation {
  readonly series: string;
  readonly kind: string;
  readonly x: readonly number[];
  readonly y: readonly (number | null)[];
  /** Lower and upper edge of the band (e.g. mean ∓ std); null where unknown. */
  readonly lo?: readonly (number | null)[];
  readonly hi?: readonly (number | null)[];
}

/** A horizontal reference line (e.g. the limit loss). */
export interface PlotRule {
  readonly y: number;
  readonly label: string;
}

export interface CurvesPanel {
  readonly kind: 'curves';
  readonly title: string;
  readonly x: PlotAxis;
  readonly y: PlotAxis;
  readonly theory: readonly PlotTheory[];
  readonly simulation: readonly PlotSimulation[];
  readonly rules?: readonly PlotRule[];
}

/** A rectangle [x0, x1] × [y0, y1] with a value in [0, 1]. */
export interface PlotCell {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly value: number;
}

export interface HeatmapPanel {
  readonly kind: 'heatmap';
  readonly title: string;
  readonly x: PlotAxis;
  readonly y: PlotAxis;
  /** Title of the colour legend. */
  readonly valueTitle: string;
  readonly cells: readonly PlotCell[];
  /** Lines drawn over the cells (e.g. a theoretical boundary). */
  readonly lines: readonly { readonly label: string; readonly x: readonly number[]; readonly y: readonly number[] }[];
  /** Labelled points (e.g. the parameters of example curves). */
  readonly markers?: readonly { readonly label: string; readonly x: number; readonly y: number }[];
}

export type PlotPanel = CurvesPanel | HeatmapPanel;

export interface Figure {
  readonly title: string;
  /** Panels per row (default and at most 3, `MAX_COLUMNS`). */
  readonly columns?: number;
  readonly panels: readonly PlotPanel[];
  /** Size of each panel's plotting area in pixels (default 230 × 165, `PANEL_WIDTH` × `PANEL_HEIGHT`). */
  readonly width?: number;
  readonly height?: number;
}

/**
 * Sizes for print: a figure of three panels to a row is about 800 px wide, so at a paper's text
 * width (about 470 pt) its 12 px labels print at about 7 pt. Legends sit under their panel, their
 * labels wrapped to its width, so that columns are as wide as the plots and gutters stay narrow.
 */
export const MAX_COLUMNS = 3;
export const PANEL_WIDTH = 230;
export const PANEL_HEIGHT = 165;
const FONT = { label: 12, title: 13, legend: 12, panelTitle: 13, figureTitle: 14 } as const;
/** Average advance of a DejaVu Sans character, in em (for wrapping text to a width). */
const CHAR_EM = 0.56;

/** Words of `text` in lines of at most `chars` characters (a longer word keeps its own line). */
export function wrapText(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** Characters of a `fontSize` px font that fit in `px` pixels. */
const charsIn = (px: number, fontSize: number): number => Math.max(8, Math.floor(px / (fontSize * CHAR_EM)));

/**
 * A legend's `labelExpr` that shows each label wrapped to `px` pixels (Vega draws an array of
 * strings as lines); the data keep the full label.
 */
function wrappedLabels(labels: readonly string[], px: number): string {
  const lookup = Object.fromEntries(labels.map((l) => [l, wrapText(l, charsIn(px, FONT.legend))]));
  return `${JSON.stringify(lookup)}[datum.label] || datum.label`;
}

/** Colours of series (colour-blind-safe Tableau 10 order). */
const SERIES_COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];
/** Dash patterns by kind, in order of first appearance: theory kinds dashed, simulation solid. */
const THEORY_DASHES: number[][] = [[8, 4], [2, 3], [12, 3, 2, 3]];
const SIMULATION_DASH: number[] = [1, 0];

type Row = Record<string, number | string>;

function finite(v: number | null | undefined, scale: 'linear' | 'log'): v is number {
  return typeof v === 'number' && Number.isFinite(v) && (scale === 'linear' || v > 0);
}

function scaleOf(axis: PlotAxis): Record<string, unknown> {
  const s: Record<string, unknown> = { type: axis.scale };
  // values beyond a fixed domain are clipped by the marks (clip: true), never drawn along the edge
  if (axis.domain) s.domain = [...axis.domain];
  if (axis.scale === 'linear') s.zero = false;
  return s;
}

/** Log axes label only the powers of ten (ticks and grid lines stay at 1–9 × 10^k). */
const DECADE_LABELS = "abs(log(datum.value) / LN10 - round(log(datum.value) / LN10)) < 1e-6 ? format(datum.value, '~g') : ''";

function axisOf(axis: PlotAxis): Record<string, unknown> {
  return axis.scale === 'log' ? { title: axis.title, grid: true, labelExpr: DECADE_LABELS, labelOverlap: false } : { title: axis.title, grid: true };
}

/** Vega-Lite layers of a curves panel. */
function curvesSpec(panel: CurvesPanel, width: number, height: number): Record<string, unknown> {
  const { x, y } = panel;
  const inX = (v: number | null | undefined) => finite(v, x.scale) && (!x.domain || (v >= x.domain[0] && v <= x.domain[1]));
  const inY = (v: number | null | undefined) => finite(v, y.scale);
  // with a fixed y domain, values far beyond it are pulled to one span past its edge: the curve
  // still leaves the plot where it should (the marks clip it), without huge coordinates in the SVG
  const yDomain = y.domain;
  const pull = (v: number): number => {
    if (!yDomain) return v;
    const [lo, hi] = yDomain;
    if (y.scale === 'log') {
      const [a, b] = [Math.log10(lo), Math.log10(hi)];
      return 10 ** Math.min(Math.max(Math.log10(v), a - (b - a)), b + (b - a));
    }
    return Math.min(Math.max(v, lo - (hi - lo)), hi + (hi - lo));
  };
  const seriesNames: string[] = [];
  const addSeries = (s: string) => {
    if (!seriesNames.includes(s)) seriesNames.push(s);
  };
  const theoryKinds: string[] = [];
  const simKinds: string[] = [];
  const theoryRows: Row[] = [];
  panel.theory.forEach((line, li) => {
    addSeries(line.series);
    if (!theoryKinds.includes(line.kind)) theoryKinds.push(line.kind);
    line.x.forEach((xv, i) => {
      const yv = line.y[i];
      if (inX(xv) && inY(yv)) theoryRows.push({ x: xv, y: pull(yv), series: line.series, kind: line.kind, line: li });
    });
  });
  const simRows: Row[] = [];
  const bandRows: Row[] = [];
  for (const sim of panel.simulation) {
    addSeries(sim.series);
    if (!simKinds.includes(sim.kind)) simKinds.push(sim.kind);
    sim.x.forEach((xv, i) => {
      const yv = sim.y[i];
      if (!inX(xv) || !inY(yv)) return;
      simRows.push({ x: xv, y: pull(yv), series: sim.series, kind: sim.kind });
      const lo = sim.lo?.[i];
      const hi = sim.hi?.[i];
      if (lo !== undefined && hi !== undefined && inY(hi)) {
        bandRows.push({ x: xv, lo: pull(inY(lo) ? lo : yv / 10), hi: pull(hi), series: sim.series });
      }
    });
  }
  const kinds = [...theoryKinds, ...simKinds];
  const dashes = [...theoryKinds.map((_k, i) => THEORY_DASHES[i % THEORY_DASHES.length]!), ...simKinds.map(() => SIMULATION_DASH)];
  const colour = {
    field: 'series',
    type: 'nominal',
    title: null,
    scale: { domain: seriesNames, range: seriesNames.map((_s, i) => SERIES_COLOURS[i % SERIES_COLOURS.length]) },
    // under the plot, never over curves or reference lines; full labels, wrapped to the panel's width; swatches at full strength
    legend: { orient: 'bottom', direction: 'vertical', labelLimit: width - 10, labelExpr: wrappedLabels(seriesNames, width - 35), symbolType: 'stroke', symbolStrokeWidth: 3, symbolOpacity: 1, symbolSize: 250 },
  };
  const dash = {
    field: 'kind',
    type: 'nominal',
    title: null,
    scale: { domain: kinds, range: dashes },
    legend: { orient: 'bottom', direction: 'vertical', symbolType: 'stroke', symbolStrokeColor: '#444', symbolStrokeWidth: 2, symbolSize: 300, labelLimit: width - 10, labelExpr: wrappedLabels(kinds, width - 35) },
  };
  const xEnc = { field: 'x', type: 'quantitative', scale: scaleOf(x), axis: axisOf(x) };
  const yEnc = { field: 'y', type: 'quantitative', scale: scaleOf(y), axis: axisOf(y) };
  const layers: Record<string, unknown>[] = [];
  if (bandRows.length > 0) {
    layers.push({
      data: { values: bandRows },
      mark: { type: 'area', opacity: 0.22, clip: true },
      encoding: {
        x: xEnc,
        y: { field: 'lo', type: 'quantitative', scale: scaleOf(y), axis: axisOf(y) },
        y2: { field: 'hi' },
        color: colour,
        detail: { field: 'series' },
      },
    });
  }
  if (theoryRows.length > 0) {
    layers.push({
      data: { values: theoryRows },
      mark: { type: 'line', strokeWidth: 3, opacity: 0.75, clip: true },
      encoding: { x: xEnc, y: yEnc, color: colour, strokeDash: dash, detail: { field: 'line' } },
    });
  }
  if (simRows.length > 0) {
    layers.push({
      data: { values: simRows },
      mark: { type: 'line', strokeWidth: 1.8, point: { filled: true, size: 18, clip: true }, clip: true },
      encoding: { x: xEnc, y: yEnc, color: colour, strokeDash: dash },
    });
  }
  for (const rule of panel.rules ?? []) {
    layers.push({
      data: { values: [{ y: rule.y, label: rule.label }] },
      layer: [
        { mark: { type: 'rule', color: '#000', strokeDash: [3, 3], strokeWidth: 1 }, encoding: { y: { field: 'y', type: 'quantitative' } } },
        {
          mark: { type: 'text', align: 'right', baseline: 'top', dx: -2, dy: 2, fontSize: FONT.label - 1, x: 'width' },
          encoding: { y: { field: 'y', type: 'quantitative' }, text: { field: 'label' } },
        },
      ],
    });
  }
  return { title: panelTitle(panel.title, width), width, height, layer: layers, resolve: { scale: { strokeDash: 'shared', color: 'shared' } } };
}

/** Vega-Lite layers of a heatmap panel. */
function heatmapSpec(panel: HeatmapPanel, width: number, height: number): Record<string, unknown> {
  const { x, y } = panel;
  const cells = panel.cells.map((c) => ({ x0: c.x0, x1: c.x1, y0: c.y0, y1: c.y1, value: c.value }));
  const xDomain = x.domain ?? [Math.min(...cells.map((c) => c.x0)), Math.max(...cells.map((c) => c.x1))];
  const yDomain = y.domain ?? [Math.min(...cells.map((c) => c.y0)), Math.max(...cells.map((c) => c.y1))];
  const xScale = { ...scaleOf({ ...x, domain: xDomain }), nice: false };
  const yScale = { ...scaleOf({ ...y, domain: yDomain }), nice: false };
  const lineRows: Row[] = [];
  for (const line of panel.lines) {
    line.x.forEach((xv, i) => {
      const yv = line.y[i]!;
      if (finite(xv, x.scale) && finite(yv, y.scale)) lineRows.push({ x: xv, y: yv, line: line.label, order: i });
    });
  }
  const layers: Record<string, unknown>[] = [
    {
      data: { values: cells },
      mark: { type: 'rect', stroke: '#fff', strokeWidth: 0.3 },
      encoding: {
        x: { field: 'x0', type: 'quantitative', scale: xScale, axis: axisOf(x) },
        x2: { field: 'x1' },
        y: { field: 'y0', type: 'quantitative', scale: yScale, axis: axisOf(y) },
        y2: { field: 'y1' },
        color: {
          field: 'value',
          type: 'quantitative',
          title: panel.valueTitle,
          scale: { scheme: 'viridis', domain: [0, 1] },
          legend: { orient: 'right', gradientLength: height - 30, offset: 8 },
        },
      },
    },
  ];
  if (lineRows.length > 0) {
    const labels = panel.lines.map((l) => l.label);
    layers.push({
      data: { values: lineRows },
      mark: { type: 'line', strokeWidth: 2.5, clip: true },
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        y: { field: 'y', type: 'quantitative' },
        order: { field: 'order', type: 'quantitative' },
        strokeDash: {
          field: 'line',
          type: 'nominal',
          title: null,
          scale: { domain: labels, range: labels.map((_l, i) => THEORY_DASHES[i % THEORY_DASHES.length]!) },
          legend: { orient: 'bottom', direction: 'vertical', symbolType: 'stroke', symbolSize: 300, labelLimit: width - 10, labelExpr: wrappedLabels(labels, width - 35), symbolStrokeWidth: 2.5 },
        },
        color: { value: '#e31a1c' },
      },
    });
  }
  if (panel.markers && panel.markers.length > 0) {
    layers.push({
      data: { values: panel.markers.map((m) => ({ x: m.x, y: m.y, label: m.label })) },
      layer: [
        { mark: { type: 'point', shape: 'diamond', filled: true, size: 90, color: '#fff', stroke: '#000', strokeWidth: 1 }, encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } } },
        {
          mark: { type: 'text', align: 'right', dx: -8, dy: -8, fontSize: FONT.label - 1, color: '#000', fontWeight: 'bold', stroke: '#fff', strokeWidth: 0.4 },
          encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' }, text: { field: 'label' } },
        },
      ],
    });
  }
  return { title: panelTitle(panel.title, width), width, height, layer: layers };
}

/** A panel's title, wrapped to the panel's width (plot and axis). */
const panelTitle = (title: string, width: number) => ({ text: wrapText(title, charsIn(width + 50, FONT.panelTitle)), anchor: 'start' });

/**
 * The Vega-Lite specification of a figure (independent scales per panel).
 * @example
 * ```ts
 * const spec = figureSpec({ title: 'demo', panels: [{ kind: 'curves', title: 'a', x: { title: 't', scale: 'linear' }, y: { title: 'L', scale: 'log' }, theory: [], simulation: [] }] });
 * spec.columns; // 1
 * ```
 */
export function figureSpec(figure: Figure): Record<string, unknown> {
  if (figure.panels.length === 0) throw new InputError('plot: a figure needs at least one panel');
  const width = figure.width ?? PANEL_WIDTH;
  const height = figure.height ?? PANEL_HEIGHT;
  const columns = Math.min(figure.columns ?? MAX_COLUMNS, MAX_COLUMNS, figure.panels.length);
  const views = figure.panels.map((panel) => (panel.kind === 'curves' ? curvesSpec(panel, width, height) : heatmapSpec(panel, width, height)));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: wrapText(figure.title, charsIn(columns * (width + 70), FONT.figureTitle)), anchor: 'start', fontSize: FONT.figureTitle },
    background: 'white',
    padding: 6,
    columns,
    concat: views,
    spacing: { row: 14, column: 16 },
    resolve: { scale: { x: 'independent', y: 'independent', color: 'independent', strokeDash: 'independent' }, legend: { color: 'independent', strokeDash: 'independent' } },
    config: {
      font: 'DejaVu Sans, Helvetica, Arial, sans-serif',
      axis: { labelFontSize: FONT.label, titleFontSize: FONT.title, titlePadding: 4 },
      legend: { labelFontSize: FONT.legend, rowPadding: 2, padding: 2, offset: 6, layout: { bottom: { direction: 'vertical', anchor: 'start', margin: 4 } } },
      title: { fontSize: FONT.panelTitle, offset: 4 },
    },
  };
}

/**
 * Render a figure to an SVG document (Vega-Lite → Vega → SVG, headless).
 * @example
 * ```ts
 * const theory = [{ series: 'a', kind: 'theory', x: [0, 1, 2], y: [1, 0.5, 0.25] }];
 * const figure: Figure = { title: 'demo', panels: [{ kind: 'curves', title: 'a', x: { title: 't', scale: 'linear' }, y: { title: 'L', scale: 'log' }, theory, simulation: [] }] };
 * const svg = await renderFigure(figure); // '<svg…'
 * ```
 */
export async function renderFigure(figure: Figure): Promise<string> {
  await measureTextWithFont();
  return renderSpec(figureSpec(figure));
}
