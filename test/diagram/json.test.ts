import { describe, expect, it } from 'vitest';
import { edgeList, makeDiagram, type Diagram } from '../../src/diagram/diagram.js';
import { diagramFromJSON, diagramToJSON } from '../../src/diagram/json.js';
import { parseDiagram } from '../../src/diagram/syntax.js';
import { InputError } from '../../src/errors.js';
import { randomDiagram, relabel, rng } from '../helpers/randomDiagram.js';

const plain = (d: Diagram) => ({ nH: d.nH, nP: d.nP, edges: edgeList(d) });

describe('diagram JSON', () => {
  it('writes 0-based nodes and 1-based colours', () => {
    const d = makeDiagram(2, 2, [[0, 0, 0], [1, 0, 0], [0, 1, 1], [1, 1, 1]]);
    expect(JSON.stringify(diagramToJSON(d))).toBe('{"H":2,"p":2,"edges":[[0,0,1],[1,0,1],[0,1,2],[1,1,2]]}');
  });
  it('agrees with the text syntax on the same diagram', () => {
    const json = { H: 2, p: 3, edges: [[0, 0, 1], [1, 0, 1], [0, 1, 2], [1, 1, 2], [0, 2, 3], [1, 2, 3]] };
    expect(plain(diagramFromJSON(json))).toEqual(plain(parseDiagram('h1-p1 h2-p1 h1-p2:2 h2-p2:2 h1-p3:3 h2-p3:3')));
  });
  it('accepts a JSON string and the empty diagram', () => {
    expect(plain(diagramFromJSON('{"H":0,"p":0,"edges":[]}'))).toEqual({ nH: 0, nP: 0, edges: [] });
  });
  it('round-trips random diagrams exactly, also through JSON.stringify and parseDiagram', () => {
    const r = rng(99);
    for (let t = 0; t < 300; t++) {
      const d = relabel(randomDiagram(r, { maxH: 4, maxP: 4, maxEdges: 10, colours: 5 }), r);
      expect(plain(diagramFromJSON(diagramToJSON(d)))).toEqual(plain(d));
      expect(plain(parseDiagram(JSON.stringify(diagramToJSON(d))))).toEqual(plain(d));
    }
  });
  it.each([
    [null, /expected an object/],
    [[1, 2], /expected an object/],
    [3, /expected an object/],
    [{ p: 1, edges: [] }, /missing key "H"/],
    [{ H: 1, edges: [] }, /missing key "p"/],
    [{ H: 1, p: 1 }, /missing key "edges"/],
    [{ H: -1, p: 1, edges: [] }, /"H" must be a non-negative integer, got -1/],
    [{ H: 1.5, p: 1, edges: [] }, /"H" must be a non-negative integer, got 1.5/],
    [{ H: 1, p: '2', edges: [] }, /"p" must be a non-negative integer, got "2"/],
    [{ H: 1, p: 1, edges: {} }, /"edges" must be an array/],
    [{ H: 1, p: 1, edges: [[0, 0]] }, /edges\[0\] must be \[h, p, colour\]/],
    [{ H: 1, p: 1, edges: [[0, 0, 1], ['0', 0, 1]] }, /edges\[1\] must be \[h, p, colour\]/],
    [{ H: 1, p: 1, edges: [[1, 0, 1]] }, /edges\[0\]: H-node 1 outside 0..0/],
    [{ H: 1, p: 2, edges: [[0, 2, 1]] }, /edges\[0\]: p-node 2 outside 0..1/],
    [{ H: 1, p: 1, edges: [[0, 0, 0]] }, /edges\[0\]: colour 0 outside 1..256/],
    [{ H: 1, p: 1, edges: [[0, 0, 257]] }, /colour 257 outside/],
    [{ H: 1, p: 1, edges: [], h: 2 }, /unknown key "h"/],
    ['{"H":1,', /not valid JSON/],
  ])('rejects %j', (value, msg) => {
    expect(() => diagramFromJSON(value)).toThrow(InputError);
    expect(() => diagramFromJSON(value)).toThrow(msg);
  });
});
