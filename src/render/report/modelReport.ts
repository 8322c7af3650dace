/**
 * The data of one model's report section, as plain JSON (the document of `gfd report --format
 * json`, docs/json.md): the exact Y_0 … Y_S, the Pareto front and polygon of every s with its
 * Theorem 4.1 (or odd-ν) verdict, the learning regimes, and per regime the scaling it leads
 * along, the limit series c_s(y, z) there and — where the summation method reaches one — the
 * closed form with its check. The HTML report and the explorer are both drawn from this JSON.
 */
import {
  analyseFront,
  frontPoints,
  limitSeries,
  PARAMETRIC_ORDERS,
  regimesFromFronts,
  theoremApplies,
  theoremParetoExponents,
  theoremRegimes,
  type FrontAnalysis,
  type Scaling,
} from '../../asymptotics/index.js';
import { InputError } from '../../errors.js';
import type { Model } from '../../model/index.js';
import type { Poly } from '../../rational/index.js';
import { Rational } from '../../rational/index.js';
import { solveChain } from '../../solutions/index.js';
import { limitTermJson } from '../limitRender.js';
import { solveJson } from '../solveRender.js';
import { frontJson } from '../paretoRender.js';
import { regimesJson, type RegimesReport } from '../regimesRender.js';
import { modelJson, seriesEntryJson } from '../seriesRender.js';
import { faceScaling } from './faceScaling.js';

/** Recurrences tried per face (the defaults of `gfd solve`). */
const SOLVE_OPTIONS = { maxOrder: 4, maxDegree: 6, heldOut: 2 } as const;

/**
 * The regimes of a model from its computed fronts, as `gfd regimes` reads them: from Theorem 4.1
 * when it applies and agrees with every computed front, otherwise from the fronts s ≥ 3 alone.
 * Throws an InputError when the fronts are too few for the second way.
 */
export function regimesOfFronts(model: Model, fronts: readonly FrontAnalysis[]): RegimesReport {
  const checked = fronts.map((f) => f.s);
  const order = checked[checked.length - 1] ?? 0;
  const parametric = model.target.name === 'identity' && theoremApplies(model.nu, model.scenario) && fronts.every((f) => f.check?.agree === true);
  if (parametric) {
    const analysis = theoremRegimes(model.nu, model.scenario, (nu, s) => theoremParetoExponents(nu, model.scenario, s));
    const source = `Theorem 4.1 read at s = ${PARAMETRIC_ORDERS.join(', ')}; it agrees with the computed fronts s = 0..${order}`;
    return { model, analysis, source, checkedOrders: checked };
  }
  const analysis = regimesFromFronts(
    model.nu,
    model.scenario,
    fronts.map((f) => ({ s: f.s, points: frontPoints(model.nu, f.s, f.terms) })),
  );
  const source = `computed fronts only; faces that keep their labels and conditions on s = ${analysis.orders.join(', ')}`;
  return { model, analysis, source, checkedOrders: checked };
}

const scalingJson = (sc: Scaling) => ({ H: `y*p^(${sc.a})`, sigma2: `z*p^(${sc.b})`, a: sc.a.toString(), b: sc.b.toString() });

/** The limit of the series along a scaling, as in `gfd limit` (series, affine, timeScale). */
function limitJsonOf(series: readonly Poly[], sc: Scaling) {
  const lim = limitSeries(series, sc);
  const json = {
    series: lim.terms.map(limitTermJson),
    affine: lim.affine,
    timeScale: lim.rate ? { T: `p^(${lim.rate})`, rate: lim.rate.toString(), normalisation: lim.normalisation!.toString() } : null,
  };
  return { lim, json };
}

export interface ModelReportOptions {
  /** number of canonical diagram classes per s, when known */
  readonly diagramClasses?: readonly number[];
  /** seconds the series took */
  readonly seconds?: number;
  /**
   * Y_0 … Y_L with at least the leading monomials of every face's scaling (the leading-terms
   * engine), for limit series beyond the exact orders; default: the exact series
   */
  readonly limitSeries?: readonly Poly[];
}

/**
 * One model's section of the report document.
 *
 * @example
 * ```ts
 * const model = makeModel({ nu: 2, scenario: 'sym' });
 * const section = modelReport(model, lossSeries(model, 3));
 * section.fronts.length; // 4
 * ```
 */
export function modelReport(model: Model, series: readonly Poly[], opts: ModelReportOptions = {}) {
  const fronts = series.map((y, s) => analyseFront(model, s, y));
  let regimes: ReturnType<typeof regimesJson> | null = null;
  let regimesNote: string | null = null;
  try {
    regimes = regimesJson(regimesOfFronts(model, fronts));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    regimesNote = e.message;
  }
  const faces = (regimes?.faces ?? []).map((face) => {
    const sc = faceScaling(face);
    if (!sc) return { ...face, scaling: null, limit: null, solve: null };
    const along = opts.limitSeries ?? series;
    const { lim, json } = limitJsonOf(along, sc);
    let solve: ReturnType<typeof solveJson> | null = null;
    if (along.length >= 2) {
      try {
        solve = solveJson(solveChain(lim, { y: Rational.ONE, z: Rational.ONE }, SOLVE_OPTIONS));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
      }
    }
    return { ...face, scaling: scalingJson(sc), limit: json, solve };
  });
  return {
    model: modelJson(model),
    order: series.length - 1,
    limitOrder: (opts.limitSeries ?? series).length - 1,
    seconds: opts.seconds ?? null,
    diagramClasses: opts.diagramClasses ? [...opts.diagramClasses] : null,
    series: series.map((y, s) => seriesEntryJson(s, y)),
    fronts: fronts.map(frontJson),
    regimes: regimes ? { source: regimes.source, orders: regimes.orders, checkedOrders: regimes.checkedOrders, faces } : null,
    regimesNote,
  };
}

export type ModelReport = ReturnType<typeof modelReport>;
