/**
 * `sym-nu2` — Fig. 5 and App. L (Fig. app-nu2): SYM ν = 2 with the identity target against the
 * Narayana-based solution (eqs. loss-narayana, loss-narayana2),
 *
 *   E[L(t)]/(p/2) ≈ 1 + 2zΨ(−t/T, y, z),   y = H/p,  z = pσ².
 *
 * The right-hand side depends on y, z and t/T only; as in App. L, T = 1 and y, z are fixed while p
 * varies. Scenarios: Fig. 5 (z = 0.01; H = 2p, p, p/2), noisy under-parameterized (y = 1/4, z = 16),
 * noisy over-parameterized (y = 8, z = 10), low-noise under-parameterized (y = 1/8, z = 0.01) and
 * general (y = 1, z = 1).
 *
 * Each run also carries the engine's exact limit series along H = yp, σ² = z/p (order 20 at the
 * default size, 16 otherwise), evaluated at the run's y, z and resummed by Padé in u = 1 − e^{−4t/T}:
 * an independent route to the same curve, compared with the closed form in a statistic.
 */
import { Rational } from '../rational/index.js';
import { worstAgreement } from './deviation.js';
import { jobTable } from './jobs.js';
import { resultFigure } from './panelPlot.js';
import { decimalRational, limitSeriesOf, resummedTheory } from './resummedTheory.js';
import { curvePanel } from './series.js';
import { trendFindings, trendGroup, trendPanel, withTrend } from './trend.js';
import { logRatioStatistic, maxLogRatio, worst } from './statistics.js';
import type { CurvePanelResult, Experiment, ExperimentSize, SeriesResult } from './types.js';

/** Order of the resummed limit series, by size. */
const RESUMMATION_ORDER: Record<ExperimentSize, number> = { paper: 20, default: 20, quick: 16, tiny: 16 };

/** max |resummed − closed form| in units of p/2, over the compared times of every series. */
export function resummedGap(series: readonly SeriesResult[]): number | null {
  let gap: number | null = null;
  for (const s of series) {
    const closed = s.theory.find((th) => th.formula === 'sym2-narayana');
    const resummed = s.theory.find((th) => th.formula === 'resummed-limit');
    if (!closed || !resummed) continue;
    s.times.forEach((t, j) => {
      const a = closed.values[j];
      const b = resummed.values[j];
      if (t < s.window[0] || t > s.window[1] || a === null || b === null || a === undefined || b === undefined) return;
      gap = Math.max(gap ?? 0, Math.abs(a - b));
    });
  }
  return gap;
}

interface Scenario {
  readonly id: string;
  readonly title: string;
  /** z = pσ². */
  readonly z: number;
  /** H as a function of p, with its description. */
  readonly members: readonly { readonly p: number; readonly H: number; readonly seeds: number; readonly label: string }[];
  readonly tmax: number;
  /** RK4 steps over [0, tmax] (noisy cases are stiff: the heavy-tailed initial weights need small steps). */
  readonly steps: number;
  readonly yScale: 'linear' | 'log';
  readonly rule: boolean;
}

type Member = Scenario['members'][number];

const ratio = (y: number, label: string) => (p: number, seeds: number): Member => ({ p, H: Math.max(1, Math.round(y * p)), seeds, label: `p = ${p}, H = ${label}` });

function scenarios(size: ExperimentSize): Scenario[] {
  const big = size === 'paper' ? 512 : size === 'default' ? 256 : size === 'quick' ? 64 : 16;
  const seedsBig = 2;
  const list = <T>(d: T[], q: T[], t: T[], paper: T[] = d) => (size === 'paper' ? paper : size === 'default' ? d : size === 'quick' ? q : t);
  return [
    {
      id: 'fig5',
      title: `Fig. 5: p = ${big}, pσ² = 0.01, T = 1`,
      z: 0.01,
      members: [
        { p: big, H: 2 * big, seeds: seedsBig, label: `H = 2p = ${2 * big}` },
        { p: big, H: big, seeds: seedsBig, label: `H = p = ${big}` },
        { p: big, H: big / 2, seeds: seedsBig, label: `H = p/2 = ${big / 2}` },
      ],
      tmax: 3,
      steps: 150,
      yScale: 'linear',
      rule: false,
    },
    {
      id: 'noisy-under',
      title: 'Noisy under-parameterized: H/p = 1/4, pσ² = 16',
      z: 16,
      members: list([32, 16, 8], [16, 8], [8]).map((p) => ratio(0.25, `p/4`)(p, Math.max(4, 256 / p))),
      tmax: 0.3,
      steps: 300,
      yScale: 'log',
      rule: true,
    },
    {
      id: 'noisy-over',
      title: 'Noisy over-parameterized: H/p = 8, pσ² = 10',
      z: 10,
      members: list([4, 2, 1], [2, 1], [1]).map((p) => ratio(8, `8p`)(p, 64 / p)),
      tmax: 1,
      steps: 1000,
      yScale: 'log',
      rule: true,
    },
    {
      id: 'low-noise-under',
      title: 'Low-noise under-parameterized: H/p = 1/8, pσ² = 0.01',
      z: 0.01,
      members: list([64, 32, 16], [32, 16], [16]).map((p) => ratio(0.125, `p/8`)(p, Math.max(4, 256 / p))),
      tmax: 3,
      steps: 150,
      yScale: 'linear',
      rule: true,
    },
    {
      id: 'general',
      title: 'General: H = p, pσ² = 1',
      z: 1,
      members: list([256, 128, 64], [64, 32], [16], [512, 256, 128]).map((p) => ratio(1, 'p')(p, Math.max(2, Math.min(32, 2048 / p)))),
      tmax: 3,
      steps: 150,
      yScale: 'log',
      rule: true,
    },
  ];
}

