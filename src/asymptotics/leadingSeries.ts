/**
 * The leading-terms engine (docs/asymptotics.md §"The leading-terms engine"): the monomials of
 * Y_s = (−1)^s E[C_s], C_{s+1} = C_s ⋆ L, that lead along a weight (a scaling or a power-law
 * direction) or lie on the Pareto front, without the rest of the polynomial.
 *
 * A class of C_s whose every descendant at every asked order t stays below the goal there
 * (support region of leadingBound.ts moved by t − s merge steps) is not merged further; a class
 * below the goal at its own order is not evaluated. What is left out is bounded by those
 * regions, and each order is verified afterwards: the weight goal needs the top weight of the
 * computed part strictly above every left-out region, the front goal every left-out region
 * strictly dominated by the computed front of its σ power. Then the reported monomials are
 * exactly those of Y_s; if a check fails the run returns null (the caller uses the full series).
 * The thresholds are guesses (extrapolated from orders computed without pruning, or a predicted
 * front); a wrong guess costs speed or a fallback, never exactness.
 */
import type { CanonicalForm } from '../canon/index.js';
import { DiagramSum, mergeClassesInto, type IntTerm } from '../merge/index.js';
import { Poly, PolyBuilder, Rational, lcm } from '../rational/index.js';
import { MIN_PARALLEL, Slicer, WickCache, WickPool } from '../expansion/index.js';
import { cycleExpectation, wickAbove, type IgnoredRegion } from '../wick/index.js';
import { classCounts, components, countsKey, kappaCap, maximalPoints, mergeStep, reachableSteps, regionMax, addCounts, type ClassCounts } from './leadingBound.js';
import type { Exponents } from './theorem41.js';
import { weightedGenusBounds } from './weightedGenus.js';

/** Weight of p^q H^n σ^{2l}: p·q + H·n + sigma2·l. */
export interface WeightGoal {
  readonly kind: 'weight';
  readonly p: Rational;
  readonly H: Rational;
  readonly sigma2: Rational;
}

/** The Pareto front of each σ power (paretoFront.ts), with a predicted front per order as guess. */
export interface FrontGoal {
  readonly kind: 'front';
  /** predicted front monomials of Y_s (only a guess: may be empty) */
  readonly guess: (s: number) => readonly Exponents[];
}

export type LeadingGoal = WeightGoal | FrontGoal;

export interface LeadingTerm {
  readonly s: number;
  /** the goal monomials of Y_s with their exact coefficients (union over the goals) */
  readonly poly: Poly;
  /** classes of C_s built (after pruning) */
  readonly classes: number;
  /** classes of C_s evaluated */
  readonly evaluated: number;
  readonly millis: number;
}

export interface LeadingOptions {
  onTerm?: (t: LeadingTerm) => void;
  onProgress?: (s: number, done: number, total: number, phase: 'merge' | 'wick') => void;
  /** orders computed without pruning (default 3 with a weight goal, else 0) */
  warmup?: number;
  /** steps of the matching search per class before the full expectation is used instead */
  budget?: number;
  /** worker threads for the classes that need their full expectation (default 1: this thread) */
  threads?: number;
}

export interface LeadingStart {
  /** C_0 */
  readonly start: DiagramSum;
  /** L − ½‖F‖² */
  readonly loss: DiagramSum;
  /** added to Y_0 (½‖F‖² for the loss) */
  readonly constant: Poly;
}

const DFS_BUDGET = 200_000;

/** Integer weights: D·weight = A·q + B·n + Cm·m (m edges, l = m/2). */
interface IntWeight {
  A: number;
  B: number;
  Cm: number;
}

function intWeight(g: WeightGoal): IntWeight {
  const half = g.sigma2.mul(Rational.of(1, 2));
  const D = lcm(lcm(g.p.den, g.H.den), half.den);
  const toInt = (r: Rational) => Number((r.num * D) / r.den);
  return { A: toInt(g.p), B: toInt(g.H), Cm: toInt(half) };
}

const weightOf = (w: IntWeight, q: number, n: number, l: number) => w.A * q + w.B * n + 2 * w.Cm * l;

