/**
 * The contracted-state engine's two entry points (docs/asymptotics.md §"The contracted-state
 * engine"): the whole series Y_0 … Y_S exactly (a second, independent algorithm for what
 * expansion/ computes), and the leading monomials of each Y_s along a weight (a scaling
 * H = y p^a, σ² = z p^b or a power-law direction) with the proven future bound.
 *
 * Y_s = (−1)^s E[L^{⋆(s+1)}] (docs/conventions.md §"The series Y_s"), L − ½‖F‖² = scale·Σ n_X X;
 * for an observable G = factor·Σ n_G G, the s-th entry is (−1)^s E[G ⋆ L ⋆ … ⋆ L].
 */
import type { Diagram } from '../../diagram/index.js';
import { lossDiagrams, type LossDiagrams } from '../../expansion/index.js';
import { DiagramSum } from '../../merge/index.js';
import { colourCount, type Model } from '../../model/index.js';
import { Poly, Rational, lcm, type PolyTerm } from '../../rational/index.js';
import { stirlingFirstKind } from '../../wick/index.js';
import { bucketKey, contractedPass, type Buckets, type StartTerm } from './contractedPass.js';
import { components } from '../leadingBound.js';
import { defaultProjections, FutureBound, type IntWeights } from './futureBound.js';
import { weightedGenusBounds, type WeightedGenus } from '../weightedGenus.js';
import { lossMoves, lossPatternCount, MAX_CONTRACTED_PATTERNS, type Move } from './moves.js';
import { colourSymmetric } from './colourOrbits.js';
import { UnitLayout } from './units.js';

/** A weight w = p·q + H·n + sigma2·l on the monomials p^q H^n σ^{2l} (p, H > 0). */
export interface ContractedWeight {
  readonly p: Rational;
  readonly H: Rational;
  readonly sigma2: Rational;
}

export interface ContractedOptions {
  /** the series of this observable instead of the loss */
  readonly observable?: Diagram | DiagramSum;
  /** each order as soon as it is known */
  readonly onTerm?: (s: number, y: Poly) => void;
  /** states kept at each level of each pass */
  readonly onLevel?: (s: number, level: number, states: number) => void;
  /** checked whenever a pass yields to the event loop (about every 50 ms); throwing stops the run */
  readonly interrupt?: () => void;
  /** leading mode: the thresholds tried and states kept, after each order */
  readonly onStats?: (stats: ContractedStats) => void;
}

/** Per order: the thresholds tried and the states kept per level of the last pass. */
export interface ContractedStats {
  readonly s: number;
  readonly thresholds: Rational[];
  readonly kept: number[];
}

export interface Setup {
  start: StartTerm[];
  units: UnitLayout;
  moves: Move[];
  /** factor of the s-th entry: (−1)^s · startFactor · scale^s */
  startFactor: Rational;
  scale: Rational;
  /** added to Y_0 */
  constant: Poly;
  /**
   * The weighted genus certificate of the start and loss diagrams with the largest κ
   * (weightedGenus.ts), or null: its unit weights give the future bound its genus budget.
   */
  genus: WeightedGenus | null;
}

/** @internal Start terms, moves and factors of a series. */
export function contractedSetup(model: Model, observable?: Diagram | DiagramSum): Setup {
  if (model.scenario === 'asym' && model.nu > 30) throw new RangeError('contracted engine: at most 30 colours');
  const loss = lossDiagrams(model);
  const refusal = tooLarge(model, loss);
  if (refusal !== null) throw new RangeError(refusal);
  const colours = colourCount(model);
  const units = new UnitLayout(colours, colourSymmetric(loss.terms, colours));
  const moves = lossMoves(loss.terms, units);
  const certified = (start: StartTerm[]) =>
    weightedGenusBounds(
      start.map((t) => t.diagram),
      loss.terms.map((t) => t.form.diagram),
    )[0] ?? null;
  if (observable === undefined) {
    const start = loss.terms.map((t) => ({ diagram: t.form.diagram, coeff: t.coeff }));
    return { start, units, moves, startFactor: loss.scale, scale: loss.scale, constant: loss.constant, genus: certified(start) };
  }
  const sum = observable instanceof DiagramSum ? observable : DiagramSum.of(observable);
  const start = sum.intTerms().map((t) => ({ diagram: t.form.diagram, coeff: t.coeff }));
  return { start, units, moves, startFactor: sum.factor, scale: loss.scale, constant: Poly.ZERO, genus: certified(start) };
}

/** The future bound of a series along integer weights (with its genus budget when certified). */
export function futureBoundOf(st: Setup, weights: IntWeights): FutureBound {
  return new FutureBound(st.moves, weights, st.units, defaultProjections(st.units, st.genus));
}

function entryFactor(st: Setup, s: number): Rational {
  let f = st.startFactor;
  for (let i = 0; i < s; i++) f = f.mul(st.scale);
  return s % 2 === 0 ? f : f.neg();
}

