/**
 * `free-sym-nu4` — Fig. 4 and App. L (Fig. app-free-nu4): free evolution (zero target) of SYM ν = 4.
 *
 * General H (Fig. 4, App. G boxed formula): E[L(t)] = E[L(0)](1 + ct)^{−4/3} with
 * E[L(0)] = ½p⁴Hσ⁸θ, c = 24θp³σ⁶/T, θ = 1 + 3H/p²; as in the figure E[L(0)] = 1 and T = 96p³σ⁶,
 * so c = θ/4, for H = 4p², p², p²/4.
 * Under-parameterized (App. L left): E[L(0)] = ½p⁴Hσ⁸ = 1, c = 24p³σ⁶/T = 1/4, H = p/2.
 * Over-parameterized (App. L right): E[L(0)] = ½·3p²H²σ⁸ = 1, c = 72pHσ⁶/T = 1/4, H = p³.
 * E[L(0)] here is the theory's leading term: at small p the exact initial loss is larger (App. L).
 * Each run also carries the engine's exact limit series along the edge A–B (H = yp², σ² = zp^{−3/2};
 * order 4, 3 or 2 by size), evaluated at the run's y, z and resummed by a Padé approximant [1/N−1]
 * that decays at large t like the power law it approximates.
 */
import { Rational } from '../rational/index.js';
import { worstAgreement } from './deviation.js';
import { jobTable, type JobRow } from './jobs.js';
import { resultFigure } from './panelPlot.js';
import { decimalRational, limitSeriesOf, resummedTheory } from './resummedTheory.js';
import { curvePanel, type SeriesSpec } from './series.js';
import { trendFindings, trendGroup, trendPanel, withTrend } from './trend.js';
import { logRatioStatistic, maxLogRatio, worst } from './statistics.js';
import type { CurvePanelResult, Experiment, ExperimentSize, SeriesResult, Statistic } from './types.js';

const NU = 4;
/** RK4 step in units of 1/c (converged to about 0.1 %; twice this step is unstable for H = 4p²). */
const STEP = 0.6;

interface Sizes {
  /** p of the general-H panel, and runs per curve. */
  readonly general: { readonly p: number; readonly seeds: number };
  readonly under: readonly { readonly p: number; readonly seeds: number }[];
  readonly over: readonly { readonly p: number; readonly seeds: number }[];
}

const SIZES: Record<ExperimentSize, Sizes> = {
  paper: {
    general: { p: 64, seeds: 4 },
    under: [{ p: 64, seeds: 8 }, { p: 32, seeds: 8 }, { p: 16, seeds: 16 }],
    over: [{ p: 16, seeds: 2 }, { p: 8, seeds: 8 }, { p: 4, seeds: 16 }],
  },
  default: {
    general: { p: 16, seeds: 4 },
    under: [{ p: 64, seeds: 8 }, { p: 32, seeds: 8 }, { p: 16, seeds: 16 }],
    over: [{ p: 16, seeds: 2 }, { p: 8, seeds: 8 }, { p: 4, seeds: 16 }],
  },
  quick: {
    general: { p: 8, seeds: 2 },
    under: [{ p: 32, seeds: 4 }, { p: 16, seeds: 8 }],
    over: [{ p: 8, seeds: 4 }, { p: 4, seeds: 8 }],
  },
  tiny: {
    general: { p: 8, seeds: 2 },
    under: [{ p: 16, seeds: 4 }],
    over: [{ p: 4, seeds: 8 }],
  },
};

/** Order of the resummed limit series, by size (the full engine's cost grows steeply with it). */
const RESUMMATION_ORDER: Record<ExperimentSize, number> = { paper: 4, default: 4, quick: 3, tiny: 2 };
const EDGE_SCALING = 'H = y*p^2, sigma2 = z*p^(-3/2)';

/** max |ln(resummed/closed form)| over the compared times of every series (both positive). */
export function resummedLogGap(series: readonly SeriesResult[]): number | null {
  let gap: number | null = null;
  for (const s of series) {
    const closed = s.theory.find((th) => th.formula !== 'resummed-limit');
    const resummed = s.theory.find((th) => th.formula === 'resummed-limit');
    if (!closed || !resummed) continue;
    s.times.forEach((t, j) => {
      const a = closed.values[j];
      const b = resummed.values[j];
      if (t < s.window[0] || t > s.window[1] || a == null || b == null) return;
      gap = Math.max(gap ?? 0, a > 0 && b > 0 ? Math.abs(Math.log(b / a)) : Infinity);
    });
  }
  return gap;
}

