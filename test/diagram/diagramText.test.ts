import { describe, expect, it } from 'vitest';
import { edgeList } from '../../src/diagram/diagram.js';
import { formatDiagram, parseDiagram } from '../../src/diagram/syntax.js';
import { describeDiagram } from '../../src/render/diagramText.js';
import { randomDiagram, relabel, rng } from '../helpers/randomDiagram.js';

describe('text rendering (src/render/diagramText.ts)', () => {
  it('describes D_4 in ASYM', () => {
    expect(describeDiagram(parseDiagram('h1-p1 h2-p1 h1-p2:2 h2-p2:2')).split('\n')).toEqual([
      'H-nodes: 2, p-nodes: 2, edges: 4',
      'colours: 1×2 2×2',
      'H-degrees: h1:2 h2:2',
      'p-degrees: p1:2 p2:2',
      'edges: h1-p1 h2-p1 h1-p2:2 h2-p2:2',
    ]);
  });
  it('describes the empty diagram', () => {
    expect(describeDiagram(parseDiagram('empty'))).toContain('H-nodes: 0, p-nodes: 0, edges: 0');
  });
  it('degree and colour lines agree with the edge list; the edges line parses back', () => {
    const r = rng(11);
    for (let t = 0; t < 100; t++) {
      const d = relabel(randomDiagram(r, { maxH: 4, maxP: 4, maxEdges: 9, colours: 3 }), r);
      const lines = describeDiagram(d).split('\n');
      const edges = edgeList(d);
      const deg = (line: string) => [...line.matchAll(/[hp](\d+):(\d+)/g)].map((m) => [Number(m[1]) - 1, Number(m[2])]);
      for (const [h, k] of deg(lines[2]!)) expect(k).toBe(edges.filter((e) => e[0] === h).length);
      for (const [p, k] of deg(lines[3]!)) expect(k).toBe(edges.filter((e) => e[1] === p).length);
      const colours = [...lines[1]!.matchAll(/(\d+)×(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(colours.reduce((s, [, n]) => s + n!, 0)).toBe(edges.length);
      for (const [c, n] of colours) expect(n).toBe(edges.filter((e) => e[2] === c! - 1).length);
      expect(edgeList(parseDiagram(lines[4]!.slice('edges: '.length)))).toEqual(edges);
      expect(parseDiagram(formatDiagram(d)).edges).toEqual(d.edges);
    }
  });
});
