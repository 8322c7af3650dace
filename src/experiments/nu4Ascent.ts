/**
 * `nu4-ascent` — Fig. 6 of the paper: gradient ascent (t < 0) of SYM ν = 4 with the identity target.
 *
 * Theory (§9, App. K): with ρ = p³σ⁴, θ = 1 + 3H/p² and T = σ² (the natural scale σ^{ν−2}; it
 * reproduces the time axis of Fig. 6), E[L(t)] = p/2 + p²g(−t/T, H/p²) stays finite for all t < 0
 * when ρ < ρ*(θ) (low noise) and blows up at a finite t_crit otherwise (high noise); t_crit depends
 * on θρ only. Left of the figure: the fraction of runs whose loss overflows before t = −h, over a
 * grid of (θ, ρ), against ρ*(θ) (and the line where the theory's t_crit = −h). Right: example loss
 * curves at θ = 10, ρ ≈ 0.71ρ* and 2.2ρ* (the ratios of Fig. 6), plotted as L − p/2, one panel
 * each: the high-noise curve blows up some ten times sooner than the low-noise one runs, so each has
 * its own time range (the theory's time to reach L − p/2 = CURVE_CAP, doubled) and its runs are
 * sampled over it; above the cap the curves are cut, at a line marked as such.
 */
import { brentRoot, nu4Threshold, sym4Ascent, type CurveParams } from '../solutions/index.js';
import { relativeDeviation, worstAgreement } from './deviation.js';
import { sig } from './format.js';
import { jobTable } from './jobs.js';
import { resultFigure } from './panelPlot.js';
import { curvePanel, evaluateCurve, curveParams, denseTimes, type SeriesSpec } from './series.js';
import { fractionStatistic, worst } from './statistics.js';
import { trendFindings, trendGroup, trendPanel, withTrend } from './trend.js';
import type { Deviation, Experiment, ExperimentSize, GridCell, GridPanelResult, JobResults, SeriesResult, SimulationJob, Statistic } from './types.js';

/** Horizon of the divergence grid: a run diverges if its loss overflows at some t ∈ [−h, 0]. */
const HORIZON = 0.1;
/** Range of the example curves. */
const CURVE_RANGE = 0.05;
/** Example curves: ρ/ρ* of Fig. 6 (ρ = 0.147 and 0.453 at θ = 10), plotted while L − p/2 ≤ 2. */
const EXAMPLES = [
  { name: 'low noise', ratio: 0.147 / nu4Threshold(10) },
  { name: 'high noise', ratio: 0.453 / nu4Threshold(10) },
] as const;
const EXAMPLE_THETA = 10;
const CURVE_CAP = 2;

interface Sizes {
  /** Grids: p, number of θ cells over [1, θmax], ρ cells over [ρmin, ρmax], runs per cell. */
  readonly grids: readonly { readonly p: number; readonly thetaCells: number; readonly rhoCells: number; readonly seeds: number }[];
  readonly thetaMax: number;
  readonly rhoRange: readonly [number, number];
  readonly curves: { readonly p: number; readonly seeds: number };
}

const SIZES: Record<ExperimentSize, Sizes> = {
  paper: {
    grids: [{ p: 64, thetaCells: 10, rhoCells: 10, seeds: 6 }],
    thetaMax: 100,
    rhoRange: [0.02, 5],
    curves: { p: 256, seeds: 6 },
  },
  default: {
    grids: [
      { p: 16, thetaCells: 7, rhoCells: 10, seeds: 6 },
      { p: 8, thetaCells: 7, rhoCells: 10, seeds: 6 },
    ],
    thetaMax: 12,
    rhoRange: [0.02, 5],
    curves: { p: 20, seeds: 6 },
  },
  quick: {
    grids: [{ p: 8, thetaCells: 5, rhoCells: 8, seeds: 4 }],
    thetaMax: 12,
    rhoRange: [0.02, 5],
    curves: { p: 12, seeds: 4 },
  },
  tiny: {
    grids: [{ p: 4, thetaCells: 3, rhoCells: 3, seeds: 4 }],
    thetaMax: 10,
    rhoRange: [0.03, 30],
    curves: { p: 6, seeds: 2 },
  },
};

/** RK4 step: a fraction of 1/(1 + 16θρ), the scale of the ascent rate with T = σ² (at least 4 steps). */
function ascentStep(span: number, theta: number, rho: number, fraction: number): number {
  return Math.min(span / 4, fraction / (1 + 16 * theta * rho));
}

