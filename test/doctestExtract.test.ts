/** The conventions of the @example runner (test/doctestExtract.ts), on hand-written inputs. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentStart, extractExamples, instrument, parseExpectation } from './doctestExtract.js';

describe('parseExpectation', () => {
  it('reads literals as exact values', () => {
    expect(parseExpectation(' 3')).toEqual({ kind: 'equal', source: '3' });
    expect(parseExpectation(' -0.5 ')).toEqual({ kind: 'equal', source: '-0.5' });
    expect(parseExpectation(' 3n')).toEqual({ kind: 'equal', source: '3n' });
    expect(parseExpectation(` 'H'`)).toEqual({ kind: 'equal', source: `'H'` });
    expect(parseExpectation(' "1/2*p"')).toEqual({ kind: 'equal', source: '"1/2*p"' });
    expect(parseExpectation(' true')).toEqual({ kind: 'equal', source: 'true' });
    expect(parseExpectation(' [1, 1, 2, 6]')).toEqual({ kind: 'equal', source: '[1, 1, 2, 6]' });
    expect(parseExpectation(' { h: 2, dh: 6 }')).toEqual({ kind: 'equal', source: '{ h: 2, dh: 6 }' });
  });

  it('reads a string ending in an ellipsis as a prefix', () => {
    expect(parseExpectation(' "a + b + …"')).toEqual({ kind: 'prefix', prefix: 'a + b + ' });
    expect(parseExpectation(` '<svg...'`)).toEqual({ kind: 'prefix', prefix: '<svg' });
  });

  it('reads ≈ x as agreement to the digits written', () => {
    expect(parseExpectation(' ≈ 1.25e-7')).toEqual({ kind: 'approx', value: 1.25e-7, tolerance: 0.5e-9 });
    const e = parseExpectation('≈ 2.5');
    expect(e?.kind === 'approx' && Math.abs(e.tolerance - 0.05) < 1e-15).toBe(true);
    const fine = parseExpectation('≈ 2.0778094484725798');
    expect(fine?.kind === 'approx' && fine.tolerance).toBeCloseTo(2.0778094484725798e-12, 20);
  });

  it('treats prose as prose', () => {
    for (const prose of [
      ' D_4 in SYM',
      ' E[L(t)] estimated at res.times',
      ' three classes (one per merged colour), coefficient 4 each',
      ' ½(2² − 1)² = 4.5',
      ' then: pdflatex d.tex',
      ' ≈ Math.sin(1)',
      ' 3n classes',
      ' { h: y }',
      ' [a, b]',
    ]) {
      expect(parseExpectation(prose), prose).toBeNull();
    }
  });
});

describe('commentStart', () => {
  it('skips // inside string literals', () => {
    expect(commentStart(`f('a//b'); // 1`)).toBe(11);
    expect(commentStart('f("http://x")')).toBe(-1);
    expect(commentStart('g(`//`) // x')).toBe(8);
  });
});

describe('instrument', () => {
  it('turns an annotated expression into a check and leaves prose alone', () => {
    const { body, checks } = instrument(`x.toString(); // "1"\ny(); // prose here`);
    expect(checks).toBe(1);
    expect(body).toBe(`__check((x.toString()), { kind: 'equal', value: ("1") }, "x.toString(); // \\"1\\"");\ny();`);
  });

  it('checks the variable of an annotated declaration', () => {
    const { body } = instrument('const n = 2 + 1; // 3');
    expect(body).toBe(`const n = 2 + 1; __check(n, { kind: 'equal', value: (3) }, "const n = 2 + 1; // 3");`);
  });

  it('applies a lone comment line to the statement above it, and hoists imports', () => {
    const { imports, body, checks } = instrument(`import { a } from 'b';\nf(1);\n// [1]`);
    expect(imports).toEqual([`import { a } from 'b';`]);
    expect(checks).toBe(1);
    expect(body.startsWith(`__check((f(1)), { kind: 'equal', value: ([1]) }`)).toBe(true);
  });
});

describe('extractExamples', () => {
  it('finds fenced and unfenced examples with their symbols and lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gfd-extract-'));
    try {
      const file = join(dir, 'a.ts');
      writeFileSync(
        file,
        [
          '/**',
          ' * Doubles.',
          ' * @example',
          ' * ```ts',
          ' * double(2); // 4',
          ' * ```',
          ' * @param x a number',
          ' */',
          'export function double(x: number): number {',
          '  return 2 * x;',
          '}',
          '/** @example half(4) // 2 */',
          'export const half = (x: number): number => x / 2;',
        ].join('\n'),
      );
      const ex = extractExamples(dir, file);
      expect(ex).toEqual([
        { file: 'a.ts', symbol: 'double', code: 'double(2); // 4', line: 3 },
        { file: 'a.ts', symbol: 'half', code: 'half(4) // 2', line: 12 },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
