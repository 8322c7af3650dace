/**
 * One Pareto polygon (paper Fig. 2) as a Vega-Lite figure: the Pareto points of Y_s in the plane
 * (s_D, n), the polygon through its vertices, filled, and the vertex labels A–E. The same path as
 * every other figure (Vega-Lite → Vega → SVG), in Node and in a browser.
 */

/** What a panel needs: the Pareto points and the labelled vertices, counter-clockwise from A. */
export interface PolygonPanel {
  readonly s: number;
  readonly points: readonly { sD: number | string; n: number }[];
  readonly vertices: readonly { label: string; sD: number | string; n: number }[];
}

const toNumber = (x: number | string): number => {
  if (typeof x === 'number') return x;
  const [a, b] = x.split('/');
  return Number(a) / Number(b ?? 1);
};

const CONFIG = { font: 'DejaVu Sans, Helvetica, Arial, sans-serif', axis: { labelFontSize: 12, titleFontSize: 13, titlePadding: 3 }, title: { fontSize: 13, offset: 3 } };

/** One panel as a Vega-Lite view (no top-level keys), titled `s = …`. */
function polygonView(panel: PolygonPanel, maxS: number, size: number): Record<string, unknown> {
  const pts = panel.points.map((p) => ({ sD: toNumber(p.sD), n: p.n }));
  const verts = panel.vertices.map((v, i) => ({ sD: toNumber(v.sD), n: v.n, label: v.label, order: i }));
  const closed = verts.length >= 3 ? [...verts, { ...verts[0]!, order: verts.length }] : verts;
  const x = { field: 'sD', type: 'quantitative', title: 's_D', scale: { domain: [-1, maxS + 2], nice: false }, axis: { tickMinStep: 1, format: 'd', grid: true, gridOpacity: 0.35 } };
  const y = { field: 'n', type: 'quantitative', title: 'n', scale: { domain: [0, maxS + 3], nice: false }, axis: { tickMinStep: 1, format: 'd', grid: true, gridOpacity: 0.35 } };
  return {
    title: { text: `s = ${panel.s}`, anchor: 'start' },
    width: size,
    height: size,
    layer: [
      {
        data: { values: closed },
        mark: { type: 'line', interpolate: 'linear', color: '#b2182b', strokeWidth: 2, fill: '#f4c7c3', fillOpacity: 0.6 },
        encoding: { x, y, order: { field: 'order' } },
      },
      { data: { values: pts }, mark: { type: 'circle', size: 42, color: '#111', opacity: 1 }, encoding: { x, y } },
      {
        data: { values: verts },
        mark: { type: 'text', dx: 9, dy: -9, fontSize: 13, fontWeight: 'bold', color: '#1f3fbf' },
        encoding: { x, y, text: { field: 'label' } },
      },
    ],
  };
}

/**
 * The Vega-Lite specification of one polygon panel; axes run over s_D ∈ [−1, maxS + 2] and
 * n ∈ [0, maxS + 3] so that panels of one model share their scales.
 *
 * @example
 * ```ts
 * const spec = polygonSpec({ s: 0, points: [{ sD: 1, n: 1 }, { sD: 1, n: 0 }], vertices: [{ label: 'A', sD: 1, n: 0 }, { label: 'B', sD: 1, n: 1 }] }, 3, 'ASYM ν = 3');
 * spec.width; // 220
 * ```
 */
export function polygonSpec(panel: PolygonPanel, maxS: number, title: string, size = 220): Record<string, unknown> {
  const view = polygonView(panel, maxS, size);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...view,
    title: { text: title, subtitle: `s = ${panel.s}`, anchor: 'start', fontSize: 12, subtitleFontSize: 12 },
    background: 'white',
    padding: 6,
    config: CONFIG,
  };
}

/**
 * Every panel of a model in one figure (Fig. 2 style), `columns` to a row, under one title.
 *
 * @example
 * ```ts
 * const panel = { s: 0, points: [{ sD: 1, n: 1 }], vertices: [{ label: 'A', sD: 1, n: 1 }] };
 * const spec = polygonsSpec([panel, { ...panel, s: 1 }], 'Pareto polygons');
 * (spec.concat as unknown[]).length; // 2
 * ```
 */
export function polygonsSpec(panels: readonly PolygonPanel[], title: string, columns = 3, size = 170): Record<string, unknown> {
  const maxS = Math.max(0, ...panels.map((p) => p.s));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start', fontSize: 14 },
    background: 'white',
    padding: 6,
    // three to a row (as the curves of plot.ts), gutters narrow: sized for a paper's page
    columns: Math.min(columns, panels.length),
    spacing: { row: 10, column: 14 },
    concat: panels.map((p) => polygonView(p, maxS, size)),
    config: CONFIG,
  };
}

/**
 * Vega-Lite → Vega → SVG text (headless; works in Node and in a browser): the one path every
 * figure takes. vega and vega-lite load on first use (a quarter of a second): only what draws pays.
 */
export async function renderSpec(spec: Record<string, unknown>): Promise<string> {
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = vl.compile(spec as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
