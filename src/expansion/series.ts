/**
 * The exact series (docs/conventions.md §"The series Y_s"):
 *   Y_s = T^s E[d^sL/dt^s(0)] = (−1)^s E[L^{⋆(s+1)}] (s ≥ 1),  Y_0 = E[L(0)] incl. ½‖F‖²,
 * so that E[L(t)] ~ Σ_s Y_s (t/T)^s / s! (paper eqs. lossexp, lossstarexp). For any observable G,
 * T^s E[d^sG/dt^s(0)] = (−1)^s E[G ⋆ L ⋆ … ⋆ L] (s merges, left-nested; eq. dgdt).
 */
import type { CanonicalForm } from '../canon/index.js';
import type { Diagram } from '../diagram/index.js';
import { DiagramSum, mergePowers } from '../merge/index.js';
import type { Model } from '../model/index.js';
import { Poly, PolyBuilder } from '../rational/index.js';
import { wickExpectation } from '../wick/index.js';
import { InputError } from '../errors.js';
import { lossDiagrams, type LossDiagrams } from './lossDiagrams.js';
import { WickPool } from './wickPool.js';
import { mergeCooperative, Slicer } from './cooperative.js';
import { availableParallelism } from 'node:os';

/** One coefficient of the series, with the diagram classes it came from. */
export interface SeriesTerm {
  readonly s: number;
  /** T^s E[d^sG/dt^s(0)] */
  readonly poly: Poly;
  /** number of canonical diagram classes in the s-th merge power */
  readonly classes: number;
  /** wall time spent on this coefficient (ms) */
  readonly millis: number;
}

export interface ExpandOptions {
  /** called after each coefficient is complete (results can be written as they come) */
  onTerm?: (t: SeriesTerm) => void;
  /** progress while working on level s: merging the classes of level s−1, or evaluating E[·] */
  onProgress?: (s: number, done: number, total: number, phase: 'merge' | 'wick') => void;
  /** expectation of one diagram (default: the fast exact `wickExpectation`) */
  wick?: (d: Diagram) => Poly;
}

/** E[·] of a class, memoised by canonical key. */
export class WickCache {
  private readonly cache = new Map<string, Poly>();
  constructor(private readonly wick: (d: Diagram) => Poly = wickExpectation) {}
  get(form: CanonicalForm): Poly {
    let e = this.cache.get(form.key);
    if (!e) {
      e = this.wick(form.diagram);
      this.cache.set(form.key, e);
    }
    return e;
  }
  has(form: CanonicalForm): boolean {
    return this.cache.has(form.key);
  }
  set(form: CanonicalForm, e: Poly): void {
    this.cache.set(form.key, e);
  }
}

/** Σ coeff · E[class] over the classes of a sum, times `sign`, as an exact polynomial. */
export function expectation(sum: DiagramSum, wick: WickCache, sign: 1 | -1 = 1): Poly {
  const acc = new PolyBuilder();
  for (const { form, coeff } of sum.unorderedIntTerms()) acc.addPoly(wick.get(form), coeff);
  return acc.build().scale(sum.factor.mul(sign));
}

function checkOrder(order: number): void {
  if (!Number.isInteger(order) || order < 0) throw new InputError(`expansion: order must be a non-negative integer, got ${order}`);
}

/**
 * Y_0 … Y_order of the loss, exactly.
 *
 * @example
 * ```ts
 * const [Y0, Y1] = lossSeries(makeModel({ nu: 2, scenario: 'sym' }), 1);
 * Y0.toString(); // "1/2*p - p*H*sigma2 + 1/2*p^2*H*sigma2^2 + ..."
 * ```
 */
export function lossSeries(model: Model, order: number, options: ExpandOptions = {}): Poly[] {
  return expandLoss(model, order, options).map((t) => t.poly);
}

/** Y_s with class counts and timings. */
export function expandLoss(model: Model, order: number, options: ExpandOptions = {}): SeriesTerm[] {
  return runSeries(lossStart(model, order), order, options);
}

/**
 * T^s E[d^sG/dt^s(0)] for s = 0..order, for an observable G (a diagram or combination).
 */
export function observableSeries(model: Model, observable: Diagram | DiagramSum, order: number, options: ExpandOptions = {}): SeriesTerm[] {
  return runSeries(observableStart(model, observable, order), order, options);
}

/** Like {@link expandLoss}, with the Wick expectations spread over `threads` worker threads. */
export async function expandLossParallel(model: Model, order: number, options: ParallelOptions = {}): Promise<SeriesTerm[]> {
  return runSeriesParallel(lossStart(model, order), order, options);
}

