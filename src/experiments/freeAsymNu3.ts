/**
 * `free-asym-nu3` — Fig. 3 of the paper: free evolution (zero target) of ASYM ν = 3.
 *
 * Over-parameterized (H ≫ p²): E[L(t)] = E[L(0)] e^{−ct}, c = 2νσ^{2(ν−1)}H/T = 6Hσ⁴/T (§6, App. G).
 * Under-parameterized (H ≪ p²): E[L(t)] = E[L(0)](1 + ct)^{−3/2}, c = 2(ν−1)p^{ν−1}σ^{2(ν−1)}/T = 4p²σ⁴/T
 * (§6 eq. free-underparam-loss). As in the figure, σ is chosen so that E[L(0)] = ½p³Hσ⁶ = 1 (exact
 * in ASYM) and T so that c = 1, 1/2, 1/4. The curves with different c are independent runs (other
 * seeds); they differ only by the time scale.
 */
import { relativeDeviation, worstAgreement } from './deviation.js';
import { percent } from './format.js';
import { resultFigure } from './panelPlot.js';
import { seriesResult, type SeriesSpec } from './series.js';
import type { CurvePanelResult, Experiment, ExperimentSize, JobResults, SimulationJob } from './types.js';

const NU = 3;

interface Sizes {
  readonly over: { readonly p: number; readonly H: number; readonly seeds: number; readonly tmax: number };
  readonly under: { readonly p: number; readonly H: number; readonly seeds: number; readonly tmax: number };
  readonly rates: readonly number[];
}

const SIZES: Record<ExperimentSize, Sizes> = {
  default: { over: { p: 4, H: 1024, seeds: 12, tmax: 10 }, under: { p: 128, H: 128, seeds: 4, tmax: 99 }, rates: [1, 0.5, 0.25] },
  quick: { over: { p: 3, H: 576, seeds: 4, tmax: 10 }, under: { p: 48, H: 48, seeds: 4, tmax: 99 }, rates: [1, 0.5, 0.25] },
  tiny: { over: { p: 2, H: 64, seeds: 3, tmax: 3 }, under: { p: 12, H: 12, seeds: 3, tmax: 9 }, rates: [1] },
};

/** RK4 step in units of 1/c: 0.1 for the exponential, 0.5 for the power law (converged to < 0.1 %). */
const STEP_OVER = 0.1;
const STEP_UNDER = 0.5;

/** σ² with E[L(0)] = ½p³Hσ⁶ = 1. */
function unitLossSigma2(p: number, H: number): number {
  return Math.cbrt(2 / (p ** NU * H));
}

function label(c: number): string {
  return `c = ${c === 1 ? '1' : c === 0.5 ? '1/2' : c === 0.25 ? '1/4' : String(c)}`;
}