/** Per σ power: strictly dominated(q, n) ⇔ g(q+1) ≥ n or g(q) > n, g(q) = max n' over front points with q' ≥ q. */
class Staircase {
  private readonly g = new Map<number, number[]>();
  constructor(
    points: readonly { p: number; H: number; sigma2: number }[],
    private readonly kappas: readonly number[] = [],
  ) {
    const byL = new Map<number, { p: number; H: number }[]>();
    for (const t of points) {
      if (t.sigma2 === 0) continue;
      let list = byL.get(t.sigma2);
      if (!list) byL.set(t.sigma2, (list = []));
      list.push(t);
    }
    for (const [l, list] of byL) {
      const qMax = Math.max(...list.map((t) => t.p));
      const g = new Array<number>(qMax + 2).fill(-1);
      for (const t of list) g[t.p] = Math.max(g[t.p]!, t.H);
      for (let q = qMax - 1; q >= 0; q--) g[q] = Math.max(g[q]!, g[q + 1]!);
      this.g.set(l, g);
    }
  }
  dominated(l: number, q: number, n: number): boolean {
    const g = this.g.get(l);
    if (!g || q < 0) return false;
    const at = (x: number) => (x < g.length ? g[x]! : -1);
    return at(q + 1) >= n || at(q) > n;
  }
  /** Every point of the region strictly dominated (a region with odd m or l = 0 never counts for the front). */
  covers(r: ClassCounts): boolean {
    if (r.m % 2 === 1 || r.m === 0) return true;
    const l = r.m / 2;
    let all = true;
    maximalPoints(
      r,
      (q, n) => {
        if (all && !this.dominated(l, q, n)) all = false;
      },
      this.kappas,
    );
    return all;
  }
  /** Every point of {q ≤ qMax, n ≤ nMax, q + n ≤ sum} strictly dominated at σ-power l. */
  coversBox(l: number, qMax: number, nMax: number, sum: number): boolean {
    if (sum < 0) return true;
    let prevN = -1;
    for (let q = Math.min(qMax, sum); q >= 0; q--) {
      const n = Math.min(nMax, sum - q);
      if (n > prevN && !this.dominated(l, q, n)) return false;
      prevN = Math.max(prevN, n);
    }
    return true;
  }
}

/** Pareto-optimal monomials (σ-power > 0) of a polynomial, per σ power. */
function frontOf(y: Poly): { coeff: Rational; p: number; H: number; sigma2: number }[] {
  const st = new Staircase(y.terms());
  return y.terms().filter((t) => t.sigma2 > 0 && !st.dominated(t.sigma2, t.p, t.H));
}

/** The goal-relevant part of one order, as the engine sees it. */
interface PreparedGoal {
  /** whether a region at order t may hold goal monomials (guessed) */
  relevant(r: ClassCounts, t: number): boolean;
  /** the exact goal monomials of Y_t, or null when the left-out regions are not provably below */
  verify(y: Poly, t: number, leftOut: readonly ClassCounts[]): Poly | null;
  /** called after each order computed (thresholds from exact orders) */
  learn(y: Poly, t: number, pruning: boolean): void;
  /** monomials of a class with m edges and c components at order t that are known to be irrelevant (monotone), or null if none can be ignored */
  ignored(t: number, m: number, c: number): IgnoredRegion | null;
}

/**
 * max A·q + B·n over {0 ≤ q ≤ qMax, 0 ≤ n ≤ nMax, q + n ≤ sum}, A, B ≥ 0, and q + κn ≤ m/2 + κc
 * for the proven κ (weightedGenus.ts; every matching of the class gives a partition with even groups).
 */
function boxMax(qMax: number, nMax: number, sum: number, A: number, B: number, cut?: { m: number; c: number; kappas: readonly number[] }): number {
  if (cut && cut.kappas.length > 0) {
    let best = -Infinity;
    for (let q = 0; q <= Math.min(qMax, sum); q++) {
      const n = Math.min(nMax, sum - q, kappaCap(cut, q, cut.kappas));
      if (n >= 0) best = Math.max(best, A * q + B * n);
    }
    return best;
  }
  if (A >= B) {
    const q = Math.min(qMax, sum);
    return A * q + B * Math.min(nMax, sum - q);
  }
  const n = Math.min(nMax, sum);
  return B * n + A * Math.min(qMax, sum - n);
}

