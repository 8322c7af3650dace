/**
 * How far the leading mode is from the least any method of its kind must keep: per level, the
 * states that are ancestors of a final state of the leading weight with a nonzero coefficient
 * (docs/asymptotics.md §"The contracted-state engine", benchmarks/contracted.mjs). Keeps the
 * parent links of every kept state, so it is for measurements, not for long runs.
 */
import type { Model } from '../../model/index.js';
import { Rational } from '../../rational/index.js';
import { expandState, startStates, stateWeight } from './contractedPass.js';
import { contractedApplies, contractedLeadingSeries, contractedSetup, futureBoundOf, integerWeights, type ContractedWeight } from './contractedSeries.js';
import { unpackState } from './quotientState.js';

export interface NecessaryCounts {
  readonly s: number;
  /** states kept per level 0 … s (the last: final states of the leading weight) */
  readonly kept: number[];
  /** of those, the ancestors of a leading final state with nonzero coefficient */
  readonly necessary: number[];
}

/** Kept and necessary states per level of the order-s pass along a weight. */
export async function necessaryStates(model: Model, s: number, weight: ContractedWeight): Promise<NecessaryCounts> {
  if (s < 1 || !contractedApplies(model, weight)) throw new RangeError('necessaryStates: needs s ≥ 1 and a weight the contracted engine serves');
  const lead = await contractedLeadingSeries(model, s, weight);
  const top = lead.terms[s]!;
  const st = contractedSetup(model);
  const { weights, den } = integerWeights(weight);
  const bound = futureBoundOf(st, weights);
  // the leading weight, in the integer units of the pass
  let T = -Infinity;
  for (const t of top.terms()) T = Math.max(T, Number(Rational.of(t.p).mul(weight.p).add(Rational.of(t.H).mul(weight.H)).add(Rational.of(t.sigma2).mul(weight.sigma2)).mul(Rational.of(den)).num));
  const leading = { weights, threshold: T, bound };
  const start = startStates(st.start, st.units);
  let keys = [...start.keys()].filter((k) => {
    const u = unpackState(k, st.units);
    return stateWeight(u, weights) + bound.value(s, u.edges + 2 - 2 * (u.nH + u.nP), u.tau, u.units, T - stateWeight(u, weights)) >= T;
  });
  let coeffs = keys.map((k) => start.get(k)!);
  const levels: string[][] = [keys];
  const parents: Map<string, Set<number>>[] = [];
  for (let l = 0; l < s; l++) {
    const final = l === s - 1;
    const next = new Map<string, bigint>();
    const links = new Map<string, Set<number>>();
    keys.forEach((key, i) => {
      const mine = new Map<string, bigint>();
      expandState(unpackState(key, st.units), coeffs[i]!, s - l - 1, final, st.moves, st.units, leading, mine, new Map(), true);
      for (const [c, v] of mine) {
        next.set(c, (next.get(c) ?? 0n) + v);
        let set = links.get(c);
        if (!set) links.set(c, (set = new Set()));
        set.add(i);
      }
    });
    keys = [...next.keys()].filter((k) => next.get(k) !== 0n && (!final || stateWeight(unpackState(k, st.units), weights) === T));
    coeffs = keys.map((k) => next.get(k)!);
    levels.push(keys);
    parents.push(links);
  }
  const necessary: number[] = new Array<number>(s + 1).fill(0);
  let marked = new Set(levels[s]);
  necessary[s] = marked.size;
  for (let l = s - 1; l >= 0; l--) {
    const up = new Set<string>();
    for (const k of marked) for (const i of parents[l]!.get(k) ?? []) up.add(levels[l]![i]!);
    necessary[l] = up.size;
    marked = up;
  }
  return { s, kept: levels.map((x) => x.length), necessary };
}
