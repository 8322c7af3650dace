/**
 * An upper bound, proven in docs/asymptotics.md §"The future bound", on the weight gained by the
 * k merges that take a quotient state to an even final state: a dynamic programme over
 * invariants of the state, the genus excess X2 = E + 2 − 2V, the per-colour parities of the edge
 * counts τ, and the numbers of odd parity units of each kind (moves.ts, UNIT_KINDS). Each merge
 * follows one pattern; the pattern fixes the gain and the change of X2 and τ exactly and bounds
 * each unit count from below (every touched old unit may heal, every unit on a new block that
 * the merge makes odd is born odd). An even final state has X2 ≥ 0 (it is connected and every
 * group holds at least two edges), τ = 0 and no odd unit. The value is monotone in each
 * lower-bounded count, so the lower bounds may stand for the true values.
 */
import type { Move } from './moves.js';
import type { UnitLayout } from './units.js';

/** Integer weights per new p-block, new H-block and added edge (a common denominator taken out). */
export interface IntWeights {
  readonly p: number;
  readonly H: number;
  readonly edge: number;
}

/** Effect of one pattern class on the invariants. */
interface Step {
  readonly gain: number;
  readonly dX2: number;
  readonly tau: number;
  /** per active unit kind: units on old blocks that may heal, units born odd */
  readonly old: Int8Array;
  readonly born: Int8Array;
}

export const INFEASIBLE = -Infinity;

export class FutureBound {
  private readonly steps: Step[];
  private readonly memo = new Map<string, number>();
  /** the unit kinds (indices of the UnitLayout) the bound tracks */
  readonly kinds: readonly number[];
  /**
   * When the steps are invariant under permutations of the colours, the value is too, and the
   * memo key lists the per-colour invariants sorted: per colour, the positions in `kinds` of its
   * group and block-colour counts.
   */
  private readonly colourSlots: number[][] | null;
  /** positions in `kinds` not tied to one colour (used with colourSlots) */
  private readonly sharedSlots: number[];
  private readonly scratch: Uint16Array;
  /** most X2 can rise in one merge */
  private readonly rise: number;
  /** most X2 can fall in one merge; most each unit count can fall */
  private readonly drop: number;
  private readonly heal: Int32Array;

  constructor(moves: readonly Move[], readonly weights: IntWeights, readonly layout: UnitLayout) {
    this.kinds = layout.independentKinds();
    const K = this.kinds.length;
    const best = new Map<string, Step>();
    for (const m of moves) {
      for (const pt of m.patterns) {
        const s: Step = {
          gain: pt.newP * weights.p + pt.newH * weights.H + m.addedEdges * weights.edge,
          dX2: m.addedEdges - 2 * (pt.newH + pt.newP),
          tau: m.tau,
          old: Int8Array.from(this.kinds, (k) => pt.touchedOld[k]!),
          born: Int8Array.from(this.kinds, (k) => pt.bornNew[k]!),
        };
        const key = `${s.dX2},${s.tau},${s.old.join(',')},${s.born.join(',')}`;
        const prev = best.get(key);
        if (!prev || prev.gain < s.gain) best.set(key, s);
      }
    }
    const all = [...best.values()];
    this.colourSlots = colourSymmetric(best, layout, this.kinds) ? perColourSlots(layout, this.kinds) : null;
    const tied = new Set((this.colourSlots ?? []).flat());
    this.sharedSlots = this.kinds.map((_, i) => i).filter((i) => !tied.has(i));
    this.scratch = new Uint16Array(3 + 3 * this.kinds.length);
    const beats = (u: Step, v: Step) => {
      if (u.tau !== v.tau || u.gain < v.gain || u.dX2 < v.dX2) return false;
      for (let i = 0; i < K; i++) if (u.old[i]! < v.old[i]! || u.born[i]! > v.born[i]!) return false;
      return true;
    };
    // drop steps another step beats in every respect (ties: keep the first)
    this.steps = all.filter((v, j) => !all.some((u, i) => i !== j && beats(u, v) && (!beats(v, u) || i < j)));
    this.drop = Math.max(0, ...this.steps.map((s) => -s.dX2));
    this.rise = Math.max(0, ...this.steps.map((s) => s.dX2));
    this.heal = Int32Array.from({ length: K }, (_, i) => Math.max(0, ...this.steps.map((s) => s.old[i]!)));
  }