function prepareWeight(goal: WeightGoal, order: number, warmup: number, kappas: readonly number[]): PreparedGoal {
  const w = intWeight(goal);
  const exact: (number | null)[] = [];
  const theta: number[] = [];
  const top = (y: Poly) => {
    let best: number | null = null;
    for (const t of y.terms()) {
      const v = weightOf(w, t.p, t.H, t.sigma2);
      if (best === null || v > best) best = v;
    }
    return best;
  };
  return {
    relevant(r, t) {
      if (theta[t] === undefined) return true;
      if (r.m % 2 === 1) return false;
      const v = regionMax(r, w.A, w.B, kappas);
      return v !== null && v + w.Cm * r.m >= theta[t];
    },
    ignored(t, m, c) {
      const th = theta[t];
      if (th === undefined || th === -Infinity || w.A < 0 || w.B < 0) return null;
      const cut = { m, c, kappas };
      return (qMax, nMax, sum) => sum < 0 || boxMax(qMax, nMax, sum, w.A, w.B, cut) + w.Cm * m < th;
    },
    verify(y, t, leftOut) {
      const e = top(y);
      // below the threshold the matching search may have left monomials out: the top must reach it
      const th = theta[t];
      if (th !== undefined && th !== -Infinity && (e === null || e < th)) return null;
      for (const r of leftOut) {
        if (r.m % 2 === 1) continue;
        const v = regionMax(r, w.A, w.B, kappas);
        if (v !== null && (e === null || v + w.Cm * r.m >= e)) return null;
      }
      return e === null ? Poly.ZERO : Poly.fromTerms(y.terms().filter((x) => weightOf(w, x.p, x.H, x.sigma2) === e));
    },
    learn(y, t, pruning) {
      exact[t] = top(y);
      if (pruning || t !== Math.min(warmup, order)) return;
      // thresholds for t' > t: the smallest slope seen, continued from the last two exact orders
      // (Y_0 carries ½‖F‖², which no diagram continues: slopes from s ≥ 1)
      const known = exact.map((e, i) => ({ e, i })).filter((x): x is { e: number; i: number } => x.e !== null && x.i >= 1);
      const slopes: number[] = [];
      for (let a = 0; a < known.length; a++) {
        for (let b = a + 1; b < known.length; b++) slopes.push((known[b]!.e - known[a]!.e) / (known[b]!.i - known[a]!.i));
      }
      const last = known.slice(-2);
      if (slopes.length === 0 || last.length === 0) return; // nothing to extrapolate from: no pruning
      const rho = Math.min(...slopes);
      for (let u = 0; u <= order; u++) {
        theta[u] = u <= t ? -Infinity : Math.floor(Math.min(...last.map((x) => x.e + rho * (u - x.i))));
      }
    },
  };
}

function prepareFront(goal: FrontGoal, order: number, kappas: readonly number[]): PreparedGoal {
  const guesses: Staircase[] = [];
  for (let t = 0; t <= order; t++) guesses.push(new Staircase(goal.guess(t), kappas));
  return {
    relevant: (r, t) => !guesses[t]!.covers(r),
    ignored: (t, m) => (m % 2 === 1 || m === 0 ? null : (qMax, nMax, sum) => guesses[t]!.coversBox(m / 2, qMax, nMax, sum)),
    verify(y, t, leftOut) {
      const front = frontOf(y);
      const st = new Staircase(front, kappas);
      for (const r of leftOut) if (!st.covers(r)) return null;
      // monomials left out inside evaluated classes are dominated by the guess: it must be below the front
      for (const g of goal.guess(t)) if (g.sigma2 > 0 && !st.dominated(g.sigma2, g.p, g.H) && !front.some((f) => f.p === g.p && f.H === g.H && f.sigma2 === g.sigma2)) return null;
      return Poly.fromTerms(front);
    },
    learn() {},
  };
}

