/**
 * The merge moves of the contracted-state dynamic programme (docs/asymptotics.md §"The
 * contracted-state engine"): merging a quotient state with one loss term X (D_{2ν} or an R_π)
 * through one edge e' of X. e''s endpoints h0, p0 join the blocks of the chosen edge; every
 * other node of X joins an old block or a new one. A *pattern* is that choice up to the names of
 * the old blocks: each other node goes to the chosen block (label 0), to the j-th distinct other
 * old block (label j > 0) or to the j-th new block (label −j). What a pattern does to the
 * invariants the future bound reads (futureBound.ts) depends on the pattern only.
 */
import { canonicalForm } from '../../canon/index.js';
import { EDGE_STRIDE, type Diagram } from '../../diagram/index.js';
import { edgeOrbits, type IntTerm } from '../../merge/index.js';
import type { UnitLayout } from './units.js';

/** One way of placing the other nodes of the loss term, up to the names of the old blocks. */
export interface Pattern {
  /** per other H-node: 0 the chosen H-block, j > 0 the j-th other old block, −j the j-th new block */
  readonly hLabel: Int8Array;
  /** the same for the other p-nodes */
  readonly pLabel: Int8Array;
  /** distinct other old blocks used (H, p) */
  readonly oldH: number;
  readonly oldP: number;
  /** new blocks created (H, p) */
  readonly newH: number;
  readonly newP: number;
  /**
   * Per kind of parity unit (units.ts, laid out by the UnitLayout of the colours): how many units on old blocks only change
   * parity (each may heal), and how many units involving a new block are born odd. For the
   * touched kinds: how many units on old blocks may stop being touched, and how many units on
   * new blocks are touched (docs/asymptotics.md §"The weighted genus budget").
   */
  readonly touchedOld: Int8Array;
  readonly bornNew: Int8Array;
}

export interface Move {
  /** index of the loss term */
  readonly term: number;
  /** n_X · (size of the orbit of e' under Aut(X)) */
  readonly coeff: bigint;
  /** colour of e' (and of the chosen edge) */
  readonly colour: number;
  /** H- and p-nodes of X other than e''s endpoints */
  readonly otherH: number;
  readonly otherP: number;
  /**
   * X minus e' as triples (h, p, colour): h = −1 is h0 (it lands in the chosen H-block), else the
   * index of an other H-node; likewise p.
   */
  readonly rest: Int32Array;
  /** edges added: |X| − 2 */
  readonly addedEdges: number;
  /** per-colour parity of the change of the edge counts (bit c) */
  readonly tau: number;
  readonly patterns: readonly Pattern[];
}

/**
 * Patterns the moves of one model may have (docs/limits.md): their enumeration is one synchronous
 * step, about 0.7 s at this size on a loaded machine, and it grows ×6–7 per ν (SYM ν = 8: 134,878;
 * ASYM ν = 7: 149,254; ASYM ν = 8: 1,079,024, which does not fit in a 4 GB heap).
 */
export const MAX_CONTRACTED_PATTERNS = 150_000;

/** Labelings of k nodes ({@link labelings}), counted without listing them; saturates at Infinity. */
function labelingCount(k: number): number {
  // ways[olds][news] after i nodes
  let ways = new Map<string, number>([['0,0', 1]]);
  for (let i = 0; i < k; i++) {
    const next = new Map<string, number>();
    for (const [key, n] of ways) {
      const [olds, news] = key.split(',').map(Number) as [number, number];
      for (let v = -(news + 1); v <= olds + 1; v++) {
        const k2 = `${Math.max(olds, v)},${Math.max(news, -v)}`;
        next.set(k2, (next.get(k2) ?? 0) + n);
      }
    }
    ways = next;
  }
  let total = 0;
  for (const n of ways.values()) total += n;
  return total;
}

/**
 * The number of patterns {@link lossMoves} would enumerate for these loss terms, computed from the
 * terms' sizes without enumerating them (patterns are shared between orbits with the same shape).
 */
export function lossPatternCount(terms: readonly IntTerm[]): number {
  let total = 0;
  for (const t of terms) {
    const d = t.form.diagram;
    const shapes = new Set<string>();
    for (const orbit of edgeOrbits(d, canonicalForm(d).generators)) shapes.add(moveShape(d, orbit.representative).sig);
    total += shapes.size * labelingCount(d.nH - 1) * labelingCount(d.nP - 1);
  }
  return total;
}