/** Defaults of every job: SYM ν = 4, identity target, T = σ² (set per row). */
const ASCENT = { nu: 4, scenario: 'sym', target: 'identity', method: 'rk4' } as const;

/** Log-spaced edges. */
function edges(lo: number, hi: number, cells: number): number[] {
  return Array.from({ length: cells + 1 }, (_v, j) => lo * Math.pow(hi / lo, j / cells));
}

/** The ratio f > 1 with t_crit(fρ*) = −h (with T = σ², t_crit depends on θρ only). */
export function horizonRatio(h: number): number {
  const tCrit = (f: number) => {
    const p = 16;
    const H = 256; // θ = 4; any θ gives the same ratio
    const rho = f * nu4Threshold(1 + (3 * H) / (p * p));
    const sigma2 = Math.sqrt(rho / p ** 3);
    return sym4Ascent({ nu: 4, scenario: 'sym', p, H, sigma2, T: sigma2 }).tCrit;
  };
  // t_crit rises with f, from −∞ as f → 1: bracket the root by doubling, then Brent
  const lo = 1 + 1e-9;
  let hi = 2;
  while (tCrit(hi) < -h) hi *= 2;
  return brentRoot((f) => tCrit(f) + h, lo, hi);
}

interface GridPlan {
  readonly p: number;
  readonly seeds: number;
  readonly thetaEdges: number[];
  readonly rhoEdges: number[];
  readonly cells: { readonly job: SimulationJob; readonly theta: number; readonly rho: number }[];
}

function gridPlan(p: number, thetaCells: number, rhoCells: number, seeds: number, sz: Sizes, index: number): GridPlan {
  const thetaEdges = edges(1, sz.thetaMax, thetaCells);
  const rhoEdges = edges(sz.rhoRange[0], sz.rhoRange[1], rhoCells);
  const at = Array.from({ length: thetaCells * rhoCells }, (_v, n) => {
    const [i, j] = [Math.floor(n / rhoCells), n % rhoCells];
    const H = Math.max(1, Math.round(((Math.sqrt(thetaEdges[i]! * thetaEdges[i + 1]!) - 1) * p * p) / 3));
    return { H, theta: 1 + (3 * H) / (p * p), rho: Math.sqrt(rhoEdges[j]! * rhoEdges[j + 1]!), n };
  });
  const jobs = jobTable(
    { ...ASCENT, p, tmax: -HORIZON, seeds, times: { kind: 'lin', count: 2 } },
    at.map(({ H, theta, rho, n }) => {
      const sigma2 = Math.sqrt(rho / p ** 3);
      return { id: `grid-p${p}/theta=${sig(theta)},rho=${sig(rho)}`, H, sigma2, T: sigma2, step: ascentStep(HORIZON, theta, rho, 0.1), seed: 100000 * index + 100 * n };
    }),
  );
  return { p, seeds, thetaEdges, rhoEdges, cells: jobs.map((job, n) => ({ job, theta: at[n]!.theta, rho: at[n]!.rho })) };
}

/**
 * Headline: grid cells whose majority verdict (diverged before t = −h or not) matches the theory's
 * regime, ρ > factor·ρ*(θ) (factor 1: the boundary of eq. nu4-threshold).
 */
export function nu4AscentHeadline(grids: readonly GridPanelResult[], factor = 1): { agree: number; cells: number } {
  const cells = grids.flatMap((g) => g.cells);
  return { agree: cells.filter((c) => c.rate >= 0.5 === c.rho > factor * c.theory.rhoStar).length, cells: cells.length };
}

