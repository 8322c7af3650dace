/** Test helpers: seeded random diagrams and an index-assignment oracle for E[G]. */
import { makeDiagram, edgeList, type Diagram } from '../../src/diagram/diagram.js';

export { rng, randInt } from '../helpers/randomDiagram.js';
import { randInt } from '../helpers/randomDiagram.js';

/**
 * Random diagram: nH, nP nodes, `edges` edges with colours in 0..colours−1, endpoints uniform
 * (so multi-edges and isolated nodes occur). With `even`, each colour gets an even count.
 */
export function randomDiagram(
  r: () => number,
  opts: { nH: number; nP: number; edges: number; colours: number; even?: boolean },
): Diagram {
  const list: [number, number, number][] = [];
  for (let e = 0; e < opts.edges; e++) {
    list.push([randInt(r, 0, opts.nH - 1), randInt(r, 0, opts.nP - 1), randInt(r, 0, opts.colours - 1)]);
  }
  if (opts.even) {
    const count = new Map<number, number>();
    for (const [, , c] of list) count.set(c, (count.get(c) ?? 0) + 1);
    for (const [c, n] of count) if (n % 2) list.push([randInt(r, 0, opts.nH - 1), randInt(r, 0, opts.nP - 1), c]);
  }
  return makeDiagram(opts.nH, opts.nP, list);
}

/** Random permutation of 0..n−1. */
export function permutation(r: () => number, n: number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = randInt(r, 0, i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** The same diagram with H-nodes, p-nodes and edges renumbered at random. */
export function relabel(r: () => number, d: Diagram): Diagram {
  const ph = permutation(r, d.nH);
  const pp = permutation(r, d.nP);
  const edges = edgeList(d);
  const pe = permutation(r, edges.length);
  return makeDiagram(
    d.nH,
    d.nP,
    pe.map((e) => {
      const [h, p, c] = edges[e]!;
      return [ph[h]!, pp[p]!, c] as [number, number, number];
    }),
  );
}

/** (r − 1)!! for even r ≥ 0, 0 for odd r. */
export function gaussianMoment(r: number): bigint {
  if (r % 2) return 0n;
  let x = 1n;
  for (let k = r - 1; k > 1; k -= 2) x *= BigInt(k);
  return x;
}

/**
 * Definition of E[G] at integer p, H (paper eq. gendiagpoly): sum over all assignments of an
 * index in 1..H to every H-node and 1..p to every p-node of E[Π_edges u_{k,i}^{(c)}], each
 * expectation a product of Gaussian moments E[u^r] = (r−1)!!σ^r over distinct (k, i, c).
 * Returns the coefficient of σ^{#edges}.
 */
export function expectationByIndexSum(d: Diagram, p: number, H: number): bigint {
  const edges = edgeList(d);
  const k = new Array<number>(d.nH).fill(0);
  const i = new Array<number>(d.nP).fill(0);
  let total = 0n;
  const slots = d.nH + d.nP;
  const assign = (pos: number): void => {
    if (pos === slots) {
      const mult = new Map<string, number>();
      for (const [h, q, c] of edges) {
        const key = `${k[h]},${i[q]},${c}`;
        mult.set(key, (mult.get(key) ?? 0) + 1);
      }
      let prod = 1n;
      for (const r of mult.values()) prod *= gaussianMoment(r);
      total += prod;
      return;
    }
    const range = pos < d.nH ? H : p;
    for (let v = 0; v < range; v++) {
      if (pos < d.nH) k[pos] = v;
      else i[pos - d.nH] = v;
      assign(pos + 1);
    }
  };
  assign(0);
  return total;
}

/** Bell numbers B_0..B_n from the recurrence B_{n+1} = Σ_k C(n, k) B_k (not the Bell triangle of bellNumbers.ts). */
export function bellByRecurrence(n: number): number[] {
  const bell = [1];
  for (let m = 0; m < n; m++) {
    let sum = 0;
    let c = 1;
    for (let k = 0; k <= m; k++) {
      sum += c * bell[k]!;
      c = (c * (m - k)) / (k + 1);
    }
    bell.push(sum);
  }
  return bell;
}
