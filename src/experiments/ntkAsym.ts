/**
 * `ntk-asym` — §7 Proposition 7.1 (App. H): the NTK regime of ASYM with the identity target.
 *
 * With η = Hσ^{2ν−2}/T the proposition states f_{i…i}(t) → 1 − e^{−ηt}; the appendix derives
 * T⁻¹Θ(0) → νη·Id, i.e. a kernel method with rate νη. The curves module exposes both conventions
 * (`ntk-asym-r` / `ntk-asym`: rate η; `ntk-asym-r-nu-eta` / `ntk-asym-nu-eta`: rate νη), each with
 * the same T. This experiment simulates the mean diagonal R(t)/p = mean_i f_{i…i} and the loss at
 * point B (p^{ν−1}Hσ^{2ν} = 1) and point C (p^{ν−1}Hσ^{2ν} = 1/16) scalings for ν = 2 and 3,
 * compares both conventions (as the residual 1 − R/p = e^{−κt} and as L = E[L(0)]e^{−2κt}), fits
 * the rate κ from the data, and reports which convention the data support.
 */
import { worstAgreement } from './deviation.js';
import { jobTable } from './jobs.js';
import { resultFigure } from './panelPlot.js';
import { seriesResult, type SeriesSpec } from './series.js';
import { fractionStatistic, logRatioStatistic, maxLogRatio, worst } from './statistics.js';
import type { CurvePanelResult, Experiment, ExperimentSize, SeriesResult } from './types.js';

const ETA = 1;

interface Case {
  readonly nu: number;
  readonly point: 'B' | 'C';
  readonly p: number;
  readonly H: number;
  readonly seeds: number;
}

/** p^{ν−1}Hσ^{2ν} at the two points (B: of order 1; C: small). */
const BALANCE = { B: 1, C: 1 / 16 } as const;

type Sizes = { readonly cases: readonly Case[]; readonly tmax: number; readonly steps: number };

/** Prop. 7.1 is the limit H → ∞ and the paper gives no sizes: `paper` is `default`. */
const DEFAULT_SIZES: Sizes = {
  cases: [
    { nu: 2, point: 'B', p: 8, H: 1024, seeds: 4 },
    { nu: 2, point: 'C', p: 4, H: 2048, seeds: 4 },
    { nu: 3, point: 'B', p: 4, H: 1024, seeds: 4 },
    { nu: 3, point: 'C', p: 3, H: 2048, seeds: 4 },
  ],
  tmax: 2,
  steps: 80,
};

const SIZES: Record<ExperimentSize, Sizes> = {
  paper: DEFAULT_SIZES,
  default: DEFAULT_SIZES,
  quick: {
    cases: [
      { nu: 2, point: 'B', p: 4, H: 256, seeds: 4 },
      { nu: 2, point: 'C', p: 4, H: 512, seeds: 4 },
      { nu: 3, point: 'B', p: 3, H: 288, seeds: 4 },
      { nu: 3, point: 'C', p: 2, H: 512, seeds: 4 },
    ],
    tmax: 2,
    steps: 60,
  },
  tiny: {
    cases: [
      { nu: 2, point: 'B', p: 4, H: 128, seeds: 4 },
      { nu: 3, point: 'B', p: 2, H: 256, seeds: 4 },
    ],
    tmax: 1.5,
    steps: 30,
  },
};

const CONVENTIONS = [
  { key: 'eta', r: 'ntk-asym-r', loss: 'ntk-asym', label: 'theory, rate η (Prop. 7.1 as stated)' },
  { key: 'nu-eta', r: 'ntk-asym-r-nu-eta', loss: 'ntk-asym-nu-eta', label: 'theory, rate νη (App. H kernel limit)' },
] as const;

/**
 * Least-squares slope through the origin of y = −ln(1 − R/p) against t (the rate κ of
 * 1 − R/p = e^{−κt}), using the times where the residual 1 − R/p is above `floor`.
 */
export function fittedRate(times: readonly number[], residual: readonly (number | null)[], floor = 0.02): number | null {
  let sxy = 0;
  let sxx = 0;
  times.forEach((t, j) => {
    const r = residual[j];
    if (r === null || r === undefined || !(r > floor) || t <= 0) return;
    sxy += t * -Math.log(r);
    sxx += t * t;
  });
  return sxx > 0 ? sxy / sxx : null;
}

function caseName(c: Case): string {
  return `ν=${c.nu} ${c.point}`;
}

/** Compared range of the headline: νηt ≤ 2, where 1 − R/p ≥ e^{−2} stays well above the finite-size floor. */
const NU_ETA_T = 2;

/** Headline: max over cases of |ln((1 − R/p)_sim/e^{−νηt})| over νηt ≤ 2 (the residual series, theory curve 1 = rate νη). */
export function ntkAsymHeadline(residuals: readonly SeriesResult[]): number | null {
  return worst(residuals.map((s) => maxLogRatio(s, [0, NU_ETA_T / (s.parameters.nu * ETA)], 1)));
}

/** Comparisons (case × {1 − R/p, L}) where rate νη is closer to the simulation than rate η (max |ln| over the run). */
export function nuEtaWins(series: readonly SeriesResult[]): { wins: number; of: number } {
  const wins = series.filter((s) => (s.theory[1]!.deviation.maxLogRatio ?? Infinity) < (s.theory[0]!.deviation.maxLogRatio ?? Infinity)).length;
  return { wins, of: series.length };
}

