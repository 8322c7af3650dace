import { describe, expect, it } from 'vitest';
import {
  checkPackable,
  MAX_NODE_PAIRS,
  packEdge,
  packedColour,
  packedH,
  packedP,
  unpackEdge,
} from '../../src/diagram/packedEdge.js';
import { InputError } from '../../src/errors.js';
import { randInt, rng } from '../helpers/randomDiagram.js';

describe('packed edges', () => {
  it('round-trip and order like (h, p, colour) lexicographically', () => {
    const r = rng(21);
    for (let t = 0; t < 500; t++) {
      const nH = randInt(r, 1, 3000);
      const nP = randInt(r, 1, Math.floor(MAX_NODE_PAIRS / nH));
      const a = [randInt(r, 0, nH - 1), randInt(r, 0, nP - 1), randInt(r, 0, 255)] as const;
      const b = [randInt(r, 0, nH - 1), randInt(r, 0, nP - 1), randInt(r, 0, 255)] as const;
      const ca = packEdge(...a, nP);
      const cb = packEdge(...b, nP);
      expect(ca).toBeGreaterThanOrEqual(0);
      expect([packedH(ca, nP), packedP(ca, nP), packedColour(ca)]).toEqual([...a]);
      const out = new Int32Array(4);
      unpackEdge(cb, nP, out, 1);
      expect([...out]).toEqual([0, ...b]);
      const lex = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
      expect(Math.sign(ca - cb)).toBe(Math.sign(lex));
    }
  });

  it('the largest packable edge is the largest int32 and survives an Int32Array', () => {
    const nH = 2 ** 12;
    const nP = 2 ** 11;
    expect(nH * nP).toBe(MAX_NODE_PAIRS);
    expect(() => checkPackable(nH, nP)).not.toThrow();
    const code = packEdge(nH - 1, nP - 1, 255, nP);
    expect(code).toBe(2 ** 31 - 1);
    const stored = Int32Array.of(code)[0]!;
    expect([packedH(stored, nP), packedP(stored, nP), packedColour(stored)]).toEqual([nH - 1, nP - 1, 255]);
  });

  it('refuses node counts whose edges would not fit', () => {
    expect(() => checkPackable(2 ** 12 + 1, 2 ** 11)).toThrow(InputError);
    expect(() => checkPackable(2 ** 23, 2)).toThrow(/node pairs/);
    expect(() => checkPackable(1, 2 ** 23)).not.toThrow();
  });
});
