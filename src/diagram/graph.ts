/**
 * The graphology boundary: diagrams as undirected multigraphs for users who want graph
 * algorithms (layouts, traversals, export formats) on them.
 *
 * Node keys are `h0, h1, …` and `p0, p1, …` (0-based, as in {@link Diagram}); each node has the
 * attribute `kind: 'H' | 'p'`, each edge the attribute `colour` (1-based, as in the paper).
 */
import { createRequire } from 'node:module';
import type GraphModule from 'graphology';
import type { MultiUndirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { InputError } from '../errors.js';
import { EDGE_STRIDE, makeDiagram, type Diagram } from './diagram.js';
import { MAX_COLOUR } from './json.js';

/** Node attributes of a diagram graph. */
export interface DiagramNodeAttributes extends Attributes {
  kind: 'H' | 'p';
}

/** Edge attributes of a diagram graph. */
export interface DiagramEdgeAttributes extends Attributes {
  /** 1-based colour (the paper's m). */
  colour: number;
}

/** A diagram as a graphology multigraph. */
export type DiagramGraph = MultiUndirectedGraph<DiagramNodeAttributes, DiagramEdgeAttributes>;

/** graphology, loaded on the first {@link toGraph} (this file is the only one that uses it). */
let graphology: typeof GraphModule | undefined;
function graphologyModule(): typeof GraphModule {
  graphology ??= createRequire(import.meta.url)('graphology') as typeof GraphModule;
  return graphology;
}

/**
 * The diagram as an undirected graphology multigraph: nodes `h0…`, `p0…` (H-nodes first) with
 * `kind`, edges `e0…` in the diagram's edge order with a 1-based `colour`.
 *
 * @example
 * ```ts
 * const g = toGraph(parseDiagram('h1-p1 h2-p1'));
 * g.degree('p0');                          // 2
 * g.getNodeAttribute('h1', 'kind');        // 'H'
 * ```
 */
export function toGraph(d: Diagram): DiagramGraph {
  const g: DiagramGraph = new (graphologyModule().MultiUndirectedGraph)<DiagramNodeAttributes, DiagramEdgeAttributes>({ allowSelfLoops: false });
  for (let h = 0; h < d.nH; h++) g.addNode(`h${h}`, { kind: 'H' });
  for (let p = 0; p < d.nP; p++) g.addNode(`p${p}`, { kind: 'p' });
  for (let e = 0; e < d.edges.length; e += EDGE_STRIDE) {
    g.addEdgeWithKey(`e${e / EDGE_STRIDE}`, `h${d.edges[e]!}`, `p${d.edges[e + 1]!}`, { colour: d.edges[e + 2]! + 1 });
  }
  return g;
}

/**
 * Read a diagram back from any graphology graph (direction, if any, is ignored). Every node
 * needs `kind` `'H'` or `'p'`, every edge must join an H-node to a p-node and carry an integer
 * `colour` in 1..256. Within each kind, nodes are numbered in the graph's node order; edges
 * keep the graph's edge order. Throws {@link InputError} otherwise.
 */
export function fromGraph<N extends Attributes, E extends Attributes>(g: AbstractGraph<N, E>): Diagram {
  const index = new Map<string, { kind: 'H' | 'p'; i: number }>();
  let nH = 0;
  let nP = 0;
  g.forEachNode((key, attrs) => {
    const kind: unknown = attrs['kind'];
    if (kind === 'H') index.set(key, { kind, i: nH++ });
    else if (kind === 'p') index.set(key, { kind, i: nP++ });
    else throw new InputError(`diagram graph: node "${key}" has kind ${JSON.stringify(kind) ?? 'undefined'} (expected "H" or "p")`);
  });
  const edges: [number, number, number][] = [];
  g.forEachEdge((key, attrs, source, target) => {
    const a = index.get(source)!;
    const b = index.get(target)!;
    if (a.kind === b.kind) throw new InputError(`diagram graph: edge "${key}" joins two ${a.kind}-nodes ("${source}", "${target}")`);
    const colour: unknown = attrs['colour'];
    if (typeof colour !== 'number' || !Number.isInteger(colour) || colour < 1 || colour > MAX_COLOUR) {
      throw new InputError(`diagram graph: edge "${key}" has colour ${JSON.stringify(colour) ?? 'undefined'} (expected an integer in 1..${MAX_COLOUR})`);
    }
    const [h, p] = a.kind === 'H' ? [a, b] : [b, a];
    edges.push([h.i, p.i, colour - 1]);
  });
  return makeDiagram(nH, nP, edges);
}
