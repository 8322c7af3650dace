import { describe, expect, it } from 'vitest';
import { edgeList, makeDiagram, type Diagram } from '../../src/diagram/diagram.js';
import { formatDiagram, parseDiagram } from '../../src/diagram/syntax.js';
import { InputError } from '../../src/errors.js';
import { randInt, randomDiagram, relabel, rng } from '../helpers/randomDiagram.js';

const plain = (d: Diagram) => ({ nH: d.nH, nP: d.nP, edges: edgeList(d) });

describe('parseDiagram: the documented syntax', () => {
  it('reads D_4 (SYM) with default colour 1', () => {
    expect(plain(parseDiagram('h1-p1 h2-p1 h1-p2 h2-p2'))).toEqual({
      nH: 2,
      nP: 2,
      edges: [[0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0]],
    });
  });
  it('reads colours 1-based, either endpoint order, commas and newlines', () => {
    const a = parseDiagram('h1-p1:1, p1-h1:2,\n h1-p1:3');
    expect(plain(a)).toEqual({ nH: 1, nP: 1, edges: [[0, 0, 0], [0, 0, 1], [0, 0, 2]] });
  });
  it('numbers nodes of each kind by first appearance, names are labels', () => {
    expect(plain(parseDiagram('hk-pi:2 hl-pi hk-pj'))).toEqual({ nH: 2, nP: 2, edges: [[0, 0, 1], [1, 0, 0], [0, 1, 0]] });
    expect(plain(parseDiagram('h7-p5 h3-p5 h7-p1'))).toEqual({ nH: 2, nP: 2, edges: [[0, 0, 0], [1, 0, 0], [0, 1, 0]] });
    // H- and p-names are separate name spaces; the kind letter is case-insensitive.
    expect(plain(parseDiagram('h1-p1 H1-P2 p_a-h_b'))).toEqual({ nH: 2, nP: 3, edges: [[0, 0, 0], [0, 1, 0], [1, 2, 0]] });
  });
  it('expands multiplicities into consecutive parallel edges', () => {
    expect(plain(parseDiagram('h1-p1:2*3 h1-p2*2'))).toEqual({
      nH: 1,
      nP: 2,
      edges: [[0, 0, 1], [0, 0, 1], [0, 0, 1], [0, 1, 0], [0, 1, 0]],
    });
  });
  it('declares isolated nodes, in order of appearance', () => {
    expect(plain(parseDiagram('p9 h1-p1 h2'))).toEqual({ nH: 2, nP: 2, edges: [[0, 1, 0]] });
    expect(plain(parseDiagram('h1'))).toEqual({ nH: 1, nP: 0, edges: [] });
  });
  it('reads "empty" as the empty diagram', () => {
    expect(plain(parseDiagram(' empty '))).toEqual({ nH: 0, nP: 0, edges: [] });
    expect(plain(parseDiagram('EMPTY'))).toEqual({ nH: 0, nP: 0, edges: [] });
  });
  it('reads JSON when the text starts with "{"', () => {
    const d = parseDiagram(' {"H": 1, "p": 2, "edges": [[0, 1, 3], [0, 0, 1]]}');
    expect(plain(d)).toEqual({ nH: 1, nP: 2, edges: [[0, 1, 2], [0, 0, 0]] });
  });
});

describe('parseDiagram: malformed input', () => {
  it.each([
    ['', /empty input/],
    [' , ,\n', /empty input/],
    ['h1p2', /bad token "h1p2".*missing "-"/],
    ['h1-p1 h2-h3', /bad token "h2-h3".*two H-nodes/],
    ['p1-p2', /bad token "p1-p2".*two p-nodes/],
    ['h1-p1:0', /bad token "h1-p1:0".*colour.*1\.\.256/],
    ['h1-p1:257', /bad token "h1-p1:257".*1\.\.256/],
    ['h1-p1:', /bad token "h1-p1:".*missing colour/],
    ['h1-p1:x', /bad token "h1-p1:x".*positive integer/],
    ['h1-p1:-1', /bad token "h1-p1:-1"/],
    ['h1-p1*0', /bad token "h1-p1\*0".*multiplicity/],
    ['h1-p1*', /bad token "h1-p1\*".*missing multiplicity/],
    ['h1-p1*2:3', /bad token "h1-p1\*2:3"/],
    ['h1-p1*1000000', /bad token "h1-p1\*1000000".*1\.\.100000/],
    ['h1-p1-p2', /bad token "h1-p1-p2".*exactly one "-"/],
    ['h1-', /bad token "h1-".*missing node/],
    ['-p1', /bad token "-p1".*missing node/],
    ['x1-p1', /bad token "x1-p1".*"x1" is not a node/],
    ['h-p1', /bad token "h-p1".*no name/],
    ['h1-p1.5', /bad token "h1-p1\.5".*node name "1\.5"/],
    ['h1x-p1', /bad token "h1x-p1".*node name "1x"/],
    ['h1:2', /bad token "h1:2".*needs an edge/],
    ['p1*2', /bad token "p1\*2".*needs an edge/],
    ['empty h1', /bad token "empty".*alone/],
    ['q', /bad token "q".*not a node/],
    ['{"H": 1', /bad JSON/],
    ['{"H": 1, "p": 1, "edges": [[0, 0, 0]]}', /colour 0 outside/],
  ])('rejects %j', (text, msg) => {
    expect(() => parseDiagram(text)).toThrow(InputError);
    expect(() => parseDiagram(text)).toThrow(msg);
  });
  it('keeps messages to one line starting with "diagram"', () => {
    try {
      parseDiagram('h1-p1\nh1p1');
    } catch (e) {
      expect((e as Error).message).toMatch(/^diagram[^\n]*$/);
      return;
    }
    throw new Error('no error');
  });
});

