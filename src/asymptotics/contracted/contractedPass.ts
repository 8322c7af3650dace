/**
 * One pass of the contracted-state dynamic programme (docs/asymptotics.md §"The contracted-state
 * engine"). In the falling-factorial form of Wick's theorem (docs/conventions.md §"Wick
 * expectation") E[G] sums over partitions of G's nodes; every node of a merge power persists
 * through later merges, so the pair (diagram, partition) is built merge by merge, the block of
 * each node decided when the merge that creates it happens. The state is the quotient multigraph
 * (quotientState.ts) with an exact integer coefficient: the sum over the paths reaching it of the
 * loss coefficients, the multiplicities of the chosen groups and the orbit sizes of e'.
 *
 * Exact mode keeps every state and evaluates the even ones at every level. Leading mode keeps a
 * state only if the proven future bound (futureBound.ts) says an even final state of weight ≥ T
 * is still reachable; it evaluates only order S and only monomials of weight ≥ T, and reports the
 * largest bound of what it left out, so that a threshold above the truth is noticed and lowered.
 */
import type { Diagram } from '../../diagram/index.js';
import { EDGE_STRIDE } from '../../diagram/index.js';
import { FutureBound, INFEASIBLE, type IntWeights } from './futureBound.js';
import type { Move } from './moves.js';
import { countTouched, type UnitLayout } from './units.js';
import { blockTwins, tupleOrbit } from './blockTwins.js';
import { Injections } from './injections.js';
import { doubleFactorialBelow, groupCode, pairCode, unpackState, type Unpacked } from './quotientState.js';
import { stateName } from './colourOrbits.js';

export interface StartTerm {
  readonly diagram: Diagram;
  readonly coeff: bigint;
}

export interface LeadingSpec {
  readonly weights: IntWeights;
  /** keep only what can reach weight ≥ threshold (integer weights) */
  readonly threshold: number;
  readonly bound: FutureBound;
}

export interface PassSpec {
  readonly start: readonly StartTerm[];
  /** the parity units of the model's colours */
  readonly units: UnitLayout;
  readonly moves: readonly Move[];
  /** merges after the start: the pass ends at level `order` */
  readonly order: number;
  /** null: exact mode */
  readonly leading: LeadingSpec | null;
  /** called after each level with the number of states kept */
  readonly onLevel?: (level: number, states: number) => void;
  /** checked whenever the pass yields to the event loop (about every 50 ms); throwing stops it */
  readonly interrupt?: () => void;
}

/** Σ coefficient · Π(r − 1)!! of the even final states, per (H-blocks, p-blocks, edges). */
export type Buckets = Map<string, bigint>;

export interface PassResult {
  /** exact mode: one entry per level 0..order; leading mode: only [order] is set */
  readonly buckets: (Buckets | undefined)[];
  /** states kept per level; for the last level of a pass ending in final states, the number of
   * distinct (H-blocks, p-blocks, edges) buckets of the even final states reached */
  readonly kept: number[];
  /** leading mode: the largest weight bound of anything left out (−Infinity if nothing) */
  readonly below: number;
}

export function bucketKey(nH: number, nP: number, edges: number): string {
  return `${nH},${nP},${edges}`;
}

const DF: bigint[] = [];
function df(r: number): bigint {
  while (DF.length <= r) DF.push(doubleFactorialBelow(DF.length));
  return DF[r]!;
}

/** Restricted growth strings of length n (set partitions), as block indices. */
function* setPartitions(n: number): Generator<Int32Array> {
  const a = new Int32Array(n);
  function* rec(i: number, blocks: number): Generator<Int32Array> {
    if (i === n) {
      yield a;
      return;
    }
    for (let v = 0; v <= blocks; v++) {
      a[i] = v;
      yield* rec(i + 1, Math.max(blocks, v + 1));
    }
  }
  yield* rec(0, 0);
}