/** Left-out regions: counts at their order, moved forward on demand. */
class LeftOut {
  /** per order s: the distinct counts of classes not merged beyond s */
  private readonly dropped: Map<string, ClassCounts>[] = [];
  constructor(private readonly reach: ClassCounts[][]) {}
  drop(s: number, r: ClassCounts): void {
    while (this.dropped.length <= s) this.dropped.push(new Map());
    this.dropped[s]!.set(countsKey(r), r);
  }
  /** regions at order t of everything dropped before t, plus `own` (not evaluated at t) */
  at(t: number, own: Iterable<ClassCounts>): ClassCounts[] {
    const out = new Map<string, ClassCounts>();
    for (const r of own) out.set(countsKey(r), r);
    for (let s = 0; s < Math.min(t, this.dropped.length); s++) {
      for (const r of this.dropped[s]!.values()) {
        for (const d of this.reach[t - s]!) {
          const x = addCounts(r, d);
          out.set(countsKey(x), x);
        }
      }
    }
    return [...out.values()];
  }
}

/** The classes of one order C_s, each with the key of its counts (leadingBound.ts), and the distinct counts. */
interface OrderClasses {
  readonly classes: IntTerm[];
  readonly keyOf: string[];
  readonly counts: Map<string, ClassCounts>;
}

/** What the evaluation of one order gives: Y_s as computed and which counts were left out. */
interface EvaluatedOrder {
  readonly y: Poly;
  readonly evaluated: number;
  readonly notEvaluated: ClassCounts[];
}

/**
 * One run of the engine (see {@link leadingSeries}): the prepared goals, the reach of merge steps,
 * the left-out regions and the expectations computed so far. Every loop over classes or counts
 * lets the event loop run (cooperative.ts), so that an interrupt is handled within a fraction of a
 * second; only one class's expectation, or the merge of one class with one loss term, runs without a break.
 */
class LeadingRun {
  private readonly lossTerms: IntTerm[];
  private readonly reach: ClassCounts[][];
  private readonly kappas: number[];
  private readonly prepared: PreparedGoal[];
  private readonly left: LeftOut;
  private readonly wick = new WickCache();
  private readonly slicer = new Slicer();
  /** full expectations go to worker threads when there are enough of them */
  readonly pool: WickPool | null;
  /** whether classes are pruned (after the warm-up orders) */
  private pruning = false;
  /** once the matching search has given up on a class, classes with this many edges or more go to the full expectation */
  private giveUpEdges = Infinity;

  constructor(
    private readonly start: LeadingStart,
    private readonly order: number,
    goals: readonly LeadingGoal[],
    private readonly options: LeadingOptions,
    private readonly warmup: number,
  ) {
    this.lossTerms = [...start.loss.unorderedIntTerms()];
    this.reach = reachableSteps(
      this.lossTerms.map((t) => mergeStep(t.form.diagram)),
      order,
    );
    // q + κn ≤ m/2 + κc where the model admits it (proven by a finite check, weightedGenus.ts)
    this.kappas = weightedGenusBounds(
      [...start.start.unorderedIntTerms()].map((t) => t.form.diagram),
      this.lossTerms.map((t) => t.form.diagram),
    ).map((b) => b.kappa);
    this.prepared = goals.map((g) => (g.kind === 'weight' ? prepareWeight(g, order, warmup, this.kappas) : prepareFront(g, order, this.kappas)));
    this.left = new LeftOut(this.reach);
    this.pool = (options.threads ?? 1) > 1 ? new WickPool(options.threads!) : null;
  }

