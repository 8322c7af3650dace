/**
 * Types shared by the experiment reproductions (paper §6–9 and App. L): what an experiment plans
 * (simulation jobs), what it reports (panels of series with theory and deviation statistics) and
 * the JSON it writes. Every number is a float (simulation and closed forms alike).
 */
import type { Figure } from '../render/index.js';
import type { SimulateOptions, SimulationResult } from '../simulate/index.js';

/**
 * Size preset: `paper` (the sizes of the paper's figures: core-days to core-years, for a batch
 * system, see `--plan` and `--shard`), `default` (minutes), `quick` (under a minute) and `tiny`
 * (seconds, for tests; a smoke configuration, not a reproduction).
 */
export type ExperimentSize = 'paper' | 'default' | 'quick' | 'tiny';

/** The size presets, largest first. */
export const EXPERIMENT_SIZES: readonly ExperimentSize[] = ['paper', 'default', 'quick', 'tiny'];

/** One gradient-flow simulation to run (the simulator's options in plain data). */
export type SimulationJob = Required<Omit<SimulateOptions, 'model'>> & {
  /** Unique within the experiment, e.g. `under/c=1`. */
  readonly id: string;
  readonly nu: number;
  readonly scenario: 'sym' | 'asym';
  /** Target as `gfd --target` reads it: `identity`, `zero`, … */
  readonly target: string;
};

