/**
 * `free-asym-nu3` — Fig. 3 of the paper: free evolution (zero target) of ASYM ν = 3.
 *
 * Over-parameterized (H ≫ p²): E[L(t)] = E[L(0)] e^{−ct}, c = 2νσ^{2(ν−1)}H/T = 6Hσ⁴/T (§6, App. G).
 * Under-parameterized (H ≪ p²): E[L(t)] = E[L(0)](1 + ct)^{−3/2}, c = 2(ν−1)p^{ν−1}σ^{2(ν−1)}/T = 4p²σ⁴/T
 * (§6 eq. free-underparam-loss). As in the figure, σ is chosen so that E[L(0)] = ½p³Hσ⁶ = 1 (exact
 * in ASYM) and T so that c = 1, 1/2, 1/4. The curves with different c are independent runs (other
 * seeds); they differ only by the time scale.
 */
import { worstAgreement } from './deviation.js';
import { jobTable, type JobRow } from './jobs.js';
import { resultFigure } from './panelPlot.js';
import { curvePanel, type SeriesSpec } from './series.js';
import { logRatioStatistic, maxLogRatio, worst } from './statistics.js';
import type { CurvePanelResult, Experiment, ExperimentSize, SimulationJob } from './types.js';

const NU = 3;

interface Sizes {
  readonly over: { readonly p: number; readonly H: number; readonly seeds: number; readonly tmax: number };
  readonly under: { readonly p: number; readonly H: number; readonly seeds: number; readonly tmax: number };
  readonly rates: readonly number[];
}

const SIZES: Record<ExperimentSize, Sizes> = {
  paper: { over: { p: 32, H: 32768, seeds: 12, tmax: 10 }, under: { p: 128, H: 128, seeds: 4, tmax: 99 }, rates: [1, 0.5, 0.25] },
  default: { over: { p: 4, H: 1024, seeds: 12, tmax: 10 }, under: { p: 128, H: 128, seeds: 4, tmax: 99 }, rates: [1, 0.5, 0.25] },
  quick: { over: { p: 3, H: 576, seeds: 4, tmax: 10 }, under: { p: 48, H: 48, seeds: 4, tmax: 99 }, rates: [1, 0.5, 0.25] },
  tiny: { over: { p: 2, H: 256, seeds: 4, tmax: 3 }, under: { p: 16, H: 8, seeds: 3, tmax: 9 }, rates: [1] },
};

/** RK4 step in units of 1/c: 0.1 for the exponential, 0.5 for the power law (converged to < 0.1 %). */
const STEP_OVER = 0.1;
const STEP_UNDER = 0.5;

/**
 * Ranges of ct where the formulas hold at finite sizes. Over-parameterized: the first two e-folds
 * (at finite H/p² the decay slows down later: at p = 3, H = 576, |ln| of the ratio to e^{−ct} is
 * 0.06 at ct = 2.5, 0.25 at ct = 5 and 0.9 at ct = 10). Under-parameterized: ct ≤ p²/(4H) (the drift of ln(sim/theory) is
 * about −0.3(H/p²)ct at p = H = 48).
 */
const OVER_CT = 2;
const underCt = (p: number, H: number) => (p * p) / (4 * H);

/** σ² with E[L(0)] = ½p³Hσ⁶ = 1. */
function unitLossSigma2(p: number, H: number): number {
  return Math.cbrt(2 / (p ** NU * H));
}

function label(c: number): string {
  return `c = ${c === 1 ? '1' : c === 0.5 ? '1/2' : c === 0.25 ? '1/4' : String(c)}`;
}

/** The jobs of a panel: T from c (c·T fixed by the panel's rate formula), one row per rate. */
function panelJobs(panel: 'over' | 'under', sz: Sizes): SimulationJob[] {
  const { p, H, seeds, tmax } = sz[panel];
  const sigma2 = unitLossSigma2(p, H);
  // c = 6Hσ⁴/T (Fig. 3 left) or 4p²σ⁴/T (Fig. 3 right)
  const cT = panel === 'over' ? 6 * H * sigma2 ** 2 : 4 * (p * sigma2) ** 2;
  const rows: JobRow[] = sz.rates.map((c, k) => ({
    id: `${panel}/${label(c)}`, T: cT / c, step: (panel === 'over' ? STEP_OVER : STEP_UNDER) / c, seed: 1000 * k + (panel === 'over' ? 0 : 500),
  }));
  return jobTable(
    { nu: NU, scenario: 'asym', target: 'zero', p, H, sigma2, tmax, method: 'rk4', seeds, times: { kind: panel === 'over' ? 'lin' : 'log', count: panel === 'over' ? 41 : 40 } },
    rows,
  );
}

