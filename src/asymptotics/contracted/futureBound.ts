/**
 * An upper bound, proven in docs/asymptotics.md §"The future bound", on the weight gained by the
 * k merges that take a quotient state to an even final state: a dynamic programme over
 * invariants of the state, the genus excess X2 = E + 2 − 2V, the per-colour parities of the edge
 * counts τ, and counts of odd parity units (units.ts). Each merge
 * follows one pattern; the pattern fixes the gain and the change of X2 and τ exactly and bounds
 * each unit count from below (every touched old unit may heal, every unit on a new block that
 * the merge makes odd is born odd). An even final state has X2 ≥ 0 (it is connected and every
 * group holds at least two edges), τ = 0 and no odd unit. The value is monotone in each
 * lower-bounded count, so the lower bounds may stand for the true values.
 *
 * Forgetting invariants only loosens the bound, so several small programmes, each over X2, τ
 * and a few sums of unit counts (a *projection*), are each valid, and so is their minimum; that
 * is much cheaper than one programme over every count.
 */
import type { WeightedGenus } from '../weightedGenus.js';
import { CodeTable } from './codeTable.js';
import type { Move } from './moves.js';
import type { UnitLayout } from './units.js';

/** Integer weights per new p-block, new H-block and added edge (a common denominator taken out). */
export interface IntWeights {
  readonly p: number;
  readonly H: number;
  readonly edge: number;
}

/** Effect of one pattern class on the tracked counts. */
interface Step {
  readonly gain: number;
  readonly dX2: number;
  readonly tau: number;
  /** per tracked count: units on old blocks that may heal, units born odd */
  readonly old: Int16Array;
  readonly born: Int16Array;
}

export const INFEASIBLE = -Infinity;

/** What {@link FutureBound.value} returns when its time slice ran out before the value was known. */
export const PENDING = NaN;

/** Frames of the programme's fill between two looks at the clock. */
const FILL_CHECK = 4096;

/** One state of the programme being filled: the next step to try and the best gain so far. */
interface Frame {
  readonly k: number;
  readonly x2: number;
  readonly tau: number;
  readonly counts: Int32Array;
  /** the memo row of (k, X2, τ, counts) */
  readonly key: Uint16Array;
  step: number;
  best: number;
}

/** Takes the value v of the state the frame's current step leads to, and moves to the next step. */
function settle(f: Frame, steps: readonly Step[], v: number): void {
  const gain = steps[f.step]!.gain;
  if (v !== INFEASIBLE && gain + v > f.best) f.best = gain + v;
  f.step++;
}

/**
 * A projection: each tracked count is the sum of the unit counts of some kinds (a kind listed j
 * times counts j times: a weighted sum with integer weights).
 */
export type Projection = readonly (readonly number[])[];

/**
 * The weighted genus budget Ψ = Σ_u w_u·(touched units of kind u) of a certificate
 * (docs/asymptotics.md §"The weighted genus budget"), as one count in quarters: each kind listed
 * 4w_u times. The certificate's kinds are [H-block, (H-block, colour), p-block, (p-block, colour),
 * odd group].
 */
export function genusProjection(layout: UnitLayout, genus: WeightedGenus): Projection {
  const kinds = [layout.touchedH, layout.touchedHColour, layout.touchedP, layout.touchedPColour];
  const out: number[] = [];
  const times = (w: number, kind: number) => {
    const q = 4 * w;
    if (!Number.isInteger(q) || q < 0) throw new RangeError('genusProjection: weights must be non-negative quarters');
    for (let i = 0; i < q; i++) out.push(kind);
  };
  kinds.forEach((kind, u) => times(genus.weights[u]!, kind));
  for (let c = 0; c < layout.colours; c++) times(genus.weights[4]!, layout.group(c));
  return [out];
}

/**
 * The projections used for a layout (docs/asymptotics.md §"The future bound"), and, for a model
 * with a weighted genus certificate, the weighted genus budget before them (its programme is the
 * smallest, and where it rejects the others are not consulted).
 */
export function defaultProjections(layout: UnitLayout, genus: WeightedGenus | null = null): Projection[] {
  const base = parityProjections(layout);
  return genus ? [genusProjection(layout, genus), ...base] : base;
}

