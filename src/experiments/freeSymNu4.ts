/**
 * `free-sym-nu4` — Fig. 4 and App. L (Fig. app-free-nu4): free evolution (zero target) of SYM ν = 4.
 *
 * General H (Fig. 4, App. G boxed formula): E[L(t)] = E[L(0)](1 + ct)^{−4/3} with
 * E[L(0)] = ½p⁴Hσ⁸θ, c = 24θp³σ⁶/T, θ = 1 + 3H/p²; as in the figure E[L(0)] = 1 and T = 96p³σ⁶,
 * so c = θ/4, for H = 4p², p², p²/4.
 * Under-parameterized (App. L left): E[L(0)] = ½p⁴Hσ⁸ = 1, c = 24p³σ⁶/T = 1/4, H = p/2.
 * Over-parameterized (App. L right): E[L(0)] = ½·3p²H²σ⁸ = 1, c = 72pHσ⁶/T = 1/4, H = p³.
 * E[L(0)] here is the theory's leading term: at small p the exact initial loss is larger (App. L).
 */
import { relativeDeviation, worstAgreement } from './deviation.js';
import { percent, sig } from './format.js';
import { resultFigure } from './panelPlot.js';
import { seriesResult, type SeriesSpec } from './series.js';
import type { CurvePanelResult, Experiment, ExperimentSize, JobResults, SimulationJob } from './types.js';

const NU = 4;
const TMAX = 99;
/** RK4 step in units of 1/c (converged to about 0.1 %; twice this step is unstable for H = 4p²). */
const STEP = 0.6;

interface Sizes {
  /** p of the general-H panel, and runs per curve. */
  readonly general: { readonly p: number; readonly seeds: number };
  readonly under: readonly { readonly p: number; readonly seeds: number }[];
  readonly over: readonly { readonly p: number; readonly seeds: number }[];
  readonly tmax: number;
}

const SIZES: Record<ExperimentSize, Sizes> = {
  default: {
    general: { p: 16, seeds: 4 },
    under: [{ p: 64, seeds: 8 }, { p: 32, seeds: 8 }, { p: 16, seeds: 16 }],
    over: [{ p: 16, seeds: 2 }, { p: 8, seeds: 8 }, { p: 4, seeds: 16 }],
    tmax: TMAX,
  },
  quick: {
    general: { p: 8, seeds: 2 },
    under: [{ p: 32, seeds: 4 }, { p: 16, seeds: 8 }],
    over: [{ p: 8, seeds: 4 }, { p: 4, seeds: 8 }],
    tmax: TMAX,
  },
  tiny: {
    general: { p: 4, seeds: 4 },
    under: [{ p: 16, seeds: 4 }],
    over: [{ p: 4, seeds: 4 }],
    tmax: 9,
  },
};

function job(id: string, p: number, H: number, sigma2: number, T: number, c: number, tmax: number, seeds: number, seed: number): SimulationJob {
  return {
    id, nu: NU, scenario: 'sym', target: 'zero', p, H, sigma2, T, tmax,
    steps: Math.ceil((c * tmax) / STEP), method: 'rk4', seeds, seed, times: { kind: 'log', count: 40 },
  };
}