/** Moves of the loss terms, one per (term, orbit of e'). */
export function lossMoves(terms: readonly IntTerm[], units: UnitLayout): Move[] {
  const out: Move[] = [];
  terms.forEach((t, term) => {
    const d = t.form.diagram;
    const patternCache = new Map<string, Pattern[]>();
    for (const orbit of edgeOrbits(d, canonicalForm(d).generators)) {
      out.push(moveOf(d, term, t.coeff * BigInt(orbit.size), orbit.representative, patternCache, units));
    }
  });
  return out;
}

/** X minus e' relabelled around e''s endpoints, its parity change and its shape's key. */
function moveShape(d: Diagram, e: number): { colour: number; rest: Int32Array; tau: number; sig: string } {
  const h0 = d.edges[EDGE_STRIDE * e]!;
  const p0 = d.edges[EDGE_STRIDE * e + 1]!;
  const colour = d.edges[EDGE_STRIDE * e + 2]!;
  const hIndex = (h: number) => (h === h0 ? -1 : h < h0 ? h : h - 1);
  const pIndex = (p: number) => (p === p0 ? -1 : p < p0 ? p : p - 1);
  const m = d.edges.length / EDGE_STRIDE;
  const rest: number[] = [];
  let tau = 1 << colour; // the chosen edge is deleted
  for (let i = 0; i < m; i++) {
    if (i === e) continue;
    const c = d.edges[EDGE_STRIDE * i + 2]!;
    rest.push(hIndex(d.edges[EDGE_STRIDE * i]!), pIndex(d.edges[EDGE_STRIDE * i + 1]!), c);
    tau ^= 1 << c;
  }
  return { colour, rest: Int32Array.from(rest), tau, sig: `${d.nH}.${d.nP}:${colour}:${rest.join(',')}` };
}

function moveOf(d: Diagram, term: number, coeff: bigint, e: number, cache: Map<string, Pattern[]>, units: UnitLayout): Move {
  const { colour, rest: restArr, tau, sig } = moveShape(d, e);
  const m = d.edges.length / EDGE_STRIDE;
  let patterns = cache.get(sig);
  if (!patterns) {
    patterns = enumeratePatterns(d.nH - 1, d.nP - 1, restArr, colour, units);
    cache.set(sig, patterns);
  }
  return { term, coeff, colour, otherH: d.nH - 1, otherP: d.nP - 1, rest: restArr, addedEdges: m - 2, tau, patterns };
}

/** Labels for k nodes: 0, old classes 1.. and new classes −1.. each in order of first use. */
function labelings(k: number): Int8Array[] {
  const out: Int8Array[] = [];
  const cur = new Int8Array(k);
  const rec = (i: number, olds: number, news: number) => {
    if (i === k) {
      out.push(cur.slice());
      return;
    }
    for (let v = -(news + 1); v <= olds + 1; v++) {
      cur[i] = v;
      rec(i + 1, Math.max(olds, v), Math.max(news, -v));
    }
  };
  rec(0, 0, 0);
  return out;
}

function enumeratePatterns(kH: number, kP: number, rest: Int32Array, colour: number, units: UnitLayout): Pattern[] {
  const out: Pattern[] = [];
  const hs = labelings(kH);
  const ps = labelings(kP);
  for (const hLabel of hs) {
    for (const pLabel of ps) out.push(analysePattern(hLabel, pLabel, rest, colour, units));
  }
  return out;
}