function parityProjections(layout: UnitLayout): Projection[] {
  const C = layout.colours;
  const each = (f: (c: number) => number) => Array.from({ length: C }, (_, c) => [f(c)]);
  const all = (f: (c: number) => number) => Array.from({ length: C }, (_, c) => f(c));
  if (C === 1) return [[[layout.group(0)], [layout.hBlock], [layout.pBlock]]];
  return [
    // totals: odd groups, pairs, mixed pairs, blocks, block colours
    [all((c) => layout.group(c)), [layout.pair], [layout.pairMixed], [layout.hBlock], [layout.pBlock], all((c) => layout.hColour(c)), all((c) => layout.pColour(c))],
    // odd groups per colour, pairs
    [...each((c) => layout.group(c)), [layout.pair]],
    // block colours per colour
    [...each((c) => layout.hColour(c)), ...each((c) => layout.pColour(c))],
  ];
}

/** The dynamic programme over X2, τ and the counts of one projection. */
class ProjectedBound {
  private readonly steps: Step[];
  private readonly memo: CodeTable;
  /** per colour, the positions of its counts when the programme is colour-symmetric */
  private readonly colourSlots: number[][] | null;
  private readonly sharedSlots: number[];
  private readonly scratch: Uint16Array;
  private readonly own: Int32Array;
  private readonly rise: number;
  private readonly drop: number;
  private readonly heal: Int32Array;
  /** the stack of a fill stopped by its time slice, resumed when the same value is asked again */
  private suspended: Frame[] | null = null;

  constructor(moves: readonly Move[], weights: IntWeights, readonly layout: UnitLayout, readonly projection: Projection) {
    const K = projection.length;
    const sum = (a: Int8Array, kinds: readonly number[]) => kinds.reduce((n, k) => n + a[k]!, 0);
    const best = new Map<string, Step>();
    for (const m of moves) {
      for (const pt of m.patterns) {
        const s: Step = {
          gain: pt.newP * weights.p + pt.newH * weights.H + m.addedEdges * weights.edge,
          dX2: m.addedEdges - 2 * (pt.newH + pt.newP),
          tau: m.tau,
          old: Int16Array.from(projection, (kinds) => sum(pt.touchedOld, kinds)),
          born: Int16Array.from(projection, (kinds) => sum(pt.bornNew, kinds)),
        };
        const key = stepKey(s);
        const prev = best.get(key);
        if (!prev || prev.gain < s.gain) best.set(key, s);
      }
    }
    const all = [...best.values()];
    const slots = perColourSlots(layout, projection);
    this.colourSlots = slots && colourSymmetric(best, slots, layout.colours) ? slots : null;
    const tied = new Set((this.colourSlots ?? []).flat());
    this.sharedSlots = projection.map((_, i) => i).filter((i) => !tied.has(i));
    const width = this.colourSlots === null ? 3 + K : 2 + this.colourSlots.length * (this.colourSlots[0]!.length + 1) + this.sharedSlots.length;
    this.scratch = new Uint16Array(width);
    this.memo = new CodeTable(width);
    this.own = new Int32Array(K);
    const beats = (u: Step, v: Step) => {
      if (u.tau !== v.tau || u.gain < v.gain || u.dX2 < v.dX2) return false;
      for (let i = 0; i < K; i++) if (u.old[i]! < v.old[i]! || u.born[i]! > v.born[i]!) return false;
      return true;
    };
    // drop steps another step beats in every respect (equal steps share a key, so no ties)
    this.steps = all.filter((v) => !all.some((u) => u !== v && beats(u, v)));
    this.drop = Math.max(0, ...this.steps.map((s) => -s.dX2));
    this.rise = Math.max(0, ...this.steps.map((s) => s.dX2));
    this.heal = Int32Array.from({ length: K }, (_, i) => Math.max(0, ...this.steps.map((s) => s.old[i]!)));
  }

  get stepCount(): number {
    return this.steps.length;
  }

  get memoSize(): number {
    return this.memo.size;
  }