export const freeAsymNu3: Experiment = {
  name: 'free-asym-nu3',
  title: 'free evolution of ASYM ν=3, over- and under-parameterized',
  paper: 'Fig. 3, §6, App. G',
  plan(size) {
    const sz = SIZES[size];
    const overSpecs: SeriesSpec[] = [];
    const underSpecs: SeriesSpec[] = [];
    const jobs: SimulationJob[] = [];
    sz.rates.forEach((c, k) => {
      {
        const { p, H, seeds, tmax } = sz.over;
        const sigma2 = unitLossSigma2(p, H);
        const T = (6 * H * sigma2 ** 2) / c; // c = 6Hσ⁴/T (Fig. 3 left)
        const job: SimulationJob = {
          id: `over/${label(c)}`, nu: NU, scenario: 'asym', target: 'zero', p, H, sigma2, T, tmax,
          steps: Math.ceil((c * tmax) / STEP_OVER), method: 'rk4', seeds, seed: 1000 * k, times: { kind: 'lin', count: 41 },
        };
        jobs.push(job);
        overSpecs.push({ job, label: label(c), quantity: 'L', formulas: [{ name: 'free-over', label: 'theory: exp(−ct)' }], derived: { c } });
      }
      {
        const { p, H, seeds, tmax } = sz.under;
        const sigma2 = unitLossSigma2(p, H);
        const T = (4 * (p * sigma2) ** 2) / c; // c = 4p²σ⁴/T (Fig. 3 right)
        const job: SimulationJob = {
          id: `under/${label(c)}`, nu: NU, scenario: 'asym', target: 'zero', p, H, sigma2, T, tmax,
          steps: Math.ceil((c * tmax) / STEP_UNDER), method: 'rk4', seeds, seed: 1000 * k + 500, times: { kind: 'log', count: 40 },
        };
        jobs.push(job);
        underSpecs.push({ job, label: label(c), quantity: 'L', formulas: [{ name: 'free-under', label: 'theory: (1+ct)^(−3/2)' }], logTime: true, derived: { c } });
      }
    });
    return {
      jobs,
      analyse(results: JobResults) {
        const over: CurvePanelResult = {
          kind: 'curves',
          id: 'over',
          title: `Over-parameterized: p = ${sz.over.p}, H = ${sz.over.H}; c = 6Hσ⁴/T`,
          x: { quantity: 't', scale: 'linear' },
          y: { quantity: 'L', scale: 'log' },
          series: overSpecs.map((s) => seriesResult(s, results.get(s.job.id)!)),
        };
        const under: CurvePanelResult = {
          kind: 'curves',
          id: 'under',
          title: `Under-parameterized: p = ${sz.under.p}, H = ${sz.under.H}; c = 4p²σ⁴/T`,
          x: { quantity: 't+1', scale: 'log' },
          y: { quantity: 'L', scale: 'log' },
          series: underSpecs.map((s) => seriesResult(s, results.get(s.job.id)!)),
        };
        const panels = [over, under];
        const perCurve = panels.flatMap((pn) => pn.series.map((s) => `${pn.id} ${s.label}: ${percent(s.theory[0]!.deviation.maxRelative)}`));
        // The curves differ only by the time scale: compare them over the same range of ct.
        const ctMax = Math.min(...sz.rates) * sz.over.tmax;
        const common = over.series.map((s) => {
          const c = s.derived.c as number;
          const { mean, std, count } = s.simulation;
          return { curve: s.label, ctMax, maxRelative: relativeDeviation(s.times, mean, std, count, s.theory[0]!.values, [0, ctMax / c]).maxRelative };
        });
        return {
          sizes: `over-parameterized p = ${sz.over.p}, H = ${sz.over.H} (H/p² = ${sz.over.H / sz.over.p ** 2}), ${sz.over.seeds} runs per curve; under-parameterized p = ${sz.under.p}, H = ${sz.under.H}, ${sz.under.seeds} runs per curve (paper: p = 32, H = 32768 and p = H = 128)`,
          integrator: `RK4 with step ${STEP_OVER}/c (over) and ${STEP_UNDER}/c (under)`,
          timeNormalisation: 'σ² with E[L(0)] = ½p³Hσ⁶ = 1; T = 6Hσ⁴/c (over) or 4p²σ⁴/c (under), c = 1, 1/2, 1/4',
          panels,
          agreement: worstAgreement(panels, `over t ∈ [0, ${sz.over.tmax}] (over) and t + 1 ∈ [1, ${sz.under.tmax + 1}] (under)`),
          findings: { overSameCtRange: common },
          summaryDetail:
            `Per curve: ${perCurve.join('; ')}. Over-parameterized, over the common range ct ≤ ${ctMax}: ${common.map((x) => `${x.curve} ${percent(x.maxRelative)}`).join(', ')} ` +
            `(the deviation grows with ct: at finite H/p² the decay is slower than one exponential at late times).`,
        };
      },
    };
  },
  figure: (result) => resultFigure(result, 2),
};
