/**
 * Quotient states up to permutations of the colours (docs/asymptotics.md §"Colour orbits").
 *
 * When the loss terms, with their coefficients, are invariant under every permutation of the
 * colours (ASYM with the identity or the zero target: D and R treat the ν modes alike), a
 * permutation π maps the children of a state Q onto the children of π(Q) with the same
 * coefficients, and the value of an even final state (its numbers of blocks and edges and its
 * multiplicities) does not see colours. So Q and π(Q) have the same future, and the engine may
 * add their coefficients under one name: the least canonical key over the colour relabellings.
 *
 * Trying all ν! relabellings would cost ν! canonical forms per state; instead the colours are
 * first ordered by an invariant signature (a hash of the multiset of (multiplicity, degree of the
 * H-block, degree of the p-block) over the colour's groups), and only the orders of colours with
 * equal signatures are tried. The signature of π(c) in π(Q) is that of c in Q, so the set of
 * relabelled diagrams tried, and their least key, is the same for every member of the orbit.
 * When colours tie, the name is also remembered for each class (with fixed colours) met on the
 * way, so a class seen again costs one canonical form.
 */
import { canonicalKey, mix32 } from '../../canon/index.js';
import { EDGE_STRIDE, freezeDiagram } from '../../diagram/index.js';
import type { IntTerm } from '../../merge/index.js';
import { stateKey } from './quotientState.js';
import type { UnitLayout } from './units.js';

/**
 * Whether the loss terms with their coefficients are invariant under every permutation of the
 * colours: checked on the adjacent transpositions, which generate them.
 */
export function colourSymmetric(terms: readonly IntTerm[], colours: number): boolean {
  if (colours < 2) return false;
  const table = (swap: number) => {
    const out = new Map<string, bigint>();
    for (const t of terms) {
      const d = t.form.diagram;
      const e = Int32Array.from(d.edges);
      if (swap >= 0) for (let i = 2; i < e.length; i += EDGE_STRIDE) e[i] = e[i] === swap ? swap + 1 : e[i] === swap + 1 ? swap : e[i]!;
      const k = canonicalKey(freezeDiagram(d.nH, d.nP, e));
      out.set(k, (out.get(k) ?? 0n) + t.coeff);
    }
    return out;
  };
  const base = table(-1);
  for (let c = 0; c + 1 < colours; c++) {
    const swapped = table(c);
    if (swapped.size !== base.size) return false;
    for (const [k, v] of swapped) if (base.get(k) !== v) return false;
  }
  return true;
}

/**
 * Orbit names of classes (with fixed colours) whose colours tie, keyed by the number of colours
 * and the class: a class is in one orbit, so this only saves work. Cleared when it grows large.
 */
const ORBIT_MEMO = new Map<string, string>();
const ORBIT_MEMO_LIMIT = 1 << 18;

/**
 * The least canonical key of the state (groups h, p, c, r; the first `count`) over the colour
 * relabellings that order the colours by signature.
 */
export function colourOrbitKey(nH: number, nP: number, h: ArrayLike<number>, p: ArrayLike<number>, c: ArrayLike<number>, r: ArrayLike<number>, count: number, colours: number): string {
  const degH = new Int32Array(nH);
  const degP = new Int32Array(nP);
  for (let g = 0; g < count; g++) {
    degH[h[g]!]! += r[g]!;
    degP[p[g]!]! += r[g]!;
  }
  // signature per colour: a sum of hashes over its groups (a multiset hash; equal hashes of
  // different multisets only make more ties, and the set tried stays the same for the orbit)
  const sig = new Float64Array(colours);
  for (let g = 0; g < count; g++) if (r[g]! > 0) sig[c[g]!]! += mix32((r[g]! * 1024 + degH[h[g]!]!) * 1024 + degP[p[g]!]!);
  const order = Array.from({ length: colours }, (_, i) => i).sort((a, b) => sig[a]! - sig[b]!);
  // tie classes: runs of equal signatures in `order`
  const runs: [number, number][] = [];
  for (let i = 0; i < colours; ) {
    let j = i + 1;
    while (j < colours && sig[order[j]!] === sig[order[i]!]) j++;
    if (j - i > 1) runs.push([i, j]);
    i = j;
  }
  const rank = new Int32Array(colours);
  const relabelled = new Int32Array(count);
  /** key of the state with colour c relabelled rank[c] */
  const keyWithRank = () => {
    for (let g = 0; g < count; g++) relabelled[g] = rank[c[g]!]!;
    return stateKey(nH, nP, h, p, relabelled, r, count);
  };
  let memoKey: string | null = null;
  if (runs.length > 0) {
    // tied colours cost several canonical forms: first look the class (colours as given) up
    for (let i = 0; i < colours; i++) rank[i] = i;
    memoKey = `${colours}|${keyWithRank()}`;
    const hit = ORBIT_MEMO.get(memoKey);
    if (hit !== undefined) return hit;
  }
  let best: string | null = null;
  const seen: string[] = [];
  const emit = () => {
    for (let i = 0; i < colours; i++) rank[order[i]!] = i;
    const key = keyWithRank();
    if (memoKey !== null) seen.push(key);
    if (best === null || key < best) best = key;
  };
  // every order within the tie classes (Heap's algorithm per run, nested)
  const within = (run: number) => {
    if (run === runs.length) {
      emit();
      return;
    }
    const [a, b] = runs[run]!;
    const n = b - a;
    const idx = new Int32Array(n);
    within(run + 1);
    for (let i = 1; i < n; ) {
      if (idx[i]! < i) {
        const j = i % 2 === 0 ? 0 : idx[i]!;
        const t = order[a + j]!;
        order[a + j] = order[a + i]!;
        order[a + i] = t;
        within(run + 1);
        idx[i]!++;
        i = 1;
      } else {
        idx[i] = 0;
        i++;
      }
    }
  };
  within(0);
  if (memoKey !== null) {
    // every relabelling tried is a class of the same orbit
    if (ORBIT_MEMO.size > ORBIT_MEMO_LIMIT) ORBIT_MEMO.clear();
    ORBIT_MEMO.set(memoKey, best!);
    for (const k of seen) ORBIT_MEMO.set(`${colours}|${k}`, best!);
  }
  return best!;
}

/**
 * The name of a state in the programme: its colour orbit when the layout's states are named up to
 * colour permutations, else its class with fixed colours.
 */
export function stateName(nH: number, nP: number, h: ArrayLike<number>, p: ArrayLike<number>, c: ArrayLike<number>, r: ArrayLike<number>, count: number, layout?: UnitLayout): string {
  return layout?.colourOrbits ? colourOrbitKey(nH, nP, h, p, c, r, count, layout.colours) : stateKey(nH, nP, h, p, c, r, count);
}