  /**
   * The value for a state whose unit counts per kind are `units` (layout order), or PENDING when
   * the programme's fill took longer than `sliceMs` first: what it filled is kept, so asking
   * again continues from there (the caller lets the event loop run in between).
   */
  valueOf(k: number, x2: number, tau: number, units: ArrayLike<number>, sliceMs = Infinity): number {
    const own = this.own;
    for (let i = 0; i < this.projection.length; i++) {
      let n = 0;
      for (const kind of this.projection[i]!) n += units[kind]!;
      own[i] = n;
    }
    const root = this.enter(k, x2, tau, own);
    if (typeof root === 'number') return root;
    const stack = this.suspended !== null && sameCodes(this.suspended[0]!.key, root.key) ? this.suspended : [root];
    this.suspended = null;
    return this.fill(stack, sliceMs);
  }

  /**
   * The value of (k, x2, τ, counts) when it needs no filling (a terminal case or a memo hit),
   * else the frame that computes it (it copies the counts).
   */
  private enter(k: number, x2: number, tau: number, counts: Int32Array): number | Frame {
    const K = counts.length;
    for (let i = 0; i < K; i++) if (counts[i]! > k * this.heal[i]!) return INFEASIBLE;
    if (k === 0) {
      if (x2 < 0 || tau !== 0) return INFEASIBLE;
      for (let i = 0; i < K; i++) if (counts[i] !== 0) return INFEASIBLE;
      return 0;
    }
    const cap = k * this.drop;
    if (x2 > cap) x2 = cap; // from here on X2 cannot become negative
    if (x2 + k * this.rise < 0) return INFEASIBLE;
    const key = this.key(k, x2, tau, counts);
    const hit = this.memo.get(key);
    if (!Number.isNaN(hit)) return hit;
    return { k, x2, tau, counts: counts.slice(), key: key.slice(), step: 0, best: INFEASIBLE };
  }

  /**
   * The programme below the stack's first frame, depth first: each frame tries the steps in
   * order, the best gain plus the value of the state a step leads to. The clock is read every
   * few thousand frames; past `sliceMs`, the stack is kept for the next call and PENDING returned.
   */
  private fill(stack: Frame[], sliceMs: number): number {
    const steps = this.steps;
    const next = new Int32Array(this.own.length);
    const K = next.length;
    const started = sliceMs === Infinity ? 0 : performance.now();
    let work = 0;
    for (;;) {
      const top = stack[stack.length - 1]!;
      if (top.step === steps.length) {
        this.memo.set(top.key, top.best);
        stack.pop();
        if (stack.length === 0) return top.best;
        settle(stack[stack.length - 1]!, steps, top.best);
        continue;
      }
      if (++work === FILL_CHECK) {
        work = 0;
        if (performance.now() - started > sliceMs) {
          this.suspended = stack;
          return PENDING;
        }
      }
      const s = steps[top.step]!;
      for (let i = 0; i < K; i++) next[i] = Math.max(top.counts[i]! - s.old[i]!, 0) + s.born[i]!;
      const child = this.enter(top.k - 1, top.x2 + s.dX2, top.tau ^ s.tau, next);
      if (typeof child === 'number') settle(top, steps, child);
      else stack.push(child);
    }
  }

  /**
   * Memo row, in the scratch array: one 16-bit code per component (all stay far below 2^16: k ≤ 64,
   * |X2| and the counts ≤ k times a merge's largest change); per-colour components sorted when
   * colour-symmetric.
   */
  private key(k: number, x2: number, tau: number, counts: Int32Array): Uint16Array {
    const codes = this.scratch;
    let n = 0;
    codes[n++] = k;
    codes[n++] = x2 + 32768;
    const slots = this.colourSlots;
    if (slots === null) {
      codes[n++] = tau;
      for (let i = 0; i < counts.length; i++) codes[n++] = counts[i]!;
    } else {
      const C = slots.length;
      const w = slots[0]!.length + 1; // the τ bit, then the colour's counts
      const start = n;
      for (let c = 0; c < C; c++) {
        codes[n++] = (tau >> c) & 1;
        for (const i of slots[c]!) codes[n++] = counts[i]!;
      }
      for (let i = 1; i < C; i++) {
        for (let j = i; j > 0 && compareRuns(codes, start + w * (j - 1), start + w * j, w) > 0; j--) swapRuns(codes, start + w * (j - 1), start + w * j, w);
      }
      for (const i of this.sharedSlots) codes[n++] = counts[i]!;
    }
    return codes;
  }
}

/**
 * The future bound: the minimum of the programmes of several projections (each an upper bound
 * on the gain of the merges left).
 */