/** Options common to all experiments. */
export interface ExperimentOptions {
  readonly size: ExperimentSize;
  /** Override the number of runs of every simulation. */
  readonly seeds?: number;
  /** Worker threads per simulation (default: the simulator's). */
  readonly threads?: number;
  /** Progress over all simulation steps of the experiment. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Deviation of the simulated mean (or median) from a theory curve over the compared (= plotted) times. */
export interface Deviation {
  /** max_t |mean(t) − theory(t)| / |theory(t)|; null if no time could be compared. */
  readonly maxRelative: number | null;
  /** Time where the maximum is taken. */
  readonly at: number | null;
  readonly simulationAt: number | null;
  readonly theoryAt: number | null;
  /** (mean − theory)/(std/√runs) at that time: the deviation in standard errors of the mean. */
  readonly standardErrorsAt: number | null;
  /** Mean of the relative deviation over the compared times. */
  readonly meanRelative: number | null;
  /**
   * max_t |ln(mean(t)/theory(t))| over the compared times where both are positive: a symmetric
   * measure (the relative deviation cannot exceed 1 when theory is too large, but can grow without
   * bound when it is too small).
   */
  readonly maxLogRatio: number | null;
  /** Number of compared times and their range. */
  readonly points: number;
  readonly range: readonly [number, number] | null;
}

/** A closed-form curve evaluated for one simulated series. */
export interface TheoryCurve {
  /** Registry name (`curveFormulas`), or the name of a computed curve such as 'resummed-limit'. */
  readonly formula: string;
  readonly label: string;
  /** Values at the simulation's times (null outside the formula's domain). */
  readonly values: (number | null)[];
  /** A fine grid for drawing. */
  readonly dense: { readonly times: number[]; readonly values: (number | null)[] };
  readonly deviation: Deviation;
}

/** One simulated quantity against its theory. */
export interface SeriesResult {
  readonly id: string;
  readonly label: string;
  readonly parameters: SimulationJob & { readonly dt: number };
  /** Constants of the closed forms (rates, initial loss, …) for these parameters. */
  readonly derived: Readonly<Record<string, number | string | null>>;
  /** What is compared: the loss L, the mean diagonal R/p, or (raw − offset)/divisor of one of them (e.g. L/(p/2)). */
  readonly quantity: string;
  /** Simulation and theory values are (raw quantity − offset)/divisor. */
  readonly divisor: number;
  readonly offset: number;
  readonly times: number[];
  /** Which statistic over runs is compared with theory and plotted. */
  readonly statistic: 'mean' | 'median';
  readonly simulation: {
    readonly mean: (number | null)[];
    readonly std: (number | null)[];
    readonly count: number[];
    /** With statistic `median`: median and quartiles over runs (diverged runs count as +∞). */
    readonly median?: (number | null)[];
    readonly q25?: (number | null)[];
    readonly q75?: (number | null)[];
  };
  /** Runs that diverged (loss not finite) before tmax, and their last finite times. */
  readonly diverged: number;
  readonly lastFiniteTimes: (number | null)[];
  readonly theory: TheoryCurve[];
  /** Times compared and plotted: [from, to]. */
  readonly window: readonly [number, number];
}

/** A panel of curves, plotted as stored (series values already normalised). */
export interface CurvePanelResult {
  readonly kind: 'curves';
  readonly id: string;
  readonly title: string;
  readonly x: { readonly quantity: 't' | 't+1'; readonly scale: 'linear' | 'log' };
  readonly y: { readonly quantity: string; readonly scale: 'linear' | 'log'; readonly domain?: readonly [number, number] };
  readonly series: SeriesResult[];
  /** Horizontal reference lines in plotted units. */
  readonly rules?: { readonly y: number; readonly label: string }[];
}

/** One cell of a parameter grid of runs. */
export interface GridCell {
  readonly theta: number;
  readonly rho: number;
  readonly p: number;
  readonly H: number;
  readonly sigma2: number;
  readonly T: number;
  readonly horizon: number;
  readonly steps: number;
  readonly runs: number;
  readonly diverged: number;
  readonly rate: number;
  /** Mean over diverged runs of the last time with a finite loss (null if none diverged). */
  readonly meanBlowUpTime: number | null;
  readonly theory: { readonly rhoStar: number; readonly regime: 'low-noise' | 'high-noise'; readonly tCrit: number | null };
}

export interface GridPanelResult {
  readonly kind: 'grid';
  readonly id: string;
  readonly title: string;
  readonly cells: GridCell[];
  /** Cell edges (log-spaced) in θ and ρ. */
  readonly thetaEdges: number[];
  readonly rhoEdges: number[];
  /** The boundary ρ*(θ) sampled for drawing. */
  readonly boundary: { readonly theta: number[]; readonly rhoStar: number[] };
  /** Where the theory's blow-up time equals the horizon: ρ = fρ*(θ) with t_crit(fρ*) = −horizon. */
  readonly horizonBoundary?: { readonly theta: number[]; readonly rho: number[] };
  readonly markers?: { readonly label: string; readonly theta: number; readonly rho: number }[];
}

/** The deviation at one size p (error: its standard error, null if unknown). */
export interface TrendPoint {
  readonly p: number;
  readonly value: number;
  readonly error: number | null;
}

/** deviation ≈ amplitude · p^slope, fitted on log-log axes (trend.ts). */
export interface PowerFit {
  readonly slope: number;
  /** Standard error of the slope; null if it cannot be estimated (two points without errors). */
  readonly slopeError: number | null;
  readonly amplitude: number;
  readonly points: number;
  /** Whether the points were weighted by their errors. */
  readonly weighted: boolean;
}

export interface TrendGroup {
  readonly label: string;
  readonly points: TrendPoint[];
  readonly fit: PowerFit | null;
}

/** "Deviation vs p": one group of points per scenario, each with its power-law fit. */
export interface TrendPanelResult {
  readonly kind: 'trend';
  readonly id: string;
  readonly title: string;
  readonly y: { readonly quantity: string };
  readonly groups: TrendGroup[];
}

export type PanelResult = CurvePanelResult | GridPanelResult | TrendPanelResult;

/**
 * A number an analysis computes from the simulations, with what theory predicts for it: a
 * |ln(simulation/theory)| (theory 0), a fraction of agreeing verdicts (theory 1), a ratio (theory 1).
 */
export interface Statistic {
  /** Stable key, e.g. `lateDecadeMaxLogRatio`. */
  readonly key: string;
  /** What is measured and over which range, in words (the summary prints it as is). */
  readonly text: string;
  readonly value: number | null;
  /** How the summary prints it: a number, a percentage, or a fraction of `of` (e.g. cells). */
  readonly unit: 'number' | 'percent' | 'fraction';
  /** The value theory predicts at infinite size (0 for a deviation, 1 for a verdict fraction). */
  readonly theory: number;
  /** With unit `fraction`: the count behind it (value = count/of). */
  readonly count?: number;
  readonly of?: number;
}

/** The headline agreement figure of an experiment. */
export interface Agreement {
  readonly maxRelative: number | null;
  readonly panel: string | null;
  readonly series: string | null;
  readonly formula: string | null;
  readonly at: number | null;
  /** What the maximum is over, in words. */
  readonly over: string;
}

/** The JSON document `gfd experiment` writes (see the command's documentation). */
export interface ExperimentResult {
  readonly experiment: string;
  readonly title: string;
  readonly paper: string;
  readonly size: ExperimentSize;
  /** The statistic theory predicts at the sizes used (what the tests bound); the summary leads with it. */
  readonly headline: Statistic;
  /** Further statistics of the analysis, in the order the summary prints them. */
  readonly statistics: Statistic[];
  /** Sizes used, in words (e.g. `under: p = H = 128; over: p = 4, H = 1024`). */
  readonly sizes: string;
  readonly integrator: string;
  readonly timeNormalisation: string;
  readonly generator: string;
  readonly panels: PanelResult[];
  readonly agreement: Agreement;
  /** Experiment-specific conclusions with their evidence (e.g. the NTK rate convention). */
  readonly findings: Readonly<Record<string, unknown>>;
  readonly summary: string;
}

/** Simulation results by job id. */
export type JobResults = ReadonlyMap<string, SimulationResult>;

/**
 * What an experiment's analysis produces: numbers only (the runner adds names, sizes and integrator
 * read from the jobs, timing, and the summary written from these numbers).
 */
export interface Analysis {
  readonly headline: Statistic;
  readonly statistics: Statistic[];
  readonly panels: PanelResult[];
  readonly agreement: Agreement;
  readonly findings: Readonly<Record<string, unknown>>;
}

/** The simulations of an experiment at one size, and the analysis of their results. */
export interface ExperimentPlan {
  readonly jobs: SimulationJob[];
  /** The paper's sizes, in words (appended to the sizes read from the jobs). */
  readonly paperSizes: string;
  /** How σ² and T are chosen, in words. */
  readonly timeNormalisation: string;
  analyse(results: JobResults): Analysis;
}

/** An experiment: a plan of simulations, an analysis of their results and a figure. */
export interface Experiment {
  readonly name: string;
  readonly title: string;
  /** Figures/sections of the paper it reproduces. */
  readonly paper: string;
  /** The simulations to run at a size (before any --seeds override). */
  plan(size: ExperimentSize): ExperimentPlan;
  /** The figure of a result. */
  figure(result: ExperimentResult): Figure;
}
