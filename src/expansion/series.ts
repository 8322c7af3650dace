/**
 * The exact series (docs/conventions.md §"The series Y_s"):
 *   Y_s = T^s E[d^sL/dt^s(0)] = (−1)^s E[L^{⋆(s+1)}] (s ≥ 1),  Y_0 = E[L(0)] incl. ½‖F‖²,
 * so that E[L(t)] ~ Σ_s Y_s (t/T)^s / s! (paper eqs. lossexp, lossstarexp). For any observable G,
 * T^s E[d^sG/dt^s(0)] = (−1)^s E[G ⋆ L ⋆ … ⋆ L] (s merges, left-nested; eq. dgdt).
 */
import type { CanonicalForm } from '../canon/index.js';
import { diagramOfKey } from '../canon/index.js';
import { EDGE_STRIDE, type Diagram } from '../diagram/index.js';
import { DiagramSum, mergePowers, type IntTerm } from '../merge/index.js';
import type { Model } from '../model/index.js';
import { Poly, PolyBuilder } from '../rational/index.js';
import { wickExpectation, type WickProgress } from '../wick/index.js';
import { InputError } from '../errors.js';
import { lossDiagrams, type LossDiagrams } from './lossDiagrams.js';
import { WickPool } from './wickPool.js';
import { mergeCooperative, Slicer, wickExpectationSliced } from './cooperative.js';
import { checkNextLevel, checkSeriesReach } from './reach.js';
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

/**
 * E[·] of a class, memoised by canonical key. A series tells the cache which classes can occur
 * again at a later level ({@link WickCache.retain}); the others are evaluated without being kept,
 * so that the memory of a level is not carried into the next ones (for ν ≥ 3 no class recurs;
 * for ν = 2 classes recur at later levels, and are kept).
 */
export class WickCache {
  private readonly cache = new Map<string, Poly>();
  private keep: ((d: Diagram) => boolean) | null = null;
  /** lookups answered from the cache, and expectations computed (for measurements) */
  hits = 0;
  evaluated = 0;
  private readonly wick: (d: Diagram) => Poly;
  /** `wick`: the expectation of one diagram (default: the fast exact `wickExpectation`) */
  constructor(private readonly custom?: (d: Diagram) => Poly) {
    this.wick = custom ?? wickExpectation;
  }
  get(form: CanonicalForm): Poly {
    let e = this.cache.get(form.key);
    if (e) this.hits++;
    else {
      e = this.wick(form.diagram);
      this.evaluated++;
      this.set(form, e);
    }
    return e;
  }
  /**
   * {@link get}, computing a new class with the default kernel in slices of `slicer`
   * (wickExpectationSliced in cooperative.ts: E[class] at once if it is done within the slice,
   * else a promise); `onProgress` sees the kernel's counter at its pauses once the slice is used
   * up. A custom expectation is called as it is.
   */
  getSliced(form: CanonicalForm, slicer: Slicer, onProgress: (progress: WickProgress) => void): Poly | Promise<Poly> {
    if (this.custom || this.cache.has(form.key)) return this.get(form);
    this.evaluated++;
    const e = wickExpectationSliced(form.diagram, onProgress, slicer);
    if (e instanceof Poly) {
      this.set(form, e);
      return e;
    }
    return e.then((x) => {
      this.set(form, x);
      return x;
    });
  }
  has(form: CanonicalForm): boolean {
    return this.cache.has(form.key);
  }
  /** Keeps E[form] unless the retention rule says the class cannot occur again. */
  set(form: CanonicalForm, e: Poly): void {
    if (!this.keep || this.keep(form.diagram)) this.cache.set(form.key, e);
  }
  /**
   * Drop the kept classes without `keep(diagram)`; from now on keep a newly evaluated class only
   * with `keepNew(diagram)` (default: `keep`).
   */
  retain(keep: (d: Diagram) => boolean, keepNew: (d: Diagram) => boolean = keep): void {
    this.keep = keepNew;
    for (const key of this.cache.keys()) if (!keep(diagramOfKey(key))) this.cache.delete(key);
  }
  /** number of expectations kept */
  get size(): number {
    return this.cache.size;
  }
}

/**
 * Node counts and edge count: the shape of a diagram, `nH.nP.m`. Isomorphic diagrams have the
 * same shape, so a class can recur only at a level that has its shape.
 */
export function shapeOf(d: Diagram): string {
  return `${d.nH}.${d.nP}.${d.edges.length / EDGE_STRIDE}`;
}

/**
 * For each level s = 0..order + 1, the shapes that may occur at a level s' with s ≤ s' ≤ order
 * (none at order + 1). A merge joins the node counts less one each and the edge counts less two,
 * so the shapes of C_{s+1} lie in {a + l − (1, 1, 2) : a a shape of C_s, l one of L} (a superset;
 * a few per level, where shapes with edges per colour would be many for several colours).
 */
export function shapesFrom(start: DiagramSum, L: DiagramSum, order: number): Set<string>[] {
  type Shape = readonly [number, number, number];
  const shapesOf = (sum: DiagramSum): Shape[] =>
    [...sum.unorderedIntTerms()].map(({ form: { diagram: d } }) => [d.nH, d.nP, d.edges.length / EDGE_STRIDE] as const);
  const key = (x: Shape) => x.join('.');
  const l = shapesOf(L);
  const byLevel: Map<string, Shape>[] = [new Map(shapesOf(start).map((x) => [key(x), x]))];
  for (let s = 1; s <= order; s++) {
    const next = new Map<string, Shape>();
    for (const a of byLevel[s - 1]!.values()) {
      for (const b of l) {
        const x = [a[0] + b[0] - 1, a[1] + b[1] - 1, a[2] + b[2] - 2] as const;
        next.set(key(x), x);
      }
    }
    byLevel.push(next);
  }
  const from: Set<string>[] = [new Set()];
  for (let s = order; s >= 0; s--) from.unshift(new Set([...from[0]!, ...byLevel[s]!.keys()]));
  return from;
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
  checkSeriesReach(loss.sum, loss.sum, order);
  return { start: loss.sum, loss, constant: loss.constant };
}