export class FutureBound {
  private readonly parts: ProjectedBound[];
  /** whether some projection reads touched units (then a child's exact counts are worth computing) */
  readonly readsTouched: boolean;

  constructor(moves: readonly Move[], readonly weights: IntWeights, readonly layout: UnitLayout, projections: readonly Projection[] = defaultProjections(layout)) {
    this.parts = projections.map((pr) => new ProjectedBound(moves, weights, layout, pr));
    this.readsTouched = projections.some((pr) => pr.some((kinds) => kinds.some((k) => layout.isTouched(k))));
  }

  /** Step classes per projection after domination (for reports). */
  get stepCounts(): number[] {
    return this.parts.map((p) => p.stepCount);
  }

  /** Memo entries per projection (for reports). */
  get memoSizes(): number[] {
    return this.parts.map((p) => p.memoSize);
  }

  /**
   * Largest total gain of k merges from a state with genus excess x2, edge parities τ and odd
   * units per kind `units` (layout order) that end in an even final state; INFEASIBLE when none
   * can. With `need`, the first projection whose value is below it is returned (still an upper
   * bound, and enough to reject). With `sliceMs`, PENDING when filling the programmes took
   * longer than that; asking again goes on where the fill stopped.
   */
  value(k: number, x2: number, tau: number, units: ArrayLike<number>, need = INFEASIBLE, sliceMs = Infinity): number {
    let out = Infinity;
    for (const p of this.parts) {
      const v = p.valueOf(k, x2, tau, units, sliceMs);
      if (Number.isNaN(v)) return PENDING;
      out = Math.min(out, v);
      if (out < need || out === INFEASIBLE) return out;
    }
    return out;
  }
}

function stepKey(s: Step): string {
  return `${s.dX2},${s.tau},${s.old.join(',')},${s.born.join(',')}`;
}

/**
 * Per colour c, the positions of the projection's counts that are the unit kinds of colour c
 * alone (its odd groups, H-block and p-block colour counts), listed in the same order for every
 * colour; null when the colours do not all have the same such counts.
 */
function perColourSlots(layout: UnitLayout, projection: Projection): number[][] | null {
  const C = layout.colours;
  if (C < 2) return null;
  const kindsOf = (c: number) => [layout.group(c), layout.hColour(c), layout.pColour(c)];
  const slots = Array.from({ length: C }, (_, c) =>
    kindsOf(c)
      .map((kind) => projection.findIndex((ks) => ks.length === 1 && ks[0] === kind))
      .filter((i) => i >= 0),
  );
  const shape = (c: number) => kindsOf(c).map((kind) => projection.some((ks) => ks.length === 1 && ks[0] === kind)).join();
  for (let c = 1; c < C; c++) if (shape(c) !== shape(0)) return null;
  return slots[0]!.length === 0 ? null : slots;
}

/** Whether the steps are closed under the transpositions of adjacent colours (same gains). */
function colourSymmetric(steps: Map<string, Step>, slots: number[][], C: number): boolean {
  for (let c = 0; c + 1 < C; c++) {
    for (const s of steps.values()) {
      const old = s.old.slice();
      const born = s.born.slice();
      for (let j = 0; j < slots[c]!.length; j++) {
        const a = slots[c]![j]!;
        const b = slots[c + 1]![j]!;
        [old[a], old[b]] = [s.old[b]!, s.old[a]!];
        [born[a], born[b]] = [s.born[b]!, s.born[a]!];
      }
      const bitA = (s.tau >> c) & 1;
      const bitB = (s.tau >> (c + 1)) & 1;
      const tau = (s.tau & ~(3 << c)) | (bitA << (c + 1)) | (bitB << c);
      if (steps.get(stepKey({ ...s, old, born, tau }))?.gain !== s.gain) return false;
    }
  }
  return true;
}

function sameCodes(a: Uint16Array, b: Uint16Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function compareRuns(a: Uint16Array, i: number, j: number, w: number): number {
  for (let t = 0; t < w; t++) if (a[i + t] !== a[j + t]) return a[i + t]! - a[j + t]!;
  return 0;
}

function swapRuns(a: Uint16Array, i: number, j: number, w: number): void {
  for (let t = 0; t < w; t++) {
    const x = a[i + t]!;
    a[i + t] = a[j + t]!;
    a[j + t] = x;
  }
}