  /** The goal monomials of Y_0 … Y_order, or null when a check fails. */
  async run(): Promise<LeadingTerm[] | null> {
    const out: LeadingTerm[] = [];
    let C = this.start.start;
    let t0 = performance.now();
    for (let s = 0; ; s++) {
      const listed = await this.listClasses(C);
      const { y, evaluated, notEvaluated } = await this.evaluateOrder(s, C, listed);
      const poly = this.goalPart(s, y, notEvaluated);
      if (poly === null) return null;
      const term: LeadingTerm = Object.freeze({ s, poly, classes: listed.classes.length, evaluated, millis: performance.now() - t0 });
      this.options.onTerm?.(term);
      out.push(term);
      if (s === this.order) return out;
      if (s >= Math.min(this.warmup, this.order)) this.pruning = true;
      t0 = performance.now();
      C = await this.mergeForward(s, C, listed, await this.keptForMerging(s, listed.counts));
    }
  }

  /** The classes of C with their counts. */
  private async listClasses(C: DiagramSum): Promise<OrderClasses> {
    const classes: IntTerm[] = [];
    const keyOf: string[] = [];
    const counts = new Map<string, ClassCounts>();
    for (const c of C.unorderedIntTerms()) {
      const k = classCounts(c.form.diagram);
      const key = countsKey(k);
      if (!counts.has(key)) counts.set(key, k);
      classes.push(c);
      keyOf.push(key);
      await this.slicer.breathe();
    }
    return { classes, keyOf, counts };
  }

  /** Y_s from the classes that may reach a goal at s (the others only recorded as left out). */
  private async evaluateOrder(s: number, C: DiagramSum, { classes, keyOf, counts }: OrderClasses): Promise<EvaluatedOrder> {
    const evalAt = new Map<string, boolean>();
    for (const [key, r] of counts) evalAt.set(key, !this.pruning || this.prepared.some((g) => g.relevant(r, s)));
    const acc = new PolyBuilder();
    let evaluated = 0;
    const full: IntTerm[] = [];
    for (let i = 0; i < classes.length; i++) {
      if (!evalAt.get(keyOf[i]!)) continue;
      const form = classes[i]!.form;
      const e = this.wick.has(form) ? this.wick.get(form) : this.pruning ? this.evaluateAbove(form, s) : null;
      if (e) acc.addPoly(e, classes[i]!.coeff);
      else full.push(classes[i]!);
      evaluated++;
      this.options.onProgress?.(s, evaluated, classes.length, 'wick');
      await this.slicer.breathe();
    }
    await this.fullExpectations(full, acc);
    const notEvaluated: ClassCounts[] = [];
    for (const [key, r] of counts) if (!evalAt.get(key)) notEvaluated.push(r);
    let y = acc.build().scale(C.factor.mul(s % 2 === 0 ? 1 : -1));
    if (s === 0) y = y.add(this.start.constant);
    return { y, evaluated, notEvaluated };
  }

  /** E[class] restricted to what the goals keep, or null when the full expectation is needed. */
  private evaluateAbove(form: CanonicalForm, t: number): Poly | null {
    const m = form.diagram.edges.length / 3;
    const c = this.kappas.length > 0 ? components(form.diagram.nH, form.diagram.nP, form.diagram.edges) : 0;
    const parts = this.prepared.map((g) => g.ignored(t, m, c));
    if (this.wick.has(form)) return this.wick.get(form);
    if (parts.some((x) => x === null)) return null;
    // a one-colour cycle has its closed form (Wishart moment), faster than any search
    const cycle = cycleExpectation(form.diagram);
    if (cycle) return cycle;
    if (m >= this.giveUpEdges) return null;
    const ignore: IgnoredRegion = (q, n, sum) => parts.every((f) => f!(q, n, sum));
    const part = wickAbove(form.diagram, ignore, this.options.budget ?? DFS_BUDGET);
    if (part) return part;
    this.giveUpEdges = Math.min(this.giveUpEdges, m);
    return null;
  }

  /** Adds the full expectations of `list` (exact: the sum does not depend on who computes which term). */
  private async fullExpectations(list: IntTerm[], acc: PolyBuilder): Promise<void> {
    const pool = this.pool;
    if (pool && pool.size > 0 && list.length >= MIN_PARALLEL) {
      const polys = await pool.evaluate(list.map((c) => c.form));
      list.forEach((c, i) => {
        acc.addPoly(polys[i]!, c.coeff);
        this.wick.set(c.form, polys[i]!);
      });
      return;
    }
    for (const c of list) {
      // in slices: one class's expectation can take seconds, and signals wait for the event loop
      const e = this.wick.getSliced(c.form, this.slicer, () => undefined);
      acc.addPoly(e instanceof Poly ? e : await e, c.coeff);
      await this.slicer.breathe();
    }
  }