function observableStart(model: Model, observable: Diagram | DiagramSum, order: number): SeriesStart {
  checkOrder(order);
  const start = observable instanceof DiagramSum ? observable : DiagramSum.of(observable);
  const loss = lossDiagrams(model);
  checkSeriesReach(start, loss.sum, order);
  return { start, loss, constant: Poly.ZERO };
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

function finishTerm(start: SeriesStart, level: Level, expectationOfSum: Poly, options: ExpandOptions): SeriesTerm {
  let poly = expectationOfSum;
  if (level.s === 0) poly = poly.add(start.constant);
  const term: SeriesTerm = Object.freeze({ s: level.s, poly, classes: level.sum.size, millis: performance.now() - level.t0 });
  options.onTerm?.(term);
  return term;
}

const signOf = (s: number): 1 | -1 => (s % 2 === 0 ? 1 : -1);

/**
 * A cache that, on entering level s, keeps the classes whose shape can occur at s or later, and
 * while level s is evaluated keeps only the new classes whose shape can occur after s.
 */
function seriesCache(start: SeriesStart, order: number, options: ExpandOptions): { wick: WickCache; enter: (s: number) => void } {
  const wick = new WickCache(options.wick);
  const from = shapesFrom(start.start, start.loss.sum, order);
  return {
    wick,
    enter: (s) =>
      wick.retain(
        (d) => from[s]!.has(shapeOf(d)),
        (d) => from[s + 1]!.has(shapeOf(d)),
      ),
  };
}

function runSeries(start: SeriesStart, order: number, options: ExpandOptions): SeriesTerm[] {
  const { wick, enter } = seriesCache(start, order, options);
  const out: SeriesTerm[] = [];
  // one level at a time: each term is reported before the next merge power is built
  for (const level of levels(start, order, options)) {
    enter(level.s);
    out.push(finishTerm(start, level, expectation(level.sum, wick, signOf(level.s)), options));
    if (level.s < order) checkNextLevel(level.s, level.sum.size, out.at(-2)?.classes);
  }
  return out;
}

/**
 * The parallel series. Merges and expectations computed in this thread let the event loop run
 * regularly (cooperative.ts), so that an interrupt is handled within a fraction of a second.
 * Expectations computed by the workers are added up as they arrive (exact, so the order does not
 * matter) and kept only if their class can recur.
 */
async function runSeriesParallel(start: SeriesStart, order: number, options: ParallelOptions): Promise<SeriesTerm[]> {
  const threads = options.threads ?? availableParallelism();
  const pool = options.wick ? null : new WickPool(threads);
  const { wick, enter } = seriesCache(start, order, options);
  const out: SeriesTerm[] = [];
  const first = options.resume ? options.resume.s + 1 : 0;
  try {
    let sum = options.resume?.sum ?? start.start;
    let t0 = performance.now();
    let previous: number | undefined;
    for (let s = first; s <= order; s++) {
      if (s > 0) {
        checkNextLevel(s - 1, sum.size, previous);
        previous = sum.size;
        t0 = performance.now();
        let done = 0;
        const total = sum.size;
        sum = await mergeCooperative(sum, start.loss.sum, () => options.onProgress?.(s, ++done, total, 'merge'));
      }
      const level: Level = { s, sum, t0 };
      enter(s);
      const acc = new PolyBuilder();
      let missing = 0;
      for (const { form } of sum.unorderedIntTerms()) if (!wick.has(form)) missing++;
      if (pool && pool.size > 0 && missing >= MIN_PARALLEL) {
        const todo = function* (): Generator<IntTerm> {
          for (const t of sum.unorderedIntTerms()) {
            if (wick.has(t.form)) acc.addPoly(wick.get(t.form), t.coeff);
            else yield t;
          }
        };
        await pool.evaluateEach(
          todo(),
          (t) => t.form.diagram,
          (t, e) => {
            acc.addPoly(e, t.coeff);
            wick.set(t.form, e);
          },
          (n) => options.onProgress?.(level.s, n, missing, 'wick'),
        );
      } else {
        // progress, at each pause of the slicer: new classes done, plus the fraction of the partitions
        // of a class that outlasts its slice (then at the kernel's pauses, about every millisecond)
        const slicer = new Slicer();
        let done = 0;
        const report = (fraction: number) => options.onProgress?.(level.s, done + fraction, missing, 'wick');
        const inClass = (w: WickProgress) => report(w.partitions / w.partitionsTotal);
        for (const { form, coeff } of sum.unorderedIntTerms()) {
          if (wick.has(form)) acc.addPoly(wick.get(form), coeff);
          else {
            const e = wick.getSliced(form, slicer, inClass);
            acc.addPoly(e instanceof Poly ? e : await e, coeff);
            done++;
          }
          if (slicer.due()) {
            await slicer.breathe();
            report(0);
          }
        }
        if (missing > 0) report(0);
      }
      const term = finishTerm(start, level, acc.build().scale(sum.factor.mul(signOf(s))), options);
      out.push(term);
      options.onLevel?.(s, sum, term);
    }
  } finally {
    await pool?.close();
  }
  return out;
}

/** Below this many new classes a level is evaluated in this thread (worker start-up costs more). */
export const MIN_PARALLEL = 32;