/** Level 0: every partition of the nodes of every start term (named as `units` names states). */
export function startStates(start: readonly StartTerm[], units?: UnitLayout): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const t of start) {
    const d = t.diagram;
    const m = d.edges.length / EDGE_STRIDE;
    const h = new Int32Array(m);
    const p = new Int32Array(m);
    const c = new Int32Array(m);
    const r = new Int32Array(m).fill(1);
    for (const rh of setPartitions(d.nH)) {
      const nHb = d.nH === 0 ? 0 : Math.max(...rh) + 1;
      for (const rp of setPartitions(d.nP)) {
        const nPb = d.nP === 0 ? 0 : Math.max(...rp) + 1;
        for (let i = 0; i < m; i++) {
          h[i] = rh[d.edges[EDGE_STRIDE * i]!]!;
          p[i] = rp[d.edges[EDGE_STRIDE * i + 1]!]!;
          c[i] = d.edges[EDGE_STRIDE * i + 2]!;
        }
        const key = stateName(nHb, nPb, h, p, c, r, m, units);
        out.set(key, (out.get(key) ?? 0n) + t.coeff);
      }
    }
  }
  for (const [k, v] of out) if (v === 0n) out.delete(k);
  return out;
}

export function stateWeight(u: Unpacked, w: IntWeights): number {
  return u.nP * w.p + u.nH * w.H + u.edges * w.edge;
}

export function excess2(u: Unpacked): number {
  return u.edges + 2 - 2 * (u.nH + u.nP);
}

/** Adds Σ Π(r−1)!! of a state into buckets when every group is even. */
function evaluateEven(u: Unpacked, coeff: bigint, into: Buckets): void {
  if (u.oddGroups !== 0) return;
  let prod = coeff;
  for (let g = 0; g < u.gR.length; g++) prod *= df(u.gR[g]!);
  const k = bucketKey(u.nH, u.nP, u.edges);
  into.set(k, (into.get(k) ?? 0n) + prod);
}

/** Time between two yields to the event loop (signals, timers) during a pass. */
const YIELD_MS = 50;

/** Longest stretch of the future bound's fill between two looks at the event loop. */
const BOUND_SLICE_MS = 20;