export const ntkAsym: Experiment = {
  name: 'ntk-asym',
  title: 'ASYM NTK regime at points B and C: rate η or νη',
  paper: '§7 Prop. 7.1, App. H',
  plan(size) {
    const sz = SIZES[size];
    const jobs = jobTable(
      { scenario: 'asym', target: 'identity', tmax: sz.tmax, steps: sz.steps, method: 'rk4', times: { kind: 'lin', count: 41 } },
      sz.cases.map((c, k) => {
        const sigma2 = Math.pow(BALANCE[c.point] / (c.p ** (c.nu - 1) * c.H), 1 / c.nu);
        // T = η⁻¹Hσ^{2ν−2}
        return { id: `nu${c.nu}-${c.point}`, nu: c.nu, p: c.p, H: c.H, sigma2, T: (c.H * sigma2 ** (c.nu - 1)) / ETA, seeds: c.seeds, seed: 1000 * k };
      }),
    );
    const specs = jobs.map((job, k) => {
      const c = sz.cases[k]!;
      const derived = { eta: ETA, balance: BALANCE[c.point], HsigmaNu: c.H * Math.pow(job.sigma2, c.nu / 2), HoverPnu1: c.H / c.p ** (c.nu - 1) };
      const label = `${caseName(c)}: p = ${c.p}, H = ${c.H}`;
      const residual: SeriesSpec = {
        job, label, quantity: 'R/p', normalise: { offset: 1, divisor: -1, quantity: '1 − R/p' }, formulas: CONVENTIONS.map((cv) => ({ name: cv.r, label: cv.label })), derived,
      };
      const loss: SeriesSpec = { job, label, quantity: 'L', formulas: CONVENTIONS.map((cv) => ({ name: cv.loss, label: cv.label })), derived };
      return { residual, loss };
    });
    return {
      jobs,
      paperSizes: 'no sizes, Prop. 7.1 is the limit H → ∞',
      timeNormalisation: `T = η⁻¹Hσ^{2ν−2} with η = ${ETA} (the same T for both conventions); p^(ν−1)Hσ^(2ν) = 1 (point B) or 1/16 (point C)`,
      analyse(results) {
        const residuals = specs.map((sp) => seriesResult(sp.residual, results.get(sp.residual.job.id)!));
        const losses = specs.map((sp) => seriesResult(sp.loss, results.get(sp.loss.job.id)!));
        const title = (s: SeriesResult) => `${s.label}`;
        const panels: CurvePanelResult[] = [
          ...residuals.map((r): CurvePanelResult => ({
            kind: 'curves', id: `residual-${r.id}`, title: `1 − R/p, ${title(r)}`, x: { quantity: 't', scale: 'linear' }, y: { quantity: '1 − R/p = 1 − mean_i f_i…i', scale: 'log' }, series: [r],
          })),
          ...losses.map((l): CurvePanelResult => ({ kind: 'curves', id: `loss-${l.id}`, title: `Loss, ${title(l)}`, x: { quantity: 't', scale: 'linear' }, y: { quantity: 'L', scale: 'log' }, series: [l] })),
        ];
        const kappas = residuals.map((r) => {
          const k = fittedRate(r.times, r.simulation.mean);
          return k === null ? null : k / (r.parameters.nu * ETA);
        });
        const wins = nuEtaWins([...residuals, ...losses]);
        const verdict = wins.wins === wins.of ? 'nu-eta' : wins.wins === 0 ? 'eta' : 'undecided';
        return {
          headline: logRatioStatistic('residualNuEtaMaxLogRatio', `max |ln((1 − R/p)_sim/e^(−νηt))| over νηt ≤ ${NU_ETA_T}, all cases`, ntkAsymHeadline(residuals)),
          statistics: [
            fractionStatistic('nuEtaWins', 'comparisons (cases × {1 − R/p, L}, max |ln(sim/theory)| over the run) where rate νη beats rate η', wins.wins, wins.of),
            logRatioStatistic('fittedRateMaxLogRatio', 'max |ln(κ/νη)| of the rate κ fitted to 1 − R/p = e^(−κt)', worst(kappas.map((k) => (k === null ? null : Math.abs(Math.log(k)))))),
          ],
          panels,
          agreement: worstAgreement(panels, `for rate νη over t ∈ [0, ${sz.tmax}]`, (f) => f === 'ntk-asym-r-nu-eta' || f === 'ntk-asym-nu-eta'),
          findings: {
            rateConvention: verdict,
            evidence: residuals.map((r, k) => ({
              case: caseName(sz.cases[k]!), p: r.parameters.p, H: r.parameters.H, sigma2: r.parameters.sigma2, T: r.parameters.T, runs: r.parameters.seeds,
              fittedRateOverEta: kappas[k] === null ? null : kappas[k]! * r.parameters.nu,
              residualMaxLogRatio: Object.fromEntries(CONVENTIONS.map((cv, i) => [cv.key, r.theory[i]!.deviation.maxLogRatio])),
              lossMaxLogRatio: Object.fromEntries(CONVENTIONS.map((cv, i) => [cv.key, losses[k]!.theory[i]!.deviation.maxLogRatio])),
            })),
          },
        };
      },
    };
  },
  // one row per case: its 1 − R/p beside its loss (the panels list every 1 − R/p, then every loss)
  figure: (result) => {
    const half = result.panels.length / 2;
    const rows = result.panels.slice(0, half).flatMap((residual, k) => [residual, result.panels[half + k]!]);
    return resultFigure({ ...result, panels: rows }, 2);
  },
};
