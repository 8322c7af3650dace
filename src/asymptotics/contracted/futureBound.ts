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
  /** the unit kinds (UNIT_KINDS indices) the bound tracks */
  readonly kinds: readonly number[];
  /** most X2 can fall in one merge; most each unit count can fall */
  private readonly drop: number;
  private readonly heal: Int32Array;

  constructor(moves: readonly Move[], readonly weights: IntWeights, colours: number) {
    // with one colour a pair is a group and an (H-block, colour) an H-block
    this.kinds = colours === 1 ? [0, 2, 3] : [0, 1, 2, 3, 4, 5];
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
    const beats = (u: Step, v: Step) => {
      if (u.tau !== v.tau || u.gain < v.gain || u.dX2 < v.dX2) return false;
      for (let i = 0; i < K; i++) if (u.old[i]! < v.old[i]! || u.born[i]! > v.born[i]!) return false;
      return true;
    };
    // drop steps another step beats in every respect (ties: keep the first)
    this.steps = all.filter((v, j) => !all.some((u, i) => i !== j && beats(u, v) && (!beats(v, u) || i < j)));
    this.drop = Math.max(0, ...this.steps.map((s) => -s.dX2));
    this.heal = Int32Array.from({ length: K }, (_, i) => Math.max(0, ...this.steps.map((s) => s.old[i]!)));
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
    let key = `${k},${x2},${tau}`;
    for (let i = 0; i < K; i++) key += `,${units[i]}`;
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
