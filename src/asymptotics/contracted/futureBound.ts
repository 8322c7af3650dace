/**
 * An upper bound, proven in docs/asymptotics.md §"The future bound", on the weight gained by the
 * k merges that take a quotient state to an even final state: a dynamic programme over five
 * invariants of the state, the genus excess X2 = E + 2 − 2V, the odd groups O, the H- and
 * p-blocks of odd colour parity oH, oP, and the per-colour parities of the edge counts τ.
 * Each merge follows one pattern (moves.ts); the pattern fixes the gain and the change of X2
 * and τ exactly and bounds O, oH, oP from below (every toggled old group may heal, every toggled
 * group on a new block is born odd). An even final state has X2 ≥ 0 (it is connected and every
 * group holds at least two edges) and O = oH = oP = 0, τ = 0. The value is monotone in each
 * lower-bounded invariant, so the lower bounds may stand for the true values.
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
  readonly tOld: number;
  readonly tNew: number;
  readonly fOH: number;
  readonly fNH: number;
  readonly fOP: number;
  readonly fNP: number;
  readonly tau: number;
}

export const INFEASIBLE = -Infinity;

export class FutureBound {
  private readonly steps: Step[];
  private readonly memo = new Map<string, number>();
  /** most X2 can fall in one merge, most O / oH / oP can fall */
  private readonly drop: number;
  private readonly healO: number;
  private readonly healH: number;
  private readonly healP: number;

  constructor(moves: readonly Move[], readonly weights: IntWeights) {
    const best = new Map<string, Step>();
    for (const m of moves) {
      for (const pt of m.patterns) {
        const s: Step = {
          gain: pt.newP * weights.p + pt.newH * weights.H + m.addedEdges * weights.edge,
          dX2: m.addedEdges - 2 * (pt.newH + pt.newP),
          tOld: pt.toggledOld,
          tNew: pt.toggledNew,
          fOH: pt.flippedOldH,
          fNH: pt.flippedNewH,
          fOP: pt.flippedOldP,
          fNP: pt.flippedNewP,
          tau: m.tau,
        };
        const k = [s.dX2, s.tOld, s.tNew, s.fOH, s.fNH, s.fOP, s.fNP, s.tau].join(',');
        const old = best.get(k);
        if (!old || old.gain < s.gain) best.set(k, s);
      }
    }
    const all = [...best.values()];
    // drop steps another step beats in every respect (same τ)
    this.steps = all.filter(
      (v) =>
        !all.some(
          (u) =>
            u !== v &&
            u.tau === v.tau &&
            u.gain >= v.gain &&
            u.dX2 >= v.dX2 &&
            u.tOld >= v.tOld &&
            u.tNew <= v.tNew &&
            u.fOH >= v.fOH &&
            u.fNH <= v.fNH &&
            u.fOP >= v.fOP &&
            u.fNP <= v.fNP &&
            (u.gain > v.gain || u.dX2 > v.dX2 || u.tOld > v.tOld || u.tNew < v.tNew || u.fOH > v.fOH || u.fNH < v.fNH || u.fOP > v.fOP || u.fNP < v.fNP),
        ),
    );
    this.drop = Math.max(0, ...this.steps.map((s) => -s.dX2));
    this.healO = Math.max(0, ...this.steps.map((s) => s.tOld));
    this.healH = Math.max(0, ...this.steps.map((s) => s.fOH));
    this.healP = Math.max(0, ...this.steps.map((s) => s.fOP));
  }

  /** Number of step classes after domination (for reports). */
  get stepCount(): number {
    return this.steps.length;
  }

  /**
   * Largest total gain of k merges from a state with these invariants that end in an even final
   * state; INFEASIBLE when none can.
   */
  value(k: number, x2: number, odd: number, oddH: number, oddP: number, tau: number): number {
    if (odd > k * this.healO || oddH > k * this.healH || oddP > k * this.healP) return INFEASIBLE;
    if (k === 0) return x2 >= 0 && odd === 0 && oddH === 0 && oddP === 0 && tau === 0 ? 0 : INFEASIBLE;
    const cap = k * this.drop;
    if (x2 > cap) x2 = cap; // from here on X2 cannot become negative
    const key = `${k},${x2},${odd},${oddH},${oddP},${tau}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    let best = INFEASIBLE;
    for (const s of this.steps) {
      const v = this.value(
        k - 1,
        x2 + s.dX2,
        Math.max(odd - s.tOld, 0) + s.tNew,
        Math.max(oddH - s.fOH, 0) + s.fNH,
        Math.max(oddP - s.fOP, 0) + s.fNP,
        tau ^ s.tau,
      );
      if (v !== INFEASIBLE && s.gain + v > best) best = s.gain + v;
    }
    this.memo.set(key, best);
    return best;
  }
}