/** All runs to t = 99, so that t + 1 spans two decades and the last one is compared (App. L). */
const TMAX = 99;

/** A row with E[L(0)] = 1 and rate c: σ² from the leading E[L(0)] = a·σ⁸, T from c = b·σ⁶/T. */
function row(id: string, p: number, H: number, a: number, b: number, c: number, seeds: number, seed: number): JobRow & { p: number; H: number; c: number } {
  const sigma2 = Math.pow(1 / a, 1 / 4);
  return { id, p, H, sigma2, T: (b * sigma2 ** 3) / c, step: STEP / c, seeds, seed, c };
}

/** The last decade of t + 1 over [0, tmax]: where App. L sees the curves converge to theory. */
function lateDecade(tmax: number): [number, number] {
  return [(tmax + 1) / 10 - 1, tmax];
}

/** Headline: max over curves of |ln(E[L]_sim/theory)| over the last decade of t + 1. */
export function freeSymNu4Headline(panels: readonly CurvePanelResult[]): number | null {
  return worst(panels.flatMap((pn) => pn.series.map((s) => maxLogRatio(s, lateDecade(s.window[1])))));
}

export const freeSymNu4: Experiment = {
  name: 'free-sym-nu4',
  title: 'free evolution of SYM ν=4: general H, under- and over-parameterized',
  paper: 'Fig. 4, App. G, App. L',
  plan(size) {
    const sz = SIZES[size];
    const pg = sz.general.p;
    const generalRows = [
      { H: 4 * pg * pg, name: '4p²' },
      { H: pg * pg, name: 'p²' },
      { H: (pg * pg) / 4, name: 'p²/4' },
    ].map(({ H, name }, k) => {
      const theta = 1 + (3 * H) / (pg * pg);
      // ½p⁴Hσ⁸θ = 1; Fig. 4: T = 96p³σ⁶, so c = 24θp³σ⁶/T = θ/4
      return { ...row(`general/H=${name}`, pg, H, 0.5 * pg ** 4 * H * theta, 24 * theta * pg ** 3, theta / 4, sz.general.seeds, 100 * k), name };
    });
    // under: ½p⁴Hσ⁸ = 1, c = 24p³σ⁶/T = 1/4 with H = p/2; over: ½·3p²H²σ⁸ = 1, c = 72pHσ⁶/T = 1/4 with H = p³
    const underRows = sz.under.map(({ p, seeds }, k) => row(`under/p=${p}`, p, p / 2, 0.5 * p ** 4 * (p / 2), 24 * p ** 3, 0.25, seeds, 1000 + 100 * k));
    const overRows = sz.over.map(({ p, seeds }, k) => row(`over/p=${p}`, p, p ** 3, 1.5 * p * p * p ** 6, 72 * p * p ** 3, 0.25, seeds, 2000 + 100 * k));
    const defaults = { nu: NU, scenario: 'sym', target: 'zero', tmax: TMAX, method: 'rk4', times: { kind: 'log', count: 40 } } as const;
    const [general, under, over] = [generalRows, underRows, overRows].map((rows) => jobTable(defaults, rows.map(({ c: _c, ...r }) => r)));
    const order = RESUMMATION_ORDER[size];
    const specs = (jobs: typeof general, rows: readonly { c: number; H: number; p: number; name?: string }[], formula: string, text: string): SeriesSpec[] => {
      const lim = limitSeriesOf({ nu: NU, scenario: 'sym', target: 'zero' }, EDGE_SCALING, order);
      return jobs!.map((job, k) => {
        const r = rows[k]!;
        const lbl = formula === 'free-sym-even' ? `H = ${r.name} = ${r.H}` : `p = ${r.p}, H = ${formula === 'free-under' ? 'p/2' : 'p³'} = ${r.H}`;
        const at = { y: Rational.of(job.H).div(Rational.of(job.p).pow(2)), z: decimalRational(job.sigma2 * job.p ** 1.5), p: job.p, T: job.T };
        const resummed = resummedTheory(lim, at, `resummed limit series of the edge A–B, order ${order} (Padé [1/${order - 1}])`, undefined, { L: 1, M: order - 1 });
        return { job, label: lbl, quantity: 'L', formulas: [{ name: formula, label: `theory: (1+ct)^(−4/3), ${text}` }, resummed], logTime: true, derived: { c: r.c } };
      });
    };
    const late = lateDecade(TMAX);
    return {
      jobs: [...general!, ...under!, ...over!],
      paperSizes: 'general p = 64; under p = 64, 32, 16; over p = 16, 8, 4',
      timeNormalisation: 'theory E[L(0)] = 1 by σ; T = 96p³σ⁶ (general), or T with c = 1/4 (under, over), as in Fig. 4 and App. L',
      analyse(results) {
        const axes = { x: { quantity: 't+1', scale: 'log' }, y: { quantity: 'L', scale: 'log' } } as const;
        const panels = [
          curvePanel(results, { id: 'general', title: `General H (Fig. 4): p = ${pg}, T = 96p³σ⁶, c = θ/4`, ...axes }, specs(general, generalRows, 'free-sym-even', 'c = 24θp³σ⁶/T')),
          curvePanel(results, { id: 'under', title: 'Under-parameterized (App. L): H = p/2, c = 24p³σ⁶/T = 1/4', ...axes }, specs(under, underRows, 'free-under', 'c = 1/4')),
          curvePanel(results, { id: 'over', title: 'Over-parameterized (App. L): H = p³, c = 72pHσ⁶/T = 1/4', ...axes }, specs(over, overRows, 'free-over', 'c = 1/4')),
        ];
        const initial = panels.flatMap((pn) => pn.series.map(initialLoss));
        const trend = trendPanel(
          'trend',
          'Deviation vs p: max |ln(E[L]_sim/theory)| over the last decade of t + 1',
          'max |ln(E[L]/theory)|',
          panels
            .filter((pn) => new Set(pn.series.map((s) => s.parameters.p)).size > 1)
            .map((pn) => trendGroup(pn.id, pn.series.flatMap((s) => {
              const v = maxLogRatio(s, late);
              return v === null ? [] : [{ p: s.parameters.p, value: v, error: null }];
            }))),
        );
        const ratioStat = (key: string, text: string, xs: number[]): Statistic[] => [
          { key: `${key}Min`, text: `${text}, smallest`, value: Math.min(...xs), unit: 'number', theory: 1 },
          { key: `${key}Max`, text: `${text}, largest`, value: Math.max(...xs), unit: 'number', theory: 1 },
        ];
        return {
          headline: logRatioStatistic('lateDecadeMaxLogRatio', `max |ln(E[L]_sim/theory)| over the last decade t + 1 ∈ [${late[0] + 1}, ${late[1] + 1}], all curves`, freeSymNu4Headline(panels)),
          statistics: [
            ...ratioStat('exactOverLeadingInitialLoss', 'exact finite-size E[L(0)] (series engine) / leading-order value 1', initial.map((i) => i.exactOverLeading)),
            ...ratioStat('simulatedOverExactInitialLoss', 'simulated mean L(0) / exact E[L(0)]', initial.map((i) => i.simulatedOverExact)),
            logRatioStatistic(
              'resummedSeriesMaxLogRatio',
              `max |ln(resummed exact limit series/closed form)| over t + 1 ∈ [1, ${TMAX + 1}], all curves (order ${order}, Padé [1/${order - 1}])`,
              resummedLogGap(panels.flatMap((pn) => pn.series)),
            ),
          ],
          panels: withTrend(panels, trend),
          agreement: worstAgreement(panels, `over t + 1 ∈ [1, ${TMAX + 1}]`, (f) => f !== 'resummed-limit'),
          findings: {
            trend: trendFindings(trend),
            lateTimeDeviation: Object.fromEntries(panels.flatMap((pn) => pn.series.map((s) => [s.id, maxLogRatio(s, late)]))),
            initialLoss: initial,
          },
        };
      },
    };
  },
  figure: (result) => resultFigure(result, 2),
};

/** Leading-order E[L(0)] (theory at t = 0), the exact E[L(0)] and the simulated mean at t = 0. */
function initialLoss(s: CurvePanelResult['series'][number]): { id: string; leading: number; exact: number; simulated: number; exactOverLeading: number; simulatedOverExact: number } {
  const leading = s.theory[0]!.values[0]!;
  const exact = s.derived.exactInitialLoss as number;
  const simulated = s.simulation.mean[0]!;
  return { id: s.id, leading, exact, simulated, exactOverLeading: exact / leading, simulatedOverExact: simulated / exact };
}
