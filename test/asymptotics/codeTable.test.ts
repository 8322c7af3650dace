/**
 * The future bound's memo table against a Map keyed by the rows' strings: random rows from small
 * alphabets (so that rows repeat and hashes collide in the slots), through several growths.
 */
import { describe, expect, it } from 'vitest';
import { ABSENT, CodeTable } from '../../src/asymptotics/contracted/codeTable.js';
import { rng } from '../helpers/randomDiagram.js';

describe('CodeTable', () => {
  it.each([1, 3, 14])('width %i: get and set agree with a Map over 20 000 random operations', (width) => {
    const rnd = rng(width);
    const table = new CodeTable(width, 4);
    const oracle = new Map<string, number>();
    const row = new Uint16Array(width + 2); // longer than the width: only the first codes count
    for (let op = 0; op < 20000; op++) {
      for (let t = 0; t < row.length; t++) row[t] = Math.floor(rnd() * (t === 0 ? 40 : 4)) + (t === 1 ? 65000 : 0);
      const key = Array.from(row.subarray(0, width)).join(',');
      if (rnd() < 0.5) {
        const v = rnd() < 0.1 ? -Infinity : Math.floor(rnd() * 1000) - 500;
        table.set(row, v);
        oracle.set(key, v);
      } else {
        const got = table.get(row);
        if (oracle.has(key)) expect(got).toBe(oracle.get(key));
        else expect(got).toBeNaN();
      }
    }
    expect(table.size).toBe(oracle.size);
    for (const [key, v] of oracle) expect(table.get(Uint16Array.from(key.split(',').map(Number)))).toBe(v);
  });

  it('a row never stored is ABSENT, also after many others', () => {
    const table = new CodeTable(2);
    for (let i = 0; i < 5000; i++) table.set(Uint16Array.of(i, i), i);
    expect(table.get(Uint16Array.of(7, 8))).toBe(ABSENT);
    expect(table.get(Uint16Array.of(4999, 4999))).toBe(4999);
  });

  it('rejects a width that is not a positive integer', () => {
    expect(() => new CodeTable(0)).toThrow(/width/);
  });
});