export const nu4Ascent: Experiment = {
  name: 'nu4-ascent',
  title: 'SYM ν=4 gradient ascent: low- and high-noise regimes',
  paper: 'Fig. 6, §9, App. K',
  plan(size) {
    const sz = SIZES[size];
    const grids = sz.grids.map((g, k) => gridPlan(g.p, g.thetaCells, g.rhoCells, g.seeds, sz, k));
    const { jobs: curveJobs, specs: curveSpecs, p: pc, H: Hc, theta: thetaC } = exampleCurves(sz.curves.p, sz.curves.seeds);
    const ratioH = horizonRatio(HORIZON);
    return {
      jobs: [...grids.flatMap((g) => g.cells.map((c) => c.job)), ...curveJobs],
      paperSizes: 'p = 64 for the grid, θ up to 100; p = 256 for the curves',
      timeNormalisation: `T = σ² (natural scale σ^{ν−2}; gives the t-axis of Fig. 6), ρ = p³σ⁴, H = (θ − 1)p²/3 rounded; grid: θ ∈ [1, ${sz.thetaMax}], ρ ∈ [${sz.rhoRange.join(', ')}], horizon t ≥ −${HORIZON}`,
      analyse(results: JobResults) {
        const gridPanels: GridPanelResult[] = grids.map((g) => gridResult(g, results, ratioH, thetaC, curveSpecs));
        const curves = curveSpecs.map((spec, k) =>
          curvePanel(
            results,
            {
              id: k === 0 ? 'curves' : `curves-${k}`, title: `${EXAMPLES[k]!.name} example: p = ${pc}, H = ${Hc} (θ = ${sig(thetaC)}), T = σ²`, x: { quantity: 't', scale: 'linear' },
              y: { quantity: 'L − p/2', scale: 'linear', domain: [-1.6, CURVE_CAP] },
              rules: [{ y: 0, label: 'L = p/2' }, { y: CURVE_CAP, label: `cut at L − p/2 = ${CURVE_CAP}` }],
            },
            [spec],
          ),
        );
        const series = curves.flatMap((c) => c.series);
        const boundary = gridPanels.map((g) => boundaryStats(g, ratioH));
        const blowUps = series.map(preBlowUp);
        const trend = trendPanel('trend', 'Deviation vs p: |ln(ρ₅₀/ρ*(θ))|, mean over the θ columns (± standard error)', '|ln(ρ₅₀/ρ*)|', [
          trendGroup('empirical boundary', boundary.flatMap((b) => {
            const d = b.columns.flatMap((c) => (c.ratio === null ? [] : [Math.abs(Math.log(c.ratio))]));
            if (d.length === 0) return [];
            const mean = d.reduce((a, x) => a + x, 0) / d.length;
            const sd = d.length > 1 ? Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / (d.length - 1)) : null;
            return [{ p: b.p, value: mean, error: sd === null ? null : sd / Math.sqrt(d.length) }];
          })),
        ]);
        return {
          ...ascentStatistics(gridPanels, boundary, series, blowUps, ratioH),
          panels: withTrend([...gridPanels, ...curves], trend),
          agreement: worstAgreement(curves, '(median over runs of L − p/2, since the mean is dominated by runs near their blow-up) over the plotted range of the example curves'),
          findings: {
            curves: blowUps.map((b, k) => ({ series: series[k]!.label, ...b })),
            divergenceBoundary: boundary,
            trend: trendFindings(trend),
            horizon: HORIZON,
            horizonRatio: ratioH,
            note:
              'At these sizes runs diverge below ρ* and earlier than t_crit. A plausible finite-size cause: a hidden unit whose initial norm is unusually large (relative spread √(2/p)) blows up before the average; the theory is a large-p limit.',
          },
        };
      },
    };
  },
  figure: (result) => resultFigure(result, result.panels.length),
};

/** The example curves of Fig. 6 (right): θ ≈ 10, ρ/ρ* of EXAMPLES, compared while L − p/2 ≤ CURVE_CAP. */
function exampleCurves(pc: number, sc: number): { jobs: SimulationJob[]; specs: SeriesSpec[]; p: number; H: number; theta: number } {
  const Hc = Math.round(((EXAMPLE_THETA - 1) * pc * pc) / 3);
  const thetaC = 1 + (3 * Hc) / (pc * pc);
  const rows = EXAMPLES.map((ex, k) => {
    const rho = ex.ratio * nu4Threshold(thetaC);
    const sigma2 = Math.sqrt(rho / pc ** 3);
    const range = exampleRange({ nu: 4, scenario: 'sym', p: pc, H: Hc, sigma2, T: sigma2 });
    // at least 60 steps over the range, so that a curve is sampled up to its blow-up
    return { id: `curves/${ex.name}`, sigma2, T: sigma2, tmax: -range, step: Math.min(range / 60, ascentStep(range, thetaC, rho, 0.05)), seed: 900000 + 1000 * k };
  });
  const jobs = jobTable({ ...ASCENT, p: pc, H: Hc, tmax: -CURVE_RANGE, seeds: sc, times: { kind: 'lin', count: 61 } }, rows);
  const specs: SeriesSpec[] = jobs.map((job, k) => {
    const ex = EXAMPLES[k]!;
    const rho = pc ** 3 * job.sigma2 ** 2;
    return {
      job, label: `${ex.name}: ρ = ${sig(rho)} (${sig(ex.ratio, 2)}ρ*)`, quantity: 'L', normalise: { offset: pc / 2, quantity: 'L − p/2' }, statistic: 'median',
      formulas: [{ name: 'sym4-ascent', label: 'theory: eqs. nu4-loss, nu4-1st-int' }], window: [-capTime(curveParams(job), -job.tmax), 0], derived: { rho, rhoOverRhoStar: ex.ratio },
    };
  });
  return { jobs, specs, p: pc, H: Hc, theta: thetaC };
}