  /** The verified goal monomials of Y_s (union over the goals), or null when a check fails. */
  private goalPart(s: number, y: Poly, notEvaluated: readonly ClassCounts[]): Poly | null {
    const leftOut = this.pruning ? this.left.at(s, notEvaluated) : [];
    const b = Poly.builder();
    for (const g of this.prepared) {
      const part = g.verify(y, s, leftOut);
      if (part === null) return null;
      b.addPoly(part);
      g.learn(y, s, this.pruning);
    }
    // a monomial in two parts is counted once
    const union = new Map<string, { coeff: Rational; p: number; H: number; sigma2: number }>();
    for (const t of b.build().terms()) union.set(`${t.p},${t.H},${t.sigma2}`, { ...t, coeff: y.coeff(t.p, t.H, t.sigma2) });
    return Poly.fromTerms(union.values());
  }

  /** Per counts of C_s: whether some descendant may reach a goal at a later order (else dropped as left out). */
  private async keptForMerging(s: number, counts: ReadonlyMap<string, ClassCounts>): Promise<Map<string, boolean>> {
    const keepAt = new Map<string, boolean>();
    for (const [key, r] of counts) {
      let keep = !this.pruning;
      for (let t = s + 1; t <= this.order && !keep; t++) {
        for (const d of this.reach[t - s]!) {
          if (this.prepared.some((g) => g.relevant(addCounts(r, d), t))) {
            keep = true;
            break;
          }
        }
      }
      keepAt.set(key, keep);
      if (!keep) this.left.drop(s, r);
      await this.slicer.breathe();
    }
    return keepAt;
  }

  /** C_{s+1}: the kept classes of C_s merged with the loss. */
  private async mergeForward(s: number, C: DiagramSum, { classes, keyOf }: OrderClasses, keepAt: ReadonlyMap<string, boolean>): Promise<DiagramSum> {
    const builder = DiagramSum.builder();
    const kept: IntTerm[] = classes.filter((_, i) => keepAt.get(keyOf[i]!));
    let done = 0;
    for (const a of kept) {
      for (const x of this.lossTerms) {
        mergeClassesInto(builder, a.form, x.form, a.coeff * x.coeff);
        await this.slicer.breathe();
      }
      this.options.onProgress?.(s + 1, ++done, kept.length, 'merge');
    }
    return builder.build(C.factor.mul(this.start.loss.factor));
  }
}

/**
 * The goal monomials of Y_0 … Y_order, exactly, or null when a check fails.
 *
 * @example
 * ```ts
 * const model = makeModel({ nu: 2, scenario: 'sym' });
 * const loss = lossDiagrams(model);
 * const goal = { kind: 'weight', p: Rational.ONE, H: Rational.ONE, sigma2: Rational.of(-1) } as const;
 * const terms = await leadingSeries({ start: loss.sum, loss: loss.sum, constant: loss.constant }, 2, [goal]);
 * terms?.[1]?.poly.toString(); // "-4*p*H*sigma2 + 8*p^2*H*sigma2^2 + 8*p*H^2*sigma2^2 - 4*p^3*H*sigma2^3 - 12*p^2*H^2*sigma2^3 - 4*p*H^3*sigma2^3"
 * ```
 */
export async function leadingSeries(
  start: LeadingStart,
  order: number,
  goals: readonly LeadingGoal[],
  options: LeadingOptions = {},
): Promise<LeadingTerm[] | null> {
  // a front goal brings its own guess; a weight goal extrapolates from exact orders
  const warmup = options.warmup ?? (goals.some((g) => g.kind === 'weight') ? 3 : 0);
  const run = new LeadingRun(start, order, goals, options, warmup);
  try {
    return await run.run();
  } finally {
    await run.pool?.close();
  }
}
