/**
 * The exact series (GUIDE "The series the engine outputs"):
 *   Y_s = T^s E[d^sL/dt^s(0)] = (−1)^s E[L^{⋆(s+1)}] (s ≥ 1),  Y_0 = E[L(0)] incl. ½‖F‖²,
 * so that E[L(t)] ~ Σ_s Y_s (t/T)^s / s! (paper eqs. lossexp, lossstarexp). For any observable G,
 * T^s E[d^sG/dt^s(0)] = (−1)^s E[G ⋆ L ⋆ … ⋆ L] (s merges, left-nested; eq. dgdt).
 */
import type { CanonicalForm } from '../canon/canonicalForm.js';
import type { Diagram } from '../diagram/diagram.js';
import { DiagramSum } from '../merge/diagramSum.js';
import type { Model } from '../model/model.js';
import { InputError } from '../errors.js';
import { Poly } from '../rational/poly.js';
import { lcm } from '../rational/integers.js';
import { Rational } from '../rational/rational.js';
import { wickExpectation } from '../wick/index.js';
import { lossDiagrams, type LossDiagrams } from './lossDiagrams.js';
import { WickPool } from './wickPool.js';
import { availableParallelism } from 'node:os';
import { mergeStep, tableOf, type ClassTable } from './powers.js';

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

/** Σ coeff · E[class] over a table, as an exact polynomial. */
function expectation(table: ClassTable, wick: WickCache): Poly {
  const acc = new Map<string, { p: number; H: number; sigma2: number; c: bigint; d: bigint }>();
  for (const { form, coeff } of table.values()) {
    for (const t of wick.get(form).terms()) {
      const k = `${t.p},${t.H},${t.sigma2}`;
      const old = acc.get(k);
      // Wick counts are integers; keep a denominator anyway for safety
      if (old && old.d === t.coeff.den) old.c += coeff * t.coeff.num;
      else if (old) {
        const v = Rational.of(old.c, old.d).add(t.coeff.mul(coeff));
        old.c = v.num;
        old.d = v.den;
      } else acc.set(k, { p: t.p, H: t.H, sigma2: t.sigma2, c: coeff * t.coeff.num, d: t.coeff.den });
    }
  }
  return Poly.fromTerms([...acc.values()].map((x) => ({ coeff: Rational.of(x.c, x.d), p: x.p, H: x.H, sigma2: x.sigma2 })));
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
}

/** Where a series starts: C_0, the loss diagrams, and the factor bookkeeping. */
interface SeriesStart {
  table: ClassTable;
  loss: LossDiagrams;
  /** level s is multiplied by (−1)^s · scale^{s+offset} · gScale */
  offset: number;
  gScale: Rational;
  /** added at s = 0 */
  constant: Poly;
}

function lossStart(model: Model, order: number): SeriesStart {
  checkOrder(order);
  const loss = lossDiagrams(model);
  return { table: tableOf(loss.terms), loss, offset: 1, gScale: Rational.ONE, constant: loss.constant };
}

function observableStart(model: Model, observable: Diagram | DiagramSum, order: number): SeriesStart {
  checkOrder(order);
  const loss = lossDiagrams(model);
  const sum = observable instanceof DiagramSum ? observable : DiagramSum.of(observable);
  // integer class table: G = gScale · Σ m_X X
  let den = 1n;
  for (const t of sum.terms()) den = lcm(den, t.coeff.den);
  const table: ClassTable = new Map();
  for (const t of sum.terms()) table.set(t.form.key, { form: t.form, coeff: t.coeff.mul(den).num });
  return { table, loss, offset: 0, gScale: Rational.of(1n, den), constant: Poly.ZERO };
}

/** The merge powers C_s = C_0 ⋆ L ⋆ … ⋆ L, s = 0..order, with their factors. */
function* levels(start: SeriesStart, order: number, options: ExpandOptions): Generator<{ s: number; table: ClassTable; factor: Rational; t0: number }> {
  let table = start.table;
  for (let s = 0; s <= order; s++) {
    const t0 = performance.now();
    if (s > 0) {
      let done = 0;
      const total = table.size;
      table = mergeStep(table, start.loss.terms, () => options.onProgress?.(s, ++done, total, 'merge'));
    }
    const factor = start.loss.scale.pow(s + start.offset).mul(start.gScale).mul(s % 2 === 0 ? 1 : -1);
    yield { s, table, factor, t0 };
  }
}

function finishTerm(start: SeriesStart, level: { s: number; table: ClassTable; factor: Rational; t0: number }, wick: WickCache, options: ExpandOptions): SeriesTerm {
  let poly = expectation(level.table, wick).scale(level.factor);
  if (level.s === 0) poly = poly.add(start.constant);
  const term: SeriesTerm = Object.freeze({ s: level.s, poly, classes: level.table.size, millis: performance.now() - level.t0 });
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

async function runSeriesParallel(start: SeriesStart, order: number, options: ParallelOptions): Promise<SeriesTerm[]> {
  const threads = options.threads ?? availableParallelism();
  const pool = options.wick ? null : new WickPool(threads);
  const wick = new WickCache(options.wick);
  const out: SeriesTerm[] = [];
  try {
    for (const level of levels(start, order, options)) {
      const missing = [...level.table.values()].map((c) => c.form).filter((f) => !wick.has(f));
      if (pool && pool.size > 0 && missing.length >= MIN_PARALLEL) {
        const polys = await pool.evaluate(missing, (n) => options.onProgress?.(level.s, n, missing.length, 'wick'));
        missing.forEach((f, i) => wick.set(f, polys[i]!));
      }
      out.push(finishTerm(start, level, wick, options));
    }
  } finally {
    await pool?.close();
  }
  return out;
}

/** Below this many new classes a level is evaluated in this thread. */
const MIN_PARALLEL = 32;