export async function contractedPass(spec: PassSpec): Promise<PassResult> {
  let lastYield = performance.now();
  const pause = async () => {
    if (performance.now() - lastYield < YIELD_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    spec.interrupt?.();
    lastYield = performance.now();
  };
  let sinceCheck = 0;
  const maybeYield = async () => {
    if (++sinceCheck < 16) return;
    sinceCheck = 0;
    await pause();
  };
  /** The future bound of a state, the event loop running while its programme fills. */
  const boundOf = async (b: FutureBound, k: number, u: Unpacked, need: number) => {
    for (;;) {
      const v = b.value(k, excess2(u), u.tau, u.units, need, BOUND_SLICE_MS);
      if (!Number.isNaN(v)) return v;
      await pause();
    }
  };
  const { moves, order, leading } = spec;
  const buckets: (Buckets | undefined)[] = [];
  const kept: number[] = [];
  let below = -Infinity;
  const T = leading ? leading.threshold : -Infinity;
  const W = leading?.weights ?? { p: 0, H: 0, edge: 0 };
  const bound = leading?.bound ?? null;

  let level = startStates(spec.start, spec.units);
  if (bound) {
    for (const key of [...level.keys()]) {
      await maybeYield();
      const u = unpackState(key, spec.units);
      const ub = stateWeight(u, W) + (await boundOf(bound, order, u, T - stateWeight(u, W)));
      if (ub < T) {
        below = Math.max(below, ub);
        level.delete(key);
      }
    }
  }
  kept.push(level.size);
  spec.onLevel?.(0, level.size);

  for (let l = 0; ; l++) {
    const last = l === order;
    if (!leading || last) {
      const into: Buckets = new Map();
      for (const [key, coeff] of level) {
        await maybeYield();
        const u = unpackState(key, spec.units);
        if (leading && stateWeight(u, W) < T) {
          if (u.oddGroups === 0) below = Math.max(below, stateWeight(u, W));
          continue;
        }
        evaluateEven(u, coeff, into);
      }
      buckets[l] = into;
    }
    if (last) break;
    const final = l === order - 1;
    const next = new Map<string, bigint>();
    const finalBuckets: Buckets = new Map();
    for (const [key, coeff] of level) {
      await maybeYield();
      const steps = expandStateSteps(BOUND_SLICE_MS, unpackState(key, spec.units), coeff, order - l - 1, final, moves, spec.units, leading, next, finalBuckets);
      for (let r = steps.next(); ; r = steps.next()) {
        if (r.done) {
          below = Math.max(below, r.value);
          break;
        }
        await pause();
      }
    }
    if (final) {
      buckets[order] = finalBuckets;
      kept.push(finalBuckets.size);
      spec.onLevel?.(order, finalBuckets.size);
      break;
    }
    for (const [k, v] of next) if (v === 0n) next.delete(k);
    level = next;
    kept.push(level.size);
    spec.onLevel?.(l + 1, level.size);
  }
  return { buckets, kept, below };
}

/** @internal The next level of the exact programme: every child of every state, by class. */
export function nextLevel(level: Map<string, bigint>, moves: readonly Move[], units: UnitLayout): Map<string, bigint> {
  const next = new Map<string, bigint>();
  for (const [key, coeff] of level) expandState(unpackState(key, units), coeff, 1, false, moves, units, null, next, new Map());
  for (const [k, v] of next) if (v === 0n) next.delete(k);
  return next;
}

/**
 * @internal Children of one state through every move. `left` = merges left after this one; `final`: the
 * children are final states, accumulated into `finals` when even (and of weight ≥ T), else into
 * `next` by class (with `finalClasses`, even final children go to `next` by class too). Returns the
 * largest bound of the children left out.
 */
export function expandState(...args: ExpandArgs): number {
  const steps = expandStateSteps(Infinity, ...args);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The arguments of {@link expandState}. */
export type ExpandArgs = [
  u: Unpacked,
  coeff: bigint,
  left: number,
  final: boolean,
  moves: readonly Move[],
  units: UnitLayout,
  leading: LeadingSpec | null,
  next: Map<string, bigint>,
  finals: Buckets,
  finalClasses?: boolean,
];

/** Candidate children between two pauses of {@link expandStateSteps}. */
const CHILDREN_PER_PAUSE = 16;

/**
 * {@link expandState} in steps: it pauses (yields) after every few candidate children and
 * whenever filling the future bound takes longer than `boundSliceMs`, so that a caller can let
 * the event loop run inside one state; what it computes does not depend on the pauses.
 */
export function* expandStateSteps(boundSliceMs: number, ...[u, coeff, left, final, moves, units, leading, next, finals, finalClasses = false]: ExpandArgs): Generator<void, number, void> {
  const W = leading?.weights ?? { p: 0, H: 0, edge: 0 };
  const T = leading ? leading.threshold : -Infinity;
  const bound = leading?.bound ?? null;
  let below = -Infinity;
  const w = stateWeight(u, W);
  const x2 = excess2(u);
  const G = u.gR.length;
  // scratch: the child's groups (parent groups first, then new ones)
  const cap = G + 64;
  const ch = new Int32Array(cap);
  const cp = new Int32Array(cap);
  const cc = new Int32Array(cap);
  const cr = new Int32Array(cap);
  const delta: GroupDelta = { h: new Int32Array(64), p: new Int32Array(64), c: new Int32Array(64), by: new Int32Array(64), n: 0 };
  const { h: dh, p: dp, c: dc, by: dd } = delta;
  const fH = new Int32Array(64);
  const fHv = new Int32Array(64);
  const fP = new Int32Array(64);
  const fPv = new Int32Array(64);
  const fPair = new Int32Array(64);
  const fPairV = new Int32Array(64);
  const L = units.count;
  const cu = new Int32Array(L);
  const opt = new Int32Array(L);
  let candidates = 0;
  const twins = blockTwins(u);
  // the odometers of old-block choices, per number of old blocks chosen (one state: nH, nP fixed)
  const injectionsH: Injections[] = [];
  const injectionsP: Injections[] = [];

  for (const m of moves) {
    const colour = m.colour;
    const tau2 = u.tau ^ m.tau;
    for (const pt of m.patterns) {
      if (pt.oldH > u.nH - 1 || pt.oldP > u.nP - 1) continue;
      const gain = pt.newP * W.p + pt.newH * W.H + m.addedEdges * W.edge;
      const x2c = x2 + m.addedEdges - 2 * (pt.newH + pt.newP);
      if (bound) {
        // lower bounds on the children's unit counts (docs/asymptotics.md §"The future bound")
        for (let k = 0; k < L; k++) opt[k] = Math.max(u.units[k]! - pt.touchedOld[k]!, 0) + pt.bornNew[k]!;
        const rest = yield* slicedValue(bound, boundSliceMs, left, x2c, tau2, opt, T - w - gain);
        const ub = w + gain + rest;
        if (ub < T) {
          below = Math.max(below, ub);
          continue;
        }
      } else if (final && bornGroups(pt, units) > 0) continue; // a group born odd stays odd
      const nH2 = u.nH + pt.newH;
      const nP2 = u.nP + pt.newP;
      const injections = [(injectionsH[pt.oldH] ??= new Injections(pt.oldH, u.nH)), (injectionsP[pt.oldP] ??= new Injections(pt.oldP, u.nP))] as const;
      const [injH, injP] = [injections[0].inj, injections[1].inj];
      for (let g = 0; g < G; g++) {
        if (u.gC[g] !== colour) continue;
        const hb = u.gH[g]!;
        const pb = u.gP[g]!;
        // only the representative choices of the twins' orbits (blockTwins.ts)
        if (twins.rank[hb] !== 0 || twins.rank[u.nH + pb] !== 0) continue;
        let factor = 0n; // coeff · r · n_X, computed for the first child kept (BigInt work is dear)
        for (let hasH = injections[0].first(hb); hasH; hasH = injections[0].advance()) {
          const orbitH = tupleOrbit(twins, hb, injH, 0);
          if (orbitH === 0) continue;
          for (let hasP = injections[1].first(pb); hasP; hasP = injections[1].advance()) {
            if (++candidates === CHILDREN_PER_PAUSE) {
              candidates = 0;
              yield;
            }
            const orbitP = tupleOrbit(twins, u.nH + pb, injP, u.nH);
            if (orbitP === 0) continue;
            // the change of the groups, combined
            delta.n = 0;
            addToDelta(delta, hb, pb, colour, -1);
            const rest = m.rest;
            for (let i = 0; i < rest.length; i += 3) {
              addToDelta(delta, mapNode(rest[i]!, pt.hLabel, hb, injH, u.nH), mapNode(rest[i + 1]!, pt.pLabel, pb, injP, u.nP), rest[i + 2]!, 1);
            }
            const nd = delta.n;
            // exact unit counts of the child
            cu.set(u.units);
            let oddGroups = u.oddGroups;
            let nfH = 0;
            let nfP = 0;
            let nfPair = 0;
            for (let i = 0; i < nd; i++) {
              if ((dd[i]! & 1) === 0) continue;
              const old = dh[i]! < u.nH && dp[i]! < u.nP ? u.index.get(groupCode(dh[i]!, dp[i]!, dc[i]!)) : undefined;
              const r0 = old === undefined ? 0 : u.gR[old]!;
              oddGroups += r0 & 1 ? -1 : 1;
              cu[units.group(dc[i]!)]! += r0 & 1 ? -1 : 1;
              const bit = 1 << dc[i]!;
              nfH = flip(fH, fHv, nfH, dh[i]!, bit);
              nfP = flip(fP, fPv, nfP, dp[i]!, bit);
              nfPair = flip(fPair, fPairV, nfPair, pairCode(dh[i]!, dp[i]!), bit);
            }
            if (final && oddGroups !== 0) continue;
            const w2 = w + gain;
            if (bound) {
              for (let i = 0; i < nfPair; i++) {
                const h = Math.floor(fPair[i]! / 4096);
                const before = h < u.nH && fPair[i]! % 4096 < u.nP ? (u.pairPar.get(fPair[i]!) ?? 0) : 0;
                cu[units.pair]! += ((before ^ fPairV[i]!) !== 0 ? 1 : 0) - (before !== 0 ? 1 : 0);
                cu[units.pairMixed]! += (units.mixed(before ^ fPairV[i]!) ? 1 : 0) - (units.mixed(before) ? 1 : 0);
              }
              for (let i = 0; i < nfH; i++) {
                const before = fH[i]! < u.nH ? u.parH[fH[i]!]! : 0;
                const after = before ^ fHv[i]!;
                cu[units.hBlock]! += (after !== 0 ? 1 : 0) - (before !== 0 ? 1 : 0);
                for (let c = 0, x = fHv[i]!; x !== 0; c++, x >>>= 1) if (x & 1) cu[units.hColour(c)]! += after & (1 << c) ? 1 : -1;
              }
              for (let i = 0; i < nfP; i++) {
                const before = fP[i]! < u.nP ? u.parP[fP[i]!]! : 0;
                const after = before ^ fPv[i]!;
                cu[units.pBlock]! += (after !== 0 ? 1 : 0) - (before !== 0 ? 1 : 0);
                for (let c = 0, x = fPv[i]!; x !== 0; c++, x >>>= 1) if (x & 1) cu[units.pColour(c)]! += after & (1 << c) ? 1 : -1;
              }
              // touched units: the pattern's lower bounds here, the exact counts once the groups are built
              for (let k = units.touchedH; k < L; k++) cu[k] = opt[k]!;
              const rest2 = yield* slicedValue(bound, boundSliceMs, left, x2c, tau2, cu, T - w2);
              const ub = rest2 === INFEASIBLE ? INFEASIBLE : w2 + rest2;
              if (ub < T) {
                below = Math.max(below, ub);
                continue;
              }
            }
            // build the child's groups
            ch.set(u.gH);
            cp.set(u.gP);
            cc.set(u.gC);
            cr.set(u.gR);
            let n = G;
            for (let i = 0; i < nd; i++) {
              if (dd[i] === 0) continue;
              const old = dh[i]! < u.nH && dp[i]! < u.nP ? u.index.get(groupCode(dh[i]!, dp[i]!, dc[i]!)) : undefined;
              if (old !== undefined) cr[old]! += dd[i]!;
              else {
                ch[n] = dh[i]!;
                cp[n] = dp[i]!;
                cc[n] = dc[i]!;
                cr[n++] = dd[i]!;
              }
            }
            if (bound?.readsTouched) {
              // the child's exact touched counts
              countTouched(units, ch, cp, cc, cr, n, cu);
              const rest3 = yield* slicedValue(bound, boundSliceMs, left, x2c, tau2, cu, T - w2);
              const ub = rest3 === INFEASIBLE ? INFEASIBLE : w2 + rest3;
              if (ub < T) {
                below = Math.max(below, ub);
                continue;
              }
            }
            const orbit = orbitH * orbitP;
            if (factor === 0n) factor = coeff * BigInt(u.gR[g]!) * m.coeff;
            const c2 = orbit === 1 ? factor : factor * BigInt(orbit);
            if (final && !finalClasses) {
              let prod = c2;
              let edges = 0;
              for (let i = 0; i < n; i++) {
                prod *= df(cr[i]!);
                edges += cr[i]!;
              }
              const k = bucketKey(nH2, nP2, edges);
              finals.set(k, (finals.get(k) ?? 0n) + prod);
              continue;
            }
            const key = stateName(nH2, nP2, ch, cp, cc, cr, n, units);
            next.set(key, (next.get(key) ?? 0n) + c2);
          }
        }
      }
    }
  }
  return below;
}

/**
 * The future bound's value, its programme filled in slices of `sliceMs`: the generator pauses
 * whenever a slice runs out before the value is known (futureBound.ts, `PENDING`).
 */
function* slicedValue(bound: FutureBound, sliceMs: number, ...args: [left: number, x2: number, tau: number, counts: Int32Array, need: number]): Generator<void, number, void> {
  let v = bound.value(...args, sliceMs);
  while (Number.isNaN(v)) {
    yield;
    v = bound.value(...args, sliceMs);
  }
  return v;
}

/** The change of a state's groups by one merge: per (H-block, p-block, colour), the change of its size. */
interface GroupDelta {
  readonly h: Int32Array;
  readonly p: Int32Array;
  readonly c: Int32Array;
  readonly by: Int32Array;
  n: number;
}

function addToDelta(d: GroupDelta, h: number, p: number, c: number, by: number): void {
  for (let i = 0; i < d.n; i++) {
    if (d.h[i] === h && d.p[i] === p && d.c[i] === c) {
      d.by[i]! += by;
      return;
    }
  }
  d.h[d.n] = h;
  d.p[d.n] = p;
  d.c[d.n] = c;
  d.by[d.n++] = by;
}

function bornGroups(pt: Move['patterns'][number], units: UnitLayout): number {
  let n = 0;
  for (let c = 0; c < units.colours; c++) n += pt.bornNew[units.group(c)]!;
  return n;
}

function mapNode(i: number, labels: Int8Array, chosen: number, inj: Int32Array, oldCount: number): number {
  if (i < 0) return chosen;
  const l = labels[i]!;
  if (l === 0) return chosen;
  if (l > 0) return inj[l - 1]!;
  return oldCount - l - 1;
}

/** XOR `bit` into the entry of `block` in a small (block, vector) list; returns its length. */
function flip(blocks: Int32Array, vecs: Int32Array, n: number, block: number, bit: number): number {
  for (let i = 0; i < n; i++) {
    if (blocks[i] === block) {
      vecs[i]! ^= bit;
      return n;
    }
  }
  blocks[n] = block;
  vecs[n] = bit;
  return n + 1;
}