/**
 * Headline: max over scenarios of |ln(E[L]_sim/theory)| over the whole run, at the largest p of each
 * scenario (the solution is a large-p limit at fixed y, z; App. L shows the approach as p grows).
 */
export function symNu2Headline(panels: readonly CurvePanelResult[]): number | null {
  return worst(
    panels.flatMap((pn) => {
      const pMax = Math.max(...pn.series.map((s) => s.parameters.p));
      return pn.series.filter((s) => s.parameters.p === pMax).map((s) => maxLogRatio(s, s.window));
    }),
  );
}

export const symNu2: Experiment = {
  name: 'sym-nu2',
  title: 'SYM ν=2 with the identity target vs the Narayana solution',
  paper: 'Fig. 5, §8, App. J, App. L',
  plan(size) {
    const list = scenarios(size);
    const jobs = list.map((sc, i) =>
      jobTable(
        { nu: 2, scenario: 'sym', target: 'identity', T: 1, tmax: sc.tmax, steps: sc.steps, method: 'rk4', times: { kind: 'lin', count: sc.yScale === 'log' ? 61 : 31 } },
        sc.members.map((m, k) => ({ id: `${sc.id}/p=${m.p},H=${m.H}`, p: m.p, H: m.H, sigma2: sc.z / m.p, seeds: m.seeds, seed: 10000 * i + 1000 * k })),
      ),
    );
    return {
      jobs: jobs.flat(),
      paperSizes: 'p = 512 for Fig. 5; 32/16/8, 4/2/1, 64/32/16, 512/256/128 for App. L',
      timeNormalisation: 'T = 1, σ² = z/p (the solution depends on t/T, y = H/p and z = pσ² only; App. L)',
      analyse(results) {
        const order = RESUMMATION_ORDER[size];
        const lim = limitSeriesOf({ nu: 2, scenario: 'sym' }, 'H = y*p, sigma2 = z/p', order);
        const resummed = (p: number, H: number, z: number, T: number) =>
          resummedTheory(lim, { y: Rational.of(H, p), z: decimalRational(z), p, T }, `resummed limit series, order ${order} (Padé in 1 − e^{−4t/T})`, { kind: 'exp', rate: Rational.of(4) });
        const panels = list.map((sc, i) =>
          curvePanel(
            results,
            { id: sc.id, title: sc.title, x: { quantity: 't', scale: 'linear' }, y: { quantity: 'L/(p/2)', scale: sc.yScale }, rules: sc.rule ? [{ y: 1, label: 'p/2' }] : undefined },
            jobs[i]!.map((job, k) => ({
              job, label: sc.id === 'fig5' ? sc.members[k]!.label : `p = ${job.p}, H = ${job.H}`, quantity: 'L',
              normalise: { divisor: job.p / 2, quantity: 'L/(p/2)' }, formulas: [{ name: 'sym2-narayana', label: 'theory: eq. loss-narayana' }, resummed(job.p, job.H, sc.z, job.T)],
            })),
          ),
        );
        const trend = trendPanel(
          'trend',
          'Deviation vs p at fixed y = H/p, z = pσ²: max |ln(E[L]_sim/theory)| over each run',
          'max |ln(E[L]/theory)|',
          panels
            .filter((pn) => new Set(pn.series.map((s) => s.parameters.p)).size > 1)
            .map((pn) => trendGroup(pn.id, pn.series.flatMap((s) => {
              const v = maxLogRatio(s, s.window);
              return v === null ? [] : [{ p: s.parameters.p, value: v, error: null }];
            }))),
        );
        return {
          headline: logRatioStatistic('largestPMaxLogRatio', 'max |ln(E[L]_sim/theory)| over each run, at the largest p of every scenario', symNu2Headline(panels)),
          statistics: [
            logRatioStatistic('allMaxLogRatio', 'the same over all curves (smaller p included)', worst(panels.flatMap((pn) => pn.series.map((s) => maxLogRatio(s, s.window))))),
            {
              key: 'resummedSeriesGap',
              text: `max |resummed exact limit series − closed form| in units of p/2 (order ${order}, Padé in 1 − e^{−4t/T}), over every run`,
              value: resummedGap(panels.flatMap((pn) => pn.series)),
              unit: 'number',
              theory: 0,
            },
          ],
          panels: withTrend(panels, trend),
          agreement: worstAgreement(panels, 'over each panel’s whole time range', (f) => f === 'sym2-narayana'),
          findings: { trend: trendFindings(trend) },
        };
      },
    };
  },
  figure: (result) => resultFigure(result, 3),
};
