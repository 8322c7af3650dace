/** The checkpoint file formats: classes, class tables and term files read back exactly. */
import { describe, expect, it } from 'vitest';
import { canonicalForm } from '../../src/canon/index.js';
import { makeDiagram } from '../../src/diagram/index.js';
import {
  checkpointIdentity,
  classTableChunks,
  decodeClass,
  encodeClass,
  parseClassTable,
  parseTermFile,
  sortLines,
  termFileText,
  type ClassTableHeader,
} from '../../src/expansion/checkpointFormat.js';
import { classLines, sumFromLines } from '../../src/expansion/checkpointStore.js';
import { lossDiagrams } from '../../src/expansion/lossDiagrams.js';
import { expandLoss } from '../../src/expansion/series.js';
import { DiagramSum, mergePowers } from '../../src/merge/index.js';
import { makeModel } from '../../src/model/index.js';
import { InputError } from '../../src/errors.js';

function level(nu: number, scenario: 'sym' | 'asym', s: number): DiagramSum {
  const L = lossDiagrams(makeModel({ nu, scenario })).sum;
  for (const [k, C] of mergePowers(L, L)) if (k === s) return C;
  throw new Error('unreachable');
}

describe('class text', () => {
  it('packs each edge as (h·nP + p)·256 + colour of the canonical diagram', () => {
    // one H-node, two p-nodes; edges h1-p2 colour 2 and h1-p1 colour 1 (0-based 1 and 0)
    const form = canonicalForm(makeDiagram(1, 2, [[0, 1, 1], [0, 0, 0]]));
    const text = encodeClass(form);
    const [nodes, codes] = text.split(':');
    expect(nodes).toBe('1.2');
    const triples = codes!.split(',').map(Number).map((c) => [Math.floor(Math.floor(c / 256) / 2), Math.floor(c / 256) % 2, c % 256]);
    // the same multiset of (h, colour) pairs with both p-nodes used once
    expect(triples.map((t) => t[2]).sort()).toEqual([0, 1]);
    expect(new Set(triples.map((t) => t[1]))).toEqual(new Set([0, 1]));
  });

  it.each([
    [3, 'asym', 2],
    [3, 'sym', 3],
    [2, 'asym', 4],
  ] as const)('every class of %s %s level %s decodes to a diagram of the same class', (nu, scenario, s) => {
    const C = level(nu, scenario, s);
    const texts = new Set<string>();
    for (const t of C.unorderedIntTerms()) {
      const text = encodeClass(t.form);
      texts.add(text);
      const d = decodeClass(text);
      expect(Array.from(d.edges)).toEqual(Array.from(t.form.diagram.edges));
      expect(canonicalForm(d).key).toBe(t.form.key);
    }
    expect(texts.size).toBe(C.size); // distinct classes, distinct texts
  });

  it.each(['', '1.1', '1.x:0', '1.1:0,,1', '1.1:256', '0.0:5', '1.1:-1', '1.2:1024'])('refuses the malformed class %j', (text) => {
    expect(() => decodeClass(text)).toThrow(InputError);
  });
});

describe('class tables', () => {
  const model = makeModel({ nu: 3, scenario: 'asym' });
  const id = checkpointIdentity(model, 'loss');
  const C = level(3, 'asym', 2);
  const lines = classLines(C);
  const header: ClassTableHeader = { format: 'gfd-classes', version: 1, ...id, s: 2, factor: C.factor.toString(), classes: lines.length };
  const text = [...classTableChunks(header, lines)].join('');

  it('round trip: header, sorted lines and the sum itself', () => {
    const back = parseClassTable(text, 'f');
    expect(back.header).toEqual(header);
    expect(back.lines).toEqual(lines);
    expect(sortLines([...back.lines].reverse())).toEqual(lines);
    const sum = sumFromLines(back.lines, back.header.factor, 'f');
    expect(sum.equals(C)).toBe(true);
    expect(sum.factor.equals(C.factor)).toBe(true);
  });

  it('the file is deterministic: the same table from a sum built in another order', () => {
    const reversed = DiagramSum.fromIntTerms([...C.unorderedIntTerms()].reverse(), C.factor);
    expect([...classTableChunks(header, classLines(reversed))].join('')).toBe(text);
  });

  it.each([
    ['a truncated table', text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1)],
    ['a zero coefficient', text.replace(/\t-?\d+\n/, '\t0\n')],
    ['a missing tab', text.replace(/\t/, ' ')],
    ['another version', text.replace('"version":1', '"version":2')],
    ['no header', text.slice(text.indexOf('\n') + 1)],
    ['an empty file', ''],
  ])('refuses %s with a one-line InputError', (_what, bad) => {
    let err: unknown;
    try {
      parseClassTable(bad, 'f.classes');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/^f\.classes: [^\n]+$/);
  });
});

describe('term files', () => {
  it('round trip of Y_3 (ASYM ν=2) and of a zero polynomial', () => {
    const model = makeModel({ nu: 2, scenario: 'asym' });
    const id = checkpointIdentity(model, 'loss');
    const y = expandLoss(model, 3)[3]!;
    const back = parseTermFile(termFileText(id, 3, y.classes, y.poly), 'f');
    expect(back.poly.equals(y.poly)).toBe(true);
    expect(back.file.classes).toBe(y.classes);
    expect(back.file.s).toBe(3);
    const zero = parseTermFile(termFileText(id, 1, 0, expandLoss(model, 0)[0]!.poly.sub(expandLoss(model, 0)[0]!.poly), { index: 1, count: 2 }), 'f');
    expect(zero.poly.isZero()).toBe(true);
    expect(zero.file.partition).toEqual({ index: 1, count: 2 });
  });

  it('refuses a file of another kind', () => {
    expect(() => parseTermFile('{"format":"gfd-classes"}', 'f')).toThrow(InputError);
    expect(() => parseTermFile('not json', 'f')).toThrow(/^f: /);
  });
});