/** How far back from t = 0 (at most `range`) the theory stays at L − p/2 ≤ CURVE_CAP. */
function capTime(params: CurveParams, range: number): number {
  const dense = denseTimes(-range, 0, 400, false);
  const th = evaluateCurve('sym4-ascent', params, dense);
  let from = 0;
  for (let i = dense.length - 1; i >= 0; i--) {
    const v = th[i];
    if (v === null || v === undefined || v - params.p / 2 > CURVE_CAP) break;
    from = dense[i]!;
  }
  return -from;
}

/**
 * The time range of an example curve: CURVE_RANGE, or twice the time its theory takes to reach
 * L − p/2 = CURVE_CAP when that is shorter than half of it (the high-noise curve), so that the
 * curve fills its panel and its runs are sampled where it is drawn.
 */
function exampleRange(params: CurveParams): number {
  const t = capTime(params, CURVE_RANGE);
  return t < CURVE_RANGE / 2 ? 2 * t : CURVE_RANGE;
}

/** Headline (verdict agreement with ρ*) and further statistics of the grid and the example curves. */
function ascentStatistics(
  grids: readonly GridPanelResult[],
  boundary: readonly BoundaryStats[],
  series: readonly SeriesResult[],
  blowUps: readonly ReturnType<typeof preBlowUp>[],
  ratioH: number,
): { headline: Statistic; statistics: Statistic[] } {
  const head = nu4AscentHeadline(grids);
  const horizon = nu4AscentHeadline(grids, ratioH);
  const ratios = boundary.flatMap((b) => b.columns.map((c) => c.ratio)).filter((r): r is number => r !== null);
  const number = (key: string, text: string, value: number | null, theory: number): Statistic => ({ key, text, value, unit: 'number', theory });
  return {
    headline: fractionStatistic('verdictAgreement', 'grid cells whose majority verdict (diverged before t = −h or not) matches ρ ≷ ρ*(θ)', head.agree, head.cells),
    statistics: [
      fractionStatistic('horizonVerdictAgreement', `the same against the finite-horizon line ρ = ${sig(ratioH, 3)}ρ* (theory t_crit = −h)`, horizon.agree, horizon.cells),
      number('rho50OverRhoStarMin', 'empirical boundary ρ₅₀/ρ* over θ, smallest', ratios.length > 0 ? Math.min(...ratios) : null, 1),
      number('rho50OverRhoStarMax', 'empirical boundary ρ₅₀/ρ* over θ, largest', worst(ratios), 1),
      ...boundary.map((b) => number(`blowUpOverTCrit-p${b.p}`, `mean blow-up time / theory t_crit over high-noise cells, p = ${b.p}`, b.blowUpRatio, 1)),
      ...blowUps.map((b, k) =>
        number(
          `preBlowUpMaxRelative-${k}`,
          `${series[k]!.label}: max relative deviation of the median of L − p/2 over [${sig(b.window[0], 2)}, 0] (first half of the time to the earliest blow-up; ${b.blowUpTimes.length}/${series[k]!.parameters.seeds} runs diverged)`,
          b.deviation.maxRelative,
          0,
        ),
      ),
    ],
  };
}

/**
 * Blow-up times of the runs of an ascent curve (runs whose loss overflowed before tmax) and the
 * deviation of the median over the first half of the time to the earliest blow-up.
 */
function preBlowUp(s: SeriesResult): { blowUpTimes: number[]; theoryBlowUp: number | null; window: [number, number]; deviation: Deviation } {
  const end = s.parameters.tmax;
  const blowUpTimes = s.lastFiniteTimes.filter((t): t is number => t !== null && t > end + 1e-12);
  const first = blowUpTimes.length > 0 ? Math.max(...blowUpTimes) : null;
  const window: [number, number] = first === null ? [s.window[0], 0] : [Math.max(s.window[0], first / 2), 0];
  const median = s.simulation.median ?? s.simulation.mean;
  const deviation = relativeDeviation(s.times, median, s.times.map(() => null), s.simulation.count, s.theory[0]!.values, window);
  const tc = s.derived.blowUpTime;
  return { blowUpTimes, theoryBlowUp: typeof tc === 'number' ? tc : null, window, deviation };
}

