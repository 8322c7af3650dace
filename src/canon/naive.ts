/**
 * Reference canonical form by brute force over all permutations of H-nodes and of p-nodes: the
 * lexicographically smallest sorted edge list. Only for tests on small diagrams.
 */
import { EDGE_STRIDE, type Diagram, packEdge } from '../diagram/index.js';

function* permutations(n: number): Generator<number[]> {
  const a = Array.from({ length: n }, (_, i) => i);
  const c = new Array<number>(n).fill(0);
  yield a.slice();
  let i = 0;
  while (i < n) {
    if (c[i]! < i) {
      const j = i % 2 === 0 ? 0 : c[i]!;
      [a[j], a[i]] = [a[i]!, a[j]!];
      yield a.slice();
      c[i]!++;
      i = 0;
    } else {
      c[i] = 0;
      i++;
    }
  }
}

function relabelled(d: Diagram, ph: number[], pp: number[]): number[] {
  const out: number[] = [];
  for (let e = 0; e < d.edges.length; e += EDGE_STRIDE) {
    out.push(packEdge(ph[d.edges[e]!]!, pp[d.edges[e + 1]!]!, d.edges[e + 2]!, d.nP));
  }
  return out.sort((a, b) => a - b);
}

function cmp(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Smallest relabelled edge list (as a string key) and the automorphism count, by brute force. */
export function naiveCanonicalForm(d: Diagram): { key: string; automorphisms: bigint } {
  let best: number[] | null = null;
  const identity = relabelled(d, [...Array(d.nH).keys()], [...Array(d.nP).keys()]);
  let autos = 0n;
  const pps = [...permutations(d.nP)];
  for (const ph of permutations(d.nH)) {
    for (const pp of pps) {
      const r = relabelled(d, ph, pp);
      if (best === null || cmp(r, best) < 0) best = r;
      if (cmp(r, identity) === 0) autos++;
    }
  }
  return { key: `${d.nH}.${d.nP}:${best!.join(',')}`, automorphisms: autos };
}