/** Σ C·(H)_{nH}(p)_{nP}σ^E over the buckets, keeping the monomials `keep` accepts. */
function bucketPoly(b: Buckets, factor: Rational, keep: (q: number, n: number, edges: number) => boolean = () => true): Poly {
  const acc = new Map<string, bigint>();
  const rows = [...b].map(([key, C]) => [...(key.split(',').map(Number) as [number, number, number]), C] as const);
  const s = stirlingFirstKind(Math.max(0, ...rows.map(([nH, nP]) => Math.max(nH, nP))));
  for (const [nH, nP, E, C] of rows) {
    if (C === 0n) continue;
    const sh = s[nH]!;
    const sp = s[nP]!;
    for (let j = 0; j < sh.length; j++) {
      if (sh[j] === 0n) continue;
      for (let i = 0; i < sp.length; i++) {
        if (sp[i] === 0n || !keep(i, j, E)) continue;
        const k = bucketKey(j, i, E);
        acc.set(k, (acc.get(k) ?? 0n) + C * sh[j]! * sp[i]!);
      }
    }
  }
  const terms = [];
  for (const [key, c] of acc) {
    if (c === 0n) continue;
    const [H, p, E] = key.split(',').map(Number) as [number, number, number];
    terms.push({ coeff: factor.mul(Rational.of(c)), p, H, sigma2: E / 2 });
  }
  return Poly.fromTerms(terms);
}

/**
 * Y_0 … Y_order exactly, by the contracted-state programme without pruning. Slower than
 * expansion/ (many more states than diagram classes); it exists as an independent check.
 */
export async function contractedExactSeries(model: Model, order: number, options: ContractedOptions = {}): Promise<Poly[]> {
  const st = contractedSetup(model, options.observable);
  const res = await contractedPass({
    start: st.start,
    units: st.units,
    moves: st.moves,
    order,
    leading: null,
    onLevel: (l, n) => options.onLevel?.(order, l, n),
    interrupt: options.interrupt,
  });
  const out: Poly[] = [];
  for (let s = 0; s <= order; s++) {
    let y = bucketPoly(res.buckets[s]!, entryFactor(st, s));
    if (s === 0) y = y.add(st.constant);
    out.push(y);
    options.onTerm?.(s, y);
  }
  return out;
}

/** Integer weights per new p-block, new H-block and edge, and the common denominator. */
export function integerWeights(w: ContractedWeight): { weights: IntWeights; den: bigint } {
  const perEdge = w.sigma2.div(Rational.of(2));
  const den = lcm(lcm(w.p.den, w.H.den), perEdge.den);
  const int = (r: Rational) => Number(r.mul(Rational.of(den)).num);
  return { weights: { p: int(w.p), H: int(w.H), edge: int(perEdge) }, den };
}

/**
 * Why the engine's moves are too many to build for this model (their patterns exceed
 * {@link MAX_CONTRACTED_PATTERNS}, docs/limits.md), or null.
 */
export function contractedTooLarge(model: Model): string | null {
  return tooLarge(model, lossDiagrams(model));
}

function tooLarge(model: Model, loss: LossDiagrams): string | null {
  const n = lossPatternCount(loss.terms);
  if (n <= MAX_CONTRACTED_PATTERNS) return null;
  return `the contracted engine's moves for ${model.scenario.toUpperCase()} ν = ${model.nu} would have ${n.toExponential(2)} patterns, more than ${MAX_CONTRACTED_PATTERNS} (docs/limits.md)`;
}

/** Whether the leading mode applies: positive weights on p and H, connected bridgeless terms, moves of a size it can build. */
export function contractedApplies(model: Model, w: ContractedWeight, observable?: Diagram | DiagramSum): boolean {
  if (w.p.sign() <= 0 || w.H.sign() <= 0) return false;
  if (model.scenario === 'asym' && model.nu > 30) return false;
  const loss = lossDiagrams(model);
  if (tooLarge(model, loss) !== null) return false;
  if (!loss.terms.every((t) => bridgeless(t.form.diagram))) return false;
  if (observable !== undefined) {
    const sum = observable instanceof DiagramSum ? observable : DiagramSum.of(observable);
    if (!sum.intTerms().every((t) => connected(t.form.diagram))) return false;
  }
  return true;
}

function connected(d: Diagram): boolean {
  return components(d.nH, d.nP, d.edges) === 1;
}

function bridgeless(d: Diagram): boolean {
  if (!connected(d)) return false;
  for (let i = 0; i < d.edges.length / 3; i++) if (components(d.nH, d.nP, d.edges, i) !== 1) return false;
  return true;
}

/**
 * The leading monomials of Y_0 … Y_order along one or several weights, exactly (for several
 * weights, the union of each one's leading monomials), with the thresholds tried and the states
 * kept per order and weight. Requires {@link contractedApplies} for every weight.
 */
