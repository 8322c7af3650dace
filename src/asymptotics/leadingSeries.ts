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
  const lossTerms = [...start.loss.unorderedIntTerms()];
  const steps = lossTerms.map((t) => mergeStep(t.form.diagram));
  const reach = reachableSteps(steps, order);
  // q + κn ≤ m/2 + κc where the model admits it (proven by a finite check, weightedGenus.ts)
  const kappas = weightedGenusBounds(
    [...start.start.unorderedIntTerms()].map((t) => t.form.diagram),
    lossTerms.map((t) => t.form.diagram),
  ).map((b) => b.kappa);
  const prepared = goals.map((g) => (g.kind === 'weight' ? prepareWeight(g, order, warmup, kappas) : prepareFront(g, order, kappas)));
  const left = new LeftOut(reach);
  const wick = new WickCache();
  const slicer = new Slicer();
  const out: LeadingTerm[] = [];
  let C = start.start;
  let t0 = performance.now();
  let pruning = false;
  let giveUpEdges = Infinity;
  /** E[class] restricted to what the goals keep, or null when the full expectation is needed */
  const evaluateAbove = (form: CanonicalForm, t: number): Poly | null => {
    const m = form.diagram.edges.length / 3;
    const c = kappas.length > 0 ? components(form.diagram.nH, form.diagram.nP, form.diagram.edges) : 0;
    const parts = prepared.map((g) => g.ignored(t, m, c));
    if (wick.has(form)) return wick.get(form);
    if (parts.some((x) => x === null)) return null;
    // a one-colour cycle has its closed form (Wishart moment), faster than any search
    const cycle = cycleExpectation(form.diagram);
    if (cycle) return cycle;
    // once the search has given up on a class, classes at least as large go to the full expectation
    if (m >= giveUpEdges) return null;
    const ignore: IgnoredRegion = (q, n, sum) => parts.every((f) => f!(q, n, sum));
    const part = wickAbove(form.diagram, ignore, options.budget ?? DFS_BUDGET);
    if (part) return part;
    giveUpEdges = Math.min(giveUpEdges, m);
    return null;
  };
  // full expectations go to worker threads when there are enough of them (exact: the sum does
  // not depend on who computes which term)
  const pool = (options.threads ?? 1) > 1 ? new WickPool(options.threads!) : null;
  const fullExpectations = async (list: IntTerm[], acc: PolyBuilder): Promise<void> => {
    if (pool && pool.size > 0 && list.length >= MIN_PARALLEL) {
      const polys = await pool.evaluate(list.map((c) => c.form));
      list.forEach((c, i) => {
        acc.addPoly(polys[i]!, c.coeff);
        wick.set(c.form, polys[i]!);
      });
      return;
    }
    for (const c of list) {
      acc.addPoly(wick.get(c.form), c.coeff);
      await slicer.breathe();
    }
  };
  try {
    for (let s = 0; ; s++) {
      // evaluate the classes that may reach a goal at s
      const classes = [...C.unorderedIntTerms()];
      const counts = new Map<string, ClassCounts>();
      const countsOf = (f: CanonicalForm) => {
        const k = classCounts(f.diagram);
        const key = countsKey(k);
        if (!counts.has(key)) counts.set(key, k);
        return key;
      };
      const keyOf = classes.map((c) => countsOf(c.form));
      const evalAt = new Map<string, boolean>();
      for (const [key, r] of counts) evalAt.set(key, !pruning || prepared.some((g) => g.relevant(r, s)));
      const acc = new PolyBuilder();
      const notEvaluated: ClassCounts[] = [];
      let evaluated = 0;
      const full: IntTerm[] = [];
      for (let i = 0; i < classes.length; i++) {
        if (!evalAt.get(keyOf[i]!)) continue;
        const form = classes[i]!.form;
        const e = wick.has(form) ? wick.get(form) : pruning ? evaluateAbove(form, s) : null;
        if (e) acc.addPoly(e, classes[i]!.coeff);
        else full.push(classes[i]!);
        evaluated++;
        options.onProgress?.(s, evaluated, classes.length, 'wick');
        await slicer.breathe();
      }
      await fullExpectations(full, acc);
      for (const [key, r] of counts) if (!evalAt.get(key)) notEvaluated.push(r);
      let y = acc.build().scale(C.factor.mul(s % 2 === 0 ? 1 : -1));
      if (s === 0) y = y.add(start.constant);
      const leftOut = pruning ? left.at(s, notEvaluated) : [];
      const b = Poly.builder();
      for (const g of prepared) {
        const part = g.verify(y, s, leftOut);
        if (part === null) return null;
        b.addPoly(part);
        g.learn(y, s, pruning);
      }
      // union of the goal parts (a monomial in two parts is counted once)
      const union = new Map<string, { coeff: Rational; p: number; H: number; sigma2: number }>();
      for (const t of b.build().terms()) union.set(`${t.p},${t.H},${t.sigma2}`, { ...t, coeff: y.coeff(t.p, t.H, t.sigma2) });
      const term: LeadingTerm = Object.freeze({ s, poly: Poly.fromTerms(union.values()), classes: classes.length, evaluated, millis: performance.now() - t0 });
      options.onTerm?.(term);
      out.push(term);
      if (s === order) return out;
      if (s >= Math.min(warmup, order)) pruning = true;

      // merge forward the classes some descendant of which may reach a goal
      t0 = performance.now();
      const keepAt = new Map<string, boolean>();
      for (const [key, r] of counts) {
        let keep = !pruning;
        for (let t = s + 1; t <= order && !keep; t++) {
          for (const d of reach[t - s]!) {
            if (prepared.some((g) => g.relevant(addCounts(r, d), t))) {
              keep = true;
              break;
            }
          }
        }
        keepAt.set(key, keep);
        if (!keep) left.drop(s, r);
      }
      const builder = DiagramSum.builder();
      const kept: IntTerm[] = classes.filter((_, i) => keepAt.get(keyOf[i]!));
      let done = 0;
      for (const a of kept) {
        for (const x of lossTerms) mergeClassesInto(builder, a.form, x.form, a.coeff * x.coeff);
        options.onProgress?.(s + 1, ++done, kept.length, 'merge');
        await slicer.breathe();
      }
      C = builder.build(C.factor.mul(start.loss.factor));
    }
  } finally {
    await pool?.close();
  }
}
