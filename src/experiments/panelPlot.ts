/** Plot panels (render/plot.ts) from experiment panels: the same numbers, in plotted units. */
import type { CurvesPanel, Figure, HeatmapPanel, PlotPanel } from '../render/index.js';
import type { CurvePanelResult, ExperimentResult, GridPanelResult, PanelResult, TrendPanelResult } from './types.js';

/** Kind labels of the simulation in legends. */
const SIMULATION_KIND = { mean: 'simulation: mean ± std over runs', median: 'simulation: median, quartile band' } as const;

function xAxisTitle(q: 't' | 't+1'): string {
  return q === 't+1' ? 't + 1' : 't';
}

/** A curves panel: theory lines on their fine grid, simulation means with ± std bands (or medians with quartile bands). */
function curvesPlot(panel: CurvePanelResult): CurvesPanel {
  const shift = panel.x.quantity === 't+1' ? 1 : 0;
  const inWindow = (s: CurvePanelResult['series'][number]) => (t: number) => t >= Math.min(...s.window) && t <= Math.max(...s.window);
  return {
    kind: 'curves',
    title: panel.title,
    x: { title: xAxisTitle(panel.x.quantity), scale: panel.x.scale },
    y: { title: panel.y.quantity, scale: panel.y.scale, domain: panel.y.domain },
    theory: panel.series.flatMap((s) =>
      s.theory.map((th) => ({ series: s.label, kind: th.label, x: th.dense.times.map((t) => t + shift), y: th.dense.values })),
    ),
    simulation: panel.series.map((s) => {
      const keep = s.times.map(inWindow(s));
      const pick = <T>(a: readonly T[]) => a.filter((_v, i) => keep[i]);
      const x = pick(s.times).map((t) => t + shift);
      if (s.statistic === 'median') {
        return { series: s.label, kind: SIMULATION_KIND.median, x, y: pick(s.simulation.median ?? []), lo: pick(s.simulation.q25 ?? []), hi: pick(s.simulation.q75 ?? []) };
      }
      const mean = pick(s.simulation.mean);
      const std = pick(s.simulation.std);
      return {
        series: s.label,
        kind: SIMULATION_KIND.mean,
        x,
        y: mean,
        lo: mean.map((m, i) => (m === null || std[i] === null ? null : m - std[i]!)),
        hi: mean.map((m, i) => (m === null || std[i] === null ? null : m + std[i]!)),
      };
    }),
    rules: panel.rules,
  };
}

/** A heatmap of divergence rates with the boundary on top. */
function gridPlot(panel: GridPanelResult): HeatmapPanel {
  const cells = panel.cells.map((c) => {
    const i = nearestEdge(panel.thetaEdges, c.theta);
    const j = nearestEdge(panel.rhoEdges, c.rho);
    return { x0: panel.thetaEdges[i]!, x1: panel.thetaEdges[i + 1]!, y0: panel.rhoEdges[j]!, y1: panel.rhoEdges[j + 1]!, value: c.rate };
  });
  return {
    kind: 'heatmap',
    title: panel.title,
    x: { title: 'θ = 1 + 3H/p²', scale: 'log' },
    y: { title: 'ρ = p³σ⁴', scale: 'log' },
    valueTitle: 'divergence rate',
    cells,
    lines: [
      { label: 'theory: ρ*(θ), eq. nu4-threshold', x: panel.boundary.theta, y: panel.boundary.rhoStar },
      ...(panel.horizonBoundary ? [{ label: `theory: t_crit = −horizon (ρ = ${(panel.horizonBoundary.rho[0]! / panel.boundary.rhoStar[0]!).toFixed(3)}ρ*)`, x: panel.horizonBoundary.theta, y: panel.horizonBoundary.rho }] : []),
    ],
    markers: panel.markers?.map((m) => ({ label: m.label, x: m.theta, y: m.rho })),
  };
}

/** Index i with edges[i] ≤ v < edges[i+1] (clamped). */
function nearestEdge(edges: readonly number[], v: number): number {
  for (let i = 0; i < edges.length - 1; i++) if (v < edges[i + 1]!) return i;
  return edges.length - 2;
}

/** Slope ± error in words. */
function slopeText(g: TrendPanelResult['groups'][number]): string {
  if (!g.fit) return 'no fit';
  const e = g.fit.slopeError;
  return `slope ${g.fit.slope.toFixed(2)}${e === null ? '' : ` ± ${e.toFixed(2)}`}`;
}

/** A "deviation vs p" panel: the points of each group (± their errors) and the fitted power laws, log-log. */
function trendPlot(panel: TrendPanelResult): CurvesPanel {
  const name = (g: TrendPanelResult['groups'][number]) => `${g.label}: ${slopeText(g)}`;
  return {
    kind: 'curves',
    title: panel.title,
    x: { title: 'p', scale: 'log' },
    y: { title: panel.y.quantity, scale: 'log' },
    theory: panel.groups.flatMap((g) => {
      if (!g.fit || g.points.length < 2) return [];
      const ps = [g.points[0]!.p, g.points.at(-1)!.p];
      return [{ series: name(g), kind: 'fit: power law in p', x: ps, y: ps.map((p) => g.fit!.amplitude * p ** g.fit!.slope) }];
    }),
    simulation: panel.groups.map((g) => ({
      series: name(g),
      kind: 'simulation: deviation from theory (± standard error)',
      x: g.points.map((q) => q.p),
      y: g.points.map((q) => q.value),
      lo: g.points.map((q) => (q.error === null ? null : q.value - q.error)),
      hi: g.points.map((q) => (q.error === null ? null : q.value + q.error)),
    })),
  };
}

export function panelPlot(panel: PanelResult): PlotPanel {
  return panel.kind === 'curves' ? curvesPlot(panel) : panel.kind === 'grid' ? gridPlot(panel) : trendPlot(panel);
}

/** The figure of an experiment result: its panels in order, `columns` per row. */
export function resultFigure(result: ExperimentResult, columns: number): Figure {
  return {
    title: `${result.experiment}: ${result.title} (${result.paper}) — size ${result.size}`,
    columns,
    panels: result.panels.map(panelPlot),
  };
}
