import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { edgeList, type Diagram } from '../../src/diagram/diagram.js';
import { fromGraph, toGraph } from '../../src/diagram/graph.js';
import { parseDiagram } from '../../src/diagram/syntax.js';
import { InputError } from '../../src/errors.js';
import { randomDiagram, relabel, rng } from '../helpers/randomDiagram.js';

const plain = (d: Diagram) => ({ nH: d.nH, nP: d.nP, edges: edgeList(d) });

describe('toGraph', () => {
  it('is an undirected multigraph with kinds, 1-based colours and the diagram degrees', () => {
    const r = rng(5);
    for (let t = 0; t < 100; t++) {
      const d = relabel(randomDiagram(r, { maxH: 4, maxP: 4, maxEdges: 10, colours: 4 }), r);
      const g = toGraph(d);
      expect(g.type).toBe('undirected');
      expect(g.multi).toBe(true);
      expect(g.order).toBe(d.nH + d.nP);
      expect(g.size).toBe(edgeList(d).length);
      for (let h = 0; h < d.nH; h++) {
        expect(g.getNodeAttribute(`h${h}`, 'kind')).toBe('H');
        expect(g.degree(`h${h}`)).toBe(edgeList(d).filter((e) => e[0] === h).length);
      }
      for (let p = 0; p < d.nP; p++) {
        expect(g.getNodeAttribute(`p${p}`, 'kind')).toBe('p');
        expect(g.degree(`p${p}`)).toBe(edgeList(d).filter((e) => e[1] === p).length);
      }
      // Edge multiset (h, p, colour) read off the graph itself.
      const fromG = g.mapEdges((_k, a, s, tg) => {
        const [h, p] = s.startsWith('h') ? [s, tg] : [tg, s];
        return `${h}-${p}:${a.colour}`;
      });
      const fromD = edgeList(d).map(([h, p, c]) => `h${h}-p${p}:${c + 1}`);
      expect(fromG.sort()).toEqual(fromD.sort());
    }
  });
  it('keeps parallel edges (R_3 identity in ASYM)', () => {
    const g = toGraph(parseDiagram('h1-p1:1 h1-p1:2 h1-p1:3'));
    expect(g.edges('h0', 'p0')).toHaveLength(3);
    expect(g.mapEdges((_k, a) => a.colour)).toEqual([1, 2, 3]);
  });
});

describe('fromGraph', () => {
  it('inverts toGraph exactly', () => {
    const r = rng(6);
    for (let t = 0; t < 200; t++) {
      const d = relabel(randomDiagram(r, { maxH: 5, maxP: 5, maxEdges: 12, colours: 3 }), r);
      expect(plain(fromGraph(toGraph(d)))).toEqual(plain(d));
    }
  });
  it('reads a user-built graph: any keys, numbering by node order within each kind, direction ignored', () => {
    const g = new Graph.MultiGraph();
    g.addNode('i', { kind: 'p' });
    g.addNode('k', { kind: 'H' });
    g.addNode('j', { kind: 'p' });
    g.addNode('l', { kind: 'H' });
    g.addDirectedEdge('i', 'k', { colour: 2 });
    g.addUndirectedEdge('l', 'j', { colour: 1 });
    g.addDirectedEdge('k', 'j', { colour: 1 });
    expect(plain(fromGraph(g))).toEqual({ nH: 2, nP: 2, edges: [[0, 0, 1], [1, 1, 0], [0, 1, 0]] });
  });
  const bad = (build: (g: InstanceType<typeof Graph.MultiGraph>) => void) => {
    const g = new Graph.MultiGraph();
    g.addNode('k', { kind: 'H' });
    g.addNode('i', { kind: 'p' });
    build(g);
    return g;
  };
  it.each([
    ['a node without kind', bad((g) => g.addNode('x')), /node "x" has kind undefined/],
    ['a node of unknown kind', bad((g) => g.addNode('x', { kind: 'q' })), /node "x" has kind "q"/],
    ['an H–H edge', bad((g) => (g.addNode('l', { kind: 'H' }), g.addEdgeWithKey('e', 'k', 'l', { colour: 1 }))), /edge "e" joins two H-nodes/],
    ['a missing colour', bad((g) => g.addEdgeWithKey('e', 'k', 'i')), /edge "e" has colour undefined/],
    ['colour 0', bad((g) => g.addEdgeWithKey('e', 'k', 'i', { colour: 0 })), /colour 0/],
    ['a fractional colour', bad((g) => g.addEdgeWithKey('e', 'k', 'i', { colour: 1.5 })), /colour 1.5/],
  ])('rejects %s', (_what, g, msg) => {
    expect(() => fromGraph(g)).toThrow(InputError);
    expect(() => fromGraph(g)).toThrow(msg);
  });
});