  /**
   * Memo key: one character per component (all stay far below 2^16: k ≤ 64, |X2| and the unit
   * counts ≤ k times a merge's largest change); per-colour components sorted when symmetric.
   */
  private key(k: number, x2: number, tau: number, units: ArrayLike<number>): string {
    const codes = this.scratch;
    let n = 0;
    codes[n++] = k;
    codes[n++] = x2 + 32768;
    const slots = this.colourSlots;
    if (slots === null) {
      codes[n++] = tau;
      for (let i = 0; i < this.kinds.length; i++) codes[n++] = units[i]!;
    } else {
      const C = slots.length;
      const start = n;
      for (let c = 0; c < C; c++) {
        const sl = slots[c]!;
        // (tau bit, group count) in one char, the two block-colour counts in two more
        codes[n++] = (units[sl[0]!]! << 1) | ((tau >> c) & 1);
        codes[n++] = units[sl[1]!]!;
        codes[n++] = units[sl[2]!]!;
      }
      // insertion sort of the C triples
      for (let i = 1; i < C; i++) {
        for (let j = i; j > 0 && compareTriple(codes, start + 3 * (j - 1), start + 3 * j) > 0; j--) swapTriple(codes, start + 3 * (j - 1), start + 3 * j);
      }
      for (const i of this.sharedSlots) codes[n++] = units[i]!;
    }
    return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  }

  /** Number of step classes after domination (for reports). */
  get stepCount(): number {
    return this.steps.length;
  }

  /**
   * Largest total gain of k merges from a state with these invariants (`units[i]` the odd units
   * of kind `kinds[i]`) that end in an even final state; INFEASIBLE when none can.
   */
  value(k: number, x2: number, tau: number, units: ArrayLike<number>): number {
    const K = this.kinds.length;
    for (let i = 0; i < K; i++) if (units[i]! > k * this.heal[i]!) return INFEASIBLE;
    if (k === 0) {
      if (x2 < 0 || tau !== 0) return INFEASIBLE;
      for (let i = 0; i < K; i++) if (units[i] !== 0) return INFEASIBLE;
      return 0;
    }
    const cap = k * this.drop;
    if (x2 > cap) x2 = cap; // from here on X2 cannot become negative
    if (x2 + k * this.rise < 0) return INFEASIBLE;
    const key = this.key(k, x2, tau, units);
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    let best = INFEASIBLE;
    const next = new Int32Array(K);
    for (const s of this.steps) {
      for (let i = 0; i < K; i++) next[i] = Math.max(units[i]! - s.old[i]!, 0) + s.born[i]!;
      const v = this.value(k - 1, x2 + s.dX2, tau ^ s.tau, next);
      if (v !== INFEASIBLE && s.gain + v > best) best = s.gain + v;
    }
    this.memo.set(key, best);
    return best;
  }
}

/** For each colour, the positions in `kinds` of its group and (H-block, p-block) colour counts. */
function perColourSlots(layout: UnitLayout, kinds: readonly number[]): number[][] {
  return Array.from({ length: layout.colours }, (_, c) => [layout.group(c), layout.hColour(c), layout.pColour(c)].map((k) => kinds.indexOf(k)));
}

/** Whether the set of step keys is closed under the transpositions of adjacent colours. */
function colourSymmetric(steps: Map<string, Step>, layout: UnitLayout, kinds: readonly number[]): boolean {
  const C = layout.colours;
  if (C < 2) return false;
  const slots = perColourSlots(layout, kinds);
  if (slots.flat().some((i) => i < 0)) return false;
  const byKey = new Map<string, number>();
  const keyOf = (s: Step) => `${s.dX2},${s.tau},${s.old.join(',')},${s.born.join(',')}`;
  for (const s of steps.values()) byKey.set(keyOf(s), s.gain);
  for (let c = 0; c + 1 < C; c++) {
    for (const s of steps.values()) {
      const old = s.old.slice();
      const born = s.born.slice();
      for (let j = 0; j < 3; j++) {
        const a = slots[c]![j]!;
        const b = slots[c + 1]![j]!;
        [old[a], old[b]] = [s.old[b]!, s.old[a]!];
        [born[a], born[b]] = [s.born[b]!, s.born[a]!];
      }
      const bitA = (s.tau >> c) & 1;
      const bitB = (s.tau >> (c + 1)) & 1;
      const tau = (s.tau & ~(3 << c)) | (bitA << (c + 1)) | (bitB << c);
      if (byKey.get(keyOf({ ...s, old, born, tau })) !== s.gain) return false;
    }
  }
  return true;
}

function compareTriple(a: Uint16Array, i: number, j: number): number {
  return a[i]! - a[j]! || a[i + 1]! - a[j + 1]! || a[i + 2]! - a[j + 2]!;
}

function swapTriple(a: Uint16Array, i: number, j: number): void {
  for (let t = 0; t < 3; t++) {
    const x = a[i + t]!;
    a[i + t] = a[j + t]!;
    a[j + t] = x;
  }
}