/** Like {@link observableSeries}, with the Wick expectations spread over worker threads. */
export async function observableSeriesParallel(
  model: Model,
  observable: Diagram | DiagramSum,
  order: number,
  options: ParallelOptions = {},
): Promise<SeriesTerm[]> {
  return runSeriesParallel(observableStart(model, observable, order), order, options);
}

export interface ParallelOptions extends ExpandOptions {
  /** worker threads (default: available cores); 1 runs everything in this thread */
  threads?: number;
  /** start after a finished level: C_s is given, the series continues with C_{s+1} = C_s ⋆ L */
  resume?: { readonly s: number; readonly sum: DiagramSum };
  /** called after each level's coefficient, with the level's classes (to save them) */
  onLevel?: (s: number, sum: DiagramSum, term: SeriesTerm) => void;
}

/** Where a series starts: C_0, the loss diagrams, and the constant added at s = 0. */
interface SeriesStart {
  start: DiagramSum;
  loss: LossDiagrams;
  constant: Poly;
}

function lossStart(model: Model, order: number): SeriesStart {
  checkOrder(order);
  const loss = lossDiagrams(model);
  return { start: loss.sum, loss, constant: loss.constant };
}

function observableStart(model: Model, observable: Diagram | DiagramSum, order: number): SeriesStart {
  checkOrder(order);
  const start = observable instanceof DiagramSum ? observable : DiagramSum.of(observable);
  return { start, loss: lossDiagrams(model), constant: Poly.ZERO };
}

interface Level {
  s: number;
  sum: DiagramSum;
  t0: number;
}

/** The merge powers C_s = C_0 ⋆ L ⋆ … ⋆ L, s = 0..order, each timed from the start of its merge. */
function* levels(start: SeriesStart, order: number, options: ExpandOptions): Generator<Level> {
  let t0 = performance.now();
  const powers = mergePowers(start.start, start.loss.sum, (s, done, total) => options.onProgress?.(s, done, total, 'merge'));
  for (const [s, sum] of powers) {
    yield { s, sum, t0 };
    if (s === order) return;
    t0 = performance.now();
  }
}

function finishTerm(start: SeriesStart, level: Level, wick: WickCache, options: ExpandOptions): SeriesTerm {
  let poly = expectation(level.sum, wick, level.s % 2 === 0 ? 1 : -1);
  if (level.s === 0) poly = poly.add(start.constant);
  const term: SeriesTerm = Object.freeze({ s: level.s, poly, classes: level.sum.size, millis: performance.now() - level.t0 });
  options.onTerm?.(term);
  return term;
}

function runSeries(start: SeriesStart, order: number, options: ExpandOptions): SeriesTerm[] {
  const wick = new WickCache(options.wick);
  const out: SeriesTerm[] = [];
  // one level at a time: each term is reported before the next merge power is built
  for (const level of levels(start, order, options)) out.push(finishTerm(start, level, wick, options));
  return out;
}

/**
 * The parallel series. Merges and expectations computed in this thread let the event loop run
 * regularly (cooperative.ts), so that an interrupt is handled within a fraction of a second.
 */
async function runSeriesParallel(start: SeriesStart, order: number, options: ParallelOptions): Promise<SeriesTerm[]> {
  const threads = options.threads ?? availableParallelism();
  const pool = options.wick ? null : new WickPool(threads);
  const wick = new WickCache(options.wick);
  const out: SeriesTerm[] = [];
  const first = options.resume ? options.resume.s + 1 : 0;
  try {
    let sum = options.resume?.sum ?? start.start;
    let t0 = performance.now();
    for (let s = first; s <= order; s++) {
      if (s > 0) {
        t0 = performance.now();
        let done = 0;
        const total = sum.size;
        sum = await mergeCooperative(sum, start.loss.sum, () => options.onProgress?.(s, ++done, total, 'merge'));
      }
      const level: Level = { s, sum, t0 };
      const missing = [...level.sum.unorderedIntTerms()].map((c) => c.form).filter((f) => !wick.has(f));
      if (pool && pool.size > 0 && missing.length >= MIN_PARALLEL) {
        const polys = await pool.evaluate(missing, (n) => options.onProgress?.(level.s, n, missing.length, 'wick'));
        missing.forEach((f, i) => wick.set(f, polys[i]!));
      } else {
        const slicer = new Slicer();
        for (const f of missing) {
          wick.get(f);
          await slicer.breathe();
        }
      }
      const term = finishTerm(start, level, wick, options);
      out.push(term);
      options.onLevel?.(s, sum, term);
    }
  } finally {
    await pool?.close();
  }
  return out;
}

/** Below this many new classes a level is evaluated in this thread. */
const MIN_PARALLEL = 32;