describe('formatDiagram', () => {
  it('writes the documented short forms', () => {
    expect(formatDiagram(makeDiagram(1, 1, [[0, 0, 0], [0, 0, 1], [0, 0, 2]]))).toBe('h1-p1 h1-p1:2 h1-p1:3');
    expect(formatDiagram(makeDiagram(1, 1, [[0, 0, 1], [0, 0, 1]]))).toBe('h1-p1:2*2');
    expect(formatDiagram(makeDiagram(0, 0, []))).toBe('empty');
    expect(formatDiagram(makeDiagram(2, 1, [[0, 0, 0]]))).toBe('h1-p1 h2');
    // p2 is named before p1: declare all p-nodes first to keep the numbering.
    expect(formatDiagram(makeDiagram(1, 2, [[0, 1, 0], [0, 0, 0]]))).toBe('p1 p2 h1-p2 h1-p1');
  });
  it('rejects a hand-built invalid diagram', () => {
    expect(() => formatDiagram({ nH: 1, nP: 1, edges: Int32Array.from([0, 1, 0]) })).toThrow(InputError);
  });
});

describe('round trips', () => {
  it('parseDiagram(formatDiagram(d)) is d exactly (random diagrams, relabelled)', () => {
    const r = rng(20240611);
    for (let t = 0; t < 400; t++) {
      let d = randomDiagram(r, { maxH: 4, maxP: 5, maxEdges: 9, colours: 1 + (t % 4) });
      if (t % 2) d = relabel(d, r);
      if (t % 7 === 0) d = makeDiagram(d.nH + 1, d.nP + 2, edgeList(d)); // trailing isolated nodes
      const text = formatDiagram(d);
      expect(plain(parseDiagram(text)), text).toEqual(plain(d));
    }
  });

  it('text written with arbitrary names, orders and separators parses to the first-appearance numbering', () => {
    const r = rng(7);
    const alphabet = ['a', 'k', 'x_', '_1', 'Z9'];
    const name = () => (r() < 0.4 ? String(randInt(r, 0, 40)) : alphabet[randInt(r, 0, alphabet.length - 1)]! + randInt(r, 0, 9));
    for (let t = 0; t < 300; t++) {
      // Random labelled items: edges between named nodes plus some lone nodes.
      const items: ({ h: string; p: string; c: number; m: number } | { lone: 'h' | 'p'; name: string })[] = [];
      const n = randInt(r, 1, 10);
      for (let i = 0; i < n; i++) {
        if (r() < 0.15) items.push({ lone: r() < 0.5 ? 'h' : 'p', name: name() });
        else items.push({ h: name(), p: name(), c: randInt(r, 1, 5), m: r() < 0.2 ? randInt(r, 1, 3) : 1 });
      }
      const tokens = items.map((it) => {
        if ('lone' in it) return `${it.lone}${it.name}`;
        const ends = r() < 0.5 ? `h${it.h}-p${it.p}` : `p${it.p}-h${it.h}`;
        const colour = it.c === 1 && r() < 0.5 ? '' : `:${it.c}`;
        return ends + colour + (it.m === 1 && r() < 0.7 ? '' : `*${it.m}`);
      });
      const seps = [' ', ',', ', ', '\n', '\t', ' ,\n '];
      const text = tokens.map((tok) => tok + seps[randInt(r, 0, seps.length - 1)]).join('');

      // Expected numbering, derived directly from the rule "first appearance within each kind".
      const hIndex = new Map<string, number>();
      const pIndex = new Map<string, number>();
      const idx = (m: Map<string, number>, k: string) => (m.has(k) ? m.get(k)! : (m.set(k, m.size), m.size - 1));
      const expected: number[][] = [];
      for (const it of items) {
        if ('lone' in it) idx(it.lone === 'h' ? hIndex : pIndex, it.name);
        else {
          const h = idx(hIndex, it.h);
          const p = idx(pIndex, it.p);
          for (let j = 0; j < it.m; j++) expected.push([h, p, it.c - 1]);
        }
      }
      const d = parseDiagram(text);
      expect(plain(d), text).toEqual({ nH: hIndex.size, nP: pIndex.size, edges: expected });
      // And back through the canonical text.
      expect(plain(parseDiagram(formatDiagram(d)))).toEqual(plain(d));
    }
  });
});