function analysePattern(hLabel: Int8Array, pLabel: Int8Array, rest: Int32Array, colour: number, units: UnitLayout): Pattern {
  const hl = (i: number) => (i < 0 ? 0 : hLabel[i]!);
  const pl = (i: number) => (i < 0 ? 0 : pLabel[i]!);
  const delta = new Map<string, { h: number; p: number; c: number; d: number }>();
  const bump = (h: number, p: number, c: number, by: number) => {
    const k = `${h},${p},${c}`;
    const g = delta.get(k);
    if (g) g.d += by;
    else delta.set(k, { h, p, c, d: by });
  };
  bump(0, 0, colour, -1);
  for (let i = 0; i < rest.length; i += 3) bump(hl(rest[i]!), pl(rest[i + 1]!), rest[i + 2]!, 1);
  const touchedOld = new Int8Array(units.count);
  const bornNew = new Int8Array(units.count);
  const unit = (kind: number, old: boolean, by = 1) => {
    if (old) touchedOld[kind]! += by;
    else bornNew[kind]! += by;
  };
  const flipPair = new Map<string, { old: boolean; v: number }>();
  const flipH = new Map<number, number>();
  const flipP = new Map<number, number>();
  for (const g of delta.values()) {
    if ((g.d & 1) === 0) continue;
    const old = g.h >= 0 && g.p >= 0;
    unit(units.group(g.c), old);
    const pk = `${g.h},${g.p}`;
    const pair = flipPair.get(pk) ?? { old, v: 0 };
    pair.v ^= 1 << g.c;
    flipPair.set(pk, pair);
    flipH.set(g.h, (flipH.get(g.h) ?? 0) ^ (1 << g.c));
    flipP.set(g.p, (flipP.get(g.p) ?? 0) ^ (1 << g.c));
  }
  for (const pair of flipPair.values()) {
    if (pair.v === 0) continue;
    unit(units.pair, pair.old);
    // a mixed pair stays mixed under the full flip (v ↦ complement); any other flip may change
    // whether an old pair is mixed, and a new pair is born mixed when its flip is
    if (units.mixed(pair.v)) unit(units.pairMixed, pair.old);
  }
  for (const [l, v] of flipH) {
    if (v === 0) continue;
    unit(units.hBlock, l >= 0);
    for (let c = 0; c < units.colours; c++) if (v & (1 << c)) unit(units.hColour(c), l >= 0);
  }
  for (const [l, v] of flipP) {
    if (v === 0) continue;
    unit(units.pBlock, l >= 0);
    for (let c = 0; c < units.colours; c++) if (v & (1 << c)) unit(units.pColour(c), l >= 0);
  }
  touchedUnits(delta.values(), units, touchedOld, bornNew);
  const maxOf = (a: Int8Array, sign: 1 | -1) => a.reduce((m, v) => Math.max(m, sign * v), 0);
  return {
    hLabel,
    pLabel,
    oldH: maxOf(hLabel, 1),
    oldP: maxOf(pLabel, 1),
    newH: maxOf(hLabel, -1),
    newP: maxOf(pLabel, -1),
    touchedOld,
    bornNew,
  };
}

/**
 * The touched kinds of one pattern. The groups of X under the pattern's partition whose parity is
 * odd are O_X (`delta` holds X − e′ + e′'s parity per group: deleting e and adding e′ to one group
 * leaves its parity). An odd group of X on old blocks only may heal an odd group of the state; a
 * unit on an old block can stop being touched only if such a group touches it and no other odd
 * group of X does (gain); a unit on a new block is touched exactly when an odd group of X touches
 * it (born).
 */
function touchedUnits(delta: Iterable<{ h: number; p: number; c: number; d: number }>, units: UnitLayout, gain: Int8Array, born: Int8Array): void {
  const healed: { h: number; p: number; c: number }[] = [];
  const out: { h: number; p: number; c: number }[] = [];
  for (const g of delta) if (g.d & 1) (g.h >= 0 && g.p >= 0 ? healed : out).push(g);
  const kinds: [number, (g: { h: number; p: number; c: number }) => number, (g: { h: number; p: number }) => boolean][] = [
    [units.touchedH, (g) => g.h, (g) => g.h >= 0],
    [units.touchedHColour, (g) => g.h * 256 + g.c, (g) => g.h >= 0],
    [units.touchedP, (g) => g.p, (g) => g.p >= 0],
    [units.touchedPColour, (g) => g.p * 256 + g.c, (g) => g.p >= 0],
  ];
  for (const [kind, unitOf, onOld] of kinds) {
    const outUnits = new Set(out.map(unitOf));
    gain[kind] = new Set(healed.map(unitOf).filter((x) => !outUnits.has(x))).size;
    born[kind] = new Set(out.filter((g) => !onOld(g)).map(unitOf)).size;
  }
}
