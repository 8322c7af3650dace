/**
 * Twin blocks of a quotient state and the orbits they give to a merge's choices
 * (docs/asymptotics.md §"Twin blocks").
 *
 * Two blocks of one kind with the same groups (the same (other block, colour, multiplicity)
 * triples) are twins: swapping them is an automorphism of the state, and so is every permutation
 * of a twin class. A merge's choice names a tuple of distinct old blocks per kind (the chosen
 * group's block first, then the blocks the move's other nodes join); an automorphism maps a choice
 * onto one whose child is isomorphic, with the same coefficient. Under the permutations of the
 * twin classes, each orbit of tuples holds exactly one tuple in which the members of every class
 * appear in the order of their rank (the j-th member of a class met is its j-th member), and the
 * orbit has Π k_C (k_C − 1) … (k_C − j_C + 1) tuples (j_C of the k_C members of class C used).
 * The pass builds only those tuples and multiplies their coefficients by the orbit size.
 */
import { twinClassesOfRuns } from '../../canon/index.js';
import type { Unpacked } from './quotientState.js';

export interface BlockTwins {
  /** per block (H-blocks 0 … nH − 1, then p-blocks nH + j): its class (the class's first block) */
  readonly cls: Int32Array;
  /** per block: its rank within its class (0 for the first block) */
  readonly rank: Int32Array;
  /** per class (indexed by its first block): the number of blocks */
  readonly size: Int32Array;
  /** scratch: per class, members met so far in the tuple being checked (all zero between checks) */
  readonly used: Int32Array;
}

/** The twin classes of the state's blocks. */
export function blockTwins(u: Unpacked): BlockTwins {
  const n = u.nH + u.nP;
  const G = u.gR.length;
  let colours = 1;
  for (let g = 0; g < G; g++) colours = Math.max(colours, u.gC[g]! + 1);
  // per block, its groups as codes (other block, colour, multiplicity), sorted
  const offset = new Int32Array(n + 1);
  for (let g = 0; g < G; g++) {
    offset[u.gH[g]! + 1]!++;
    offset[u.nH + u.gP[g]! + 1]!++;
  }
  for (let v = 0; v < n; v++) offset[v + 1]! += offset[v]!;
  const fill = offset.slice(0, n);
  const codes = new Float64Array(offset[n]!);
  for (let g = 0; g < G; g++) {
    const h = u.gH[g]!;
    const p = u.nH + u.gP[g]!;
    codes[fill[h]!++] = ((p * colours + u.gC[g]!) * 65536) + u.gR[g]!;
    codes[fill[p]!++] = ((h * colours + u.gC[g]!) * 65536) + u.gR[g]!;
  }
  const cls = twinClassesOfRuns(u.nH, n, codes, offset);
  const rank = new Int32Array(n);
  const size = new Int32Array(n);
  for (let v = 0; v < n; v++) rank[v] = size[cls[v]!]!++;
  return { cls, rank, size, used: new Int32Array(n) };
}

/**
 * The orbit size of the tuple (first, base + rest[0], …, base + rest[k − 1]) of distinct blocks
 * when it is its orbit's representative (twins met in the order of their rank), else 0.
 */
export function tupleOrbit(t: BlockTwins, first: number, rest: Int32Array, base: number): number {
  let orbit = 1;
  let ok = true;
  const k = rest.length;
  for (let i = -1; i < k; i++) {
    const b = i < 0 ? first : base + rest[i]!;
    const c = t.cls[b]!;
    if (t.rank[b] !== t.used[c]) {
      ok = false;
      break;
    }
    orbit *= t.size[c]! - t.used[c]!;
    t.used[c]!++;
  }
  for (let i = -1; i < k; i++) t.used[t.cls[i < 0 ? first : base + rest[i]!]!] = 0;
  return ok ? orbit : 0;
}