function gridResult(g: GridPlan, results: JobResults, ratioH: number, thetaC: number, curveSpecs: SeriesSpec[]): GridPanelResult {
  const cells: GridCell[] = g.cells.map(({ job, theta, rho }) => {
    const res = results.get(job.id)!;
    const diverged = res.runs.filter((r) => r.diverged);
    const times = diverged.map((r) => r.lastFiniteTime ?? 0);
    const solution = sym4Ascent(curveParams(job));
    return {
      theta, rho, p: job.p, H: job.H, sigma2: job.sigma2, T: job.T, horizon: HORIZON, steps: job.steps,
      runs: res.runs.length,
      diverged: diverged.length,
      rate: diverged.length / res.runs.length,
      meanBlowUpTime: times.length > 0 ? times.reduce((a, b) => a + b, 0) / times.length : null,
      theory: { rhoStar: solution.rhoStar, regime: solution.regime, tCrit: Number.isFinite(solution.tCrit) ? solution.tCrit : null },
    };
  });
  const thetas = edges(g.thetaEdges[0]!, g.thetaEdges.at(-1)!, 60);
  return {
    kind: 'grid',
    id: `grid-p${g.p}`,
    title: `Divergence rate before t = −${HORIZON}: p = ${g.p}, ${g.seeds} runs per cell`,
    cells,
    thetaEdges: g.thetaEdges,
    rhoEdges: g.rhoEdges,
    boundary: { theta: thetas, rhoStar: thetas.map((t) => nu4Threshold(t)) },
    horizonBoundary: { theta: thetas, rho: thetas.map((t) => ratioH * nu4Threshold(t)) },
    markers: curveSpecs.map((s, k) => ({ label: k === 0 ? 'low' : 'high', theta: thetaC, rho: s.derived!.rho as number })),
  };
}

interface BoundaryStats {
  readonly p: number;
  readonly cells: number;
  /** Per θ column: ρ₅₀ (geometric mean of the last ρ with rate < ½ and the first with rate ≥ ½) over ρ*(θ). */
  readonly columns: { readonly theta: number; readonly rho50: number | null; readonly ratio: number | null }[];
  readonly ratioMin: number;
  readonly ratioMax: number;
  readonly agreeStar: number;
  readonly agreeHorizon: number;
  /** Mean over high-noise cells with |t_crit| < h and some divergence of (mean blow-up time)/t_crit. */
  readonly blowUpRatio: number | null;
}

function boundaryStats(g: GridPanelResult, ratioH: number): BoundaryStats {
  const byTheta = new Map<number, GridCell[]>();
  for (const c of g.cells) byTheta.set(c.theta, [...(byTheta.get(c.theta) ?? []), c]);
  const columns = [...byTheta.entries()].map(([theta, cs]) => {
    const sorted = [...cs].sort((a, b) => a.rho - b.rho);
    const k = sorted.findIndex((c) => c.rate >= 0.5);
    let rho50: number | null = null;
    if (k === 0) rho50 = sorted[0]!.rho;
    else if (k > 0) rho50 = Math.sqrt(sorted[k - 1]!.rho * sorted[k]!.rho);
    return { theta, rho50, ratio: rho50 === null ? null : rho50 / nu4Threshold(theta) };
  });
  const ratios = columns.map((c) => c.ratio).filter((r): r is number => r !== null);
  const agree = (factor: number) => g.cells.filter((c) => c.rate >= 0.5 === c.rho > factor * c.theory.rhoStar).length;
  const blow = g.cells.filter((c) => c.theory.tCrit !== null && c.theory.tCrit > -c.horizon && c.meanBlowUpTime !== null);
  return {
    p: g.cells[0]!.p,
    cells: g.cells.length,
    columns,
    ratioMin: ratios.length > 0 ? Math.min(...ratios) : NaN,
    ratioMax: ratios.length > 0 ? Math.max(...ratios) : NaN,
    agreeStar: agree(1),
    agreeHorizon: agree(ratioH),
    blowUpRatio: blow.length > 0 ? blow.reduce((a, c) => a + c.meanBlowUpTime! / c.theory.tCrit!, 0) / blow.length : null,
  };
}