export async function contractedLeadingSeries(
  model: Model,
  order: number,
  weight: ContractedWeight | readonly ContractedWeight[],
  options: ContractedOptions = {},
): Promise<{ terms: Poly[]; stats: ContractedStats[] }> {
  const weights = Array.isArray(weight) ? (weight as readonly ContractedWeight[]) : [weight as ContractedWeight];
  for (const w of weights) {
    if (!contractedApplies(model, w, options.observable)) throw new RangeError('contracted engine: the leading mode does not apply to this model and weight');
  }
  const st = contractedSetup(model, options.observable);
  const runs = weights.map((w) => new LeadingRun(st, w, options));
  const terms: Poly[] = [];
  const stats: ContractedStats[] = [];
  for (let s = 0; s <= order; s++) {
    const seen = new Map<string, PolyTerm>();
    for (const run of runs) {
      const { poly, stats: orderStats } = await run.order(s);
      for (const t of poly.terms()) seen.set(`${t.p},${t.H},${t.sigma2}`, t);
      stats.push(orderStats);
      options.onStats?.(orderStats);
    }
    const y = Poly.fromTerms(seen.values());
    terms.push(y);
    options.onTerm?.(s, y);
  }
  return { terms, stats };
}

/** @internal The orders of one weight, one after the other (0, 1, 2, …), each with its own threshold search. */
export class LeadingRun {
  private readonly weights: IntWeights;
  private readonly den: bigint;
  private readonly bound: FutureBound;
  private readonly exps: number[] = [];

  constructor(
    private readonly st: Setup,
    readonly weight: ContractedWeight,
    private readonly options: ContractedOptions,
  ) {
    const w = integerWeights(weight);
    this.weights = w.weights;
    this.den = w.den;
    this.bound = futureBoundOf(st, this.weights);
  }

  private monoWeight = (q: number, n: number, edges: number) => q * this.weights.p + n * this.weights.H + edges * this.weights.edge;

  /**
   * The leading monomials of Y_s. The threshold starts at the last exponent plus the largest
   * step between exponents seen so far (or above everything); when nothing nonzero reaches it,
   * it drops to the largest bound of what the pass left out, which no monomial of Y_s can exceed.
   */
  async order(s: number): Promise<{ poly: Poly; stats: ContractedStats }> {
    const { st, options, exps } = this;
    const tried: Rational[] = [];
    let kept: number[] = [];
    let result: Poly;
    if (s === 0) {
      const res = await contractedPass({ start: st.start, units: st.units, moves: st.moves, order: 0, leading: null, interrupt: options.interrupt });
      result = topTerms(bucketPoly(res.buckets[0]!, entryFactor(st, 0)).add(st.constant), this.monoWeight);
      kept = res.kept;
    } else {
      let T = Infinity;
      if (s >= 2 && exps.every(Number.isFinite)) {
        // the last exponent plus the largest step seen: too high costs one cheap pass, too low a slower one
        let step = -Infinity;
        for (let j = 1; j < s; j++) step = Math.max(step, exps[j]! - exps[j - 1]!);
        T = exps[s - 1]! + step;
      }
      for (;;) {
        if (T !== Infinity) tried.push(Rational.of(BigInt(T), this.den));
        const threshold = T;
        const res = await contractedPass({
          start: st.start,
          units: st.units,
          moves: st.moves,
          order: s,
          leading: { weights: this.weights, threshold, bound: this.bound },
          onLevel: (l, n) => options.onLevel?.(s, l, n),
          interrupt: options.interrupt,
        });
        kept = res.kept;
        const y = T === Infinity ? Poly.ZERO : bucketPoly(res.buckets[s]!, entryFactor(st, s), (q, n, e) => this.monoWeight(q, n, e) >= threshold);
        if (!y.isZero()) {
          result = topTerms(y, this.monoWeight);
          break;
        }
        if (res.below === -Infinity) {
          result = Poly.ZERO; // nothing at all is reachable: Y_s = 0
          break;
        }
        T = res.below;
      }
    }
    exps.push(result.isZero() ? NaN : topWeight(result, this.monoWeight));
    return { poly: result, stats: { s, thresholds: tried, kept } };
  }
}
function topWeight(y: Poly, wt: (q: number, n: number, e: number) => number): number {
  let best = -Infinity;
  for (const t of y.terms()) best = Math.max(best, wt(t.p, t.H, 2 * t.sigma2));
  return best;
}

/** @internal The monomials of y of the largest weight wt(q, n, edges). */
export function topTerms(y: Poly, wt: (q: number, n: number, e: number) => number): Poly {
  const best = topWeight(y, wt);
  return Poly.fromTerms([...y.terms()].filter((t) => wt(t.p, t.H, 2 * t.sigma2) === best));
}