export const freeSymNu4: Experiment = {
  name: 'free-sym-nu4',
  title: 'free evolution of SYM ν=4: general H, under- and over-parameterized',
  paper: 'Fig. 4, App. G, App. L',
  plan(size) {
    const sz = SIZES[size];
    const jobs: SimulationJob[] = [];
    const general: SeriesSpec[] = [];
    const under: SeriesSpec[] = [];
    const over: SeriesSpec[] = [];
    const pg = sz.general.p;
    [
      { H: 4 * pg * pg, name: '4p²' },
      { H: pg * pg, name: 'p²' },
      { H: (pg * pg) / 4, name: 'p²/4' },
    ].forEach(({ H, name }, k) => {
      const theta = 1 + (3 * H) / (pg * pg);
      const sigma2 = Math.pow(2 / (pg ** 4 * H * theta), 1 / 4); // ½p⁴Hσ⁸θ = 1
      const T = 96 * pg ** 3 * sigma2 ** 3; // Fig. 4: T = 96p³σ⁶
      const c = theta / 4;
      const j = job(`general/H=${name}`, pg, H, sigma2, T, c, sz.tmax, sz.general.seeds, 100 * k);
      jobs.push(j);
      general.push({ job: j, label: `H = ${name} = ${H}`, quantity: 'L', formulas: [{ name: 'free-sym-even', label: 'theory: (1+ct)^(−4/3), c = 24θp³σ⁶/T' }], logTime: true, derived: { c } });
    });
    sz.under.forEach(({ p, seeds }, k) => {
      const H = p / 2;
      const sigma2 = Math.pow(2 / (p ** 4 * H), 1 / 4); // ½p⁴Hσ⁸ = 1
      const c = 0.25;
      const T = (24 * p ** 3 * sigma2 ** 3) / c; // c = 24p³σ⁶/T
      const j = job(`under/p=${p}`, p, H, sigma2, T, c, sz.tmax, seeds, 1000 + 100 * k);
      jobs.push(j);
      under.push({ job: j, label: `p = ${p}, H = p/2 = ${H}`, quantity: 'L', formulas: [{ name: 'free-under', label: 'theory: (1+ct)^(−4/3), c = 1/4' }], logTime: true, derived: { c } });
    });
    sz.over.forEach(({ p, seeds }, k) => {
      const H = p ** 3;
      const sigma2 = Math.pow(2 / (3 * p * p * H * H), 1 / 4); // ½·3p²H²σ⁸ = 1
      const c = 0.25;
      const T = (72 * p * H * sigma2 ** 3) / c; // c = 72pHσ⁶/T
      const j = job(`over/p=${p}`, p, H, sigma2, T, c, sz.tmax, seeds, 2000 + 100 * k);
      jobs.push(j);
      over.push({ job: j, label: `p = ${p}, H = p³ = ${H}`, quantity: 'L', formulas: [{ name: 'free-over', label: 'theory: (1+ct)^(−4/3), c = 1/4' }], logTime: true, derived: { c } });
    });
    return {
      jobs,
      analyse(results: JobResults) {
        const panel = (id: string, title: string, specs: SeriesSpec[]): CurvePanelResult => ({
          kind: 'curves',
          id,
          title,
          x: { quantity: 't+1', scale: 'log' },
          y: { quantity: 'L', scale: 'log' },
          series: specs.map((s) => seriesResult(s, results.get(s.job.id)!)),
        });
        const panels = [
          panel('general', `General H (Fig. 4): p = ${pg}, T = 96p³σ⁶, c = θ/4`, general),
          panel('under', 'Under-parameterized (App. L): H = p/2, c = 24p³σ⁶/T = 1/4', under),
          panel('over', 'Over-parameterized (App. L): H = p³, c = 72pHσ⁶/T = 1/4', over),
        ];
        const perCurve = panels.flatMap((pn) =>
          pn.series.map((s) => {
            const d = s.theory[0]!.deviation;
            return `${pn.id} ${s.label}: ${percent(d.maxRelative)} at t = ${d.at === null ? '—' : sig(d.at)}`;
          }),
        );
        const late = panels.flatMap((pn) => pn.series.map((s) => lateDeviation(s)));
        const initial = panels.flatMap((pn) => pn.series.map((s) => initialLoss(s)));
        const range = (xs: number[]) => `${sig(Math.min(...xs), 3)}–${sig(Math.max(...xs), 3)}`;
        return {
          sizes: `general H: p = ${pg}, H = ${4 * pg * pg}, ${pg * pg}, ${(pg * pg) / 4} (${sz.general.seeds} runs each; paper p = 64); under: ${sz.under.map((u) => `p = ${u.p}`).join(', ')} with H = p/2; over: ${sz.over.map((u) => `p = ${u.p}`).join(', ')} with H = p³ (paper p = 16, 8, 4)`,
          integrator: `RK4 with step ${STEP}/c over t ∈ [0, ${sz.tmax}]`,
          timeNormalisation: 'theory E[L(0)] = 1 by σ; T = 96p³σ⁶ (general), or T with c = 1/4 (under, over), as in Fig. 4 and App. L',
          panels,
          agreement: worstAgreement(panels, `over t + 1 ∈ [1, ${sz.tmax + 1}]`),
          findings: {
            lateTimeDeviation: Object.fromEntries(late.map((l) => [l.id, l.deviation])),
            initialLoss: initial,
            note: 'At small p the exact E[L(0)] exceeds the leading-order value 1, so the largest deviations sit at t = 0; the curves approach theory at late times (App. L).',
          },
          summaryDetail:
            `Per curve (max, where): ${perCurve.join('; ')}. Over the last decade t + 1 ∈ [${(sz.tmax + 1) / 10}, ${sz.tmax + 1}] the max deviation is ${percent(Math.max(...late.map((l) => l.deviation ?? 0)))}. ` +
            `At t = 0 the exact finite-size E[L(0)] (series engine) is ${range(initial.map((i) => i.exactOverLeading))} times the leading-order value 1, and the simulated mean L(0) is ${range(initial.map((i) => i.simulatedOverExact))} times the exact value.`,
        };
      },
    };
  },
  figure: (result) => resultFigure(result, 3),
};

/** Leading-order E[L(0)] (theory at t = 0), the exact E[L(0)] and the simulated mean at t = 0. */
function initialLoss(s: CurvePanelResult['series'][number]): { id: string; leading: number; exact: number; simulated: number; exactOverLeading: number; simulatedOverExact: number } {
  const leading = s.theory[0]!.values[0]!;
  const exact = s.derived.exactInitialLoss as number;
  const simulated = s.simulation.mean[0]!;
  return { id: s.id, leading, exact, simulated, exactOverLeading: exact / leading, simulatedOverExact: simulated / exact };
}

/** Max relative deviation over the last decade of t + 1 (where App. L notes convergence to theory). */
function lateDeviation(s: CurvePanelResult['series'][number]): { id: string; deviation: number | null } {
  const from = (s.window[1] + 1) / 10 - 1;
  const { mean, std, count } = s.simulation;
  return { id: s.id, deviation: relativeDeviation(s.times, mean, std, count, s.theory[0]!.values, [from, s.window[1]]).maxRelative };
}