/** The rate c of a series (derived from its job). */
const rate = (s: CurvePanelResult['series'][number]) => s.derived.c as number;

/**
 * Headline: max over curves of |ln| of the simulated E[L(t)]/E[L(0)] against the theory's, over
 * ct ≤ 2 (over) and ct ≤ p²/(4H) (under).
 */
export function freeAsymNu3Headline(panels: readonly CurvePanelResult[]): { over: number | null; under: number | null } {
  const [over, under] = panels;
  return {
    over: worst(over!.series.map((s) => maxLogRatio(s, [0, OVER_CT / rate(s)], 0, true))),
    under: worst(under!.series.map((s) => maxLogRatio(s, [0, underCt(s.parameters.p, s.parameters.H) / rate(s)], 0, true))),
  };
}

export const freeAsymNu3: Experiment = {
  name: 'free-asym-nu3',
  title: 'free evolution of ASYM ν=3, over- and under-parameterized',
  paper: 'Fig. 3, §6, App. G',
  plan(size) {
    const sz = SIZES[size];
    const over = panelJobs('over', sz);
    const under = panelJobs('under', sz);
    const spec = (job: SimulationJob, k: number, formula: 'free-over' | 'free-under'): SeriesSpec => ({
      job, label: label(sz.rates[k]!), quantity: 'L', derived: { c: sz.rates[k]! }, logTime: formula === 'free-under',
      formulas: [{ name: formula, label: formula === 'free-over' ? 'theory: exp(−ct)' : 'theory: (1+ct)^(−3/2)' }],
    });
    const uCt = underCt(sz.under.p, sz.under.H);
    return {
      jobs: [...over, ...under],
      paperSizes: 'over p = 32, H = 32768; under p = H = 128',
      timeNormalisation: 'σ² with E[L(0)] = ½p³Hσ⁶ = 1; T = 6Hσ⁴/c (over) or 4p²σ⁴/c (under)',
      analyse(results) {
        const panels = [
          curvePanel(results, { id: 'over', title: `Over-parameterized: p = ${sz.over.p}, H = ${sz.over.H}; c = 6Hσ⁴/T`, x: { quantity: 't', scale: 'linear' }, y: { quantity: 'L', scale: 'log' } }, over.map((j, k) => spec(j, k, 'free-over'))),
          curvePanel(results, { id: 'under', title: `Under-parameterized: p = ${sz.under.p}, H = ${sz.under.H}; c = 4p²σ⁴/T`, x: { quantity: 't+1', scale: 'log' }, y: { quantity: 'L', scale: 'log' } }, under.map((j, k) => spec(j, k, 'free-under'))),
        ];
        const h = freeAsymNu3Headline(panels);
        const overText = `ct ≤ ${OVER_CT} (over-parameterized)`;
        const underText = `ct ≤ p²/(4H) = ${uCt} (under-parameterized)`;
        return {
          headline: logRatioStatistic('shapeMaxLogRatio', `max |ln| of simulated E[L(t)]/E[L(0)] against theory over ${overText} and ${underText}`, worst([h.over, h.under])),
          statistics: [
            logRatioStatistic('overShapeMaxLogRatio', `the same over ${overText} only`, h.over),
            logRatioStatistic('underShapeMaxLogRatio', `the same over ${underText} only`, h.under),
          ],
          panels,
          agreement: worstAgreement(panels, `over t ∈ [0, ${sz.over.tmax}] (over) and t + 1 ∈ [1, ${sz.under.tmax + 1}] (under)`),
          findings: { overCtRange: OVER_CT, underCtRange: uCt },
        };
      },
    };
  },
  figure: (result) => resultFigure(result, 2),
};
