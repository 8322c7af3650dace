/**
 * The contracted engine's size check: the pattern count computed from the loss terms' sizes
 * equals the number of patterns the moves really enumerate, and models beyond
 * MAX_CONTRACTED_PATTERNS are refused before anything is built (the CLI with one line; `auto`
 * falls back to the leading-terms engine).
 */
import { describe, expect, it } from 'vitest';
import { contractedApplies, contractedTooLarge } from '../../src/asymptotics/contracted/contractedSeries.js';
import { lossMoves, lossPatternCount, MAX_CONTRACTED_PATTERNS } from '../../src/asymptotics/contracted/moves.js';
import { UnitLayout } from '../../src/asymptotics/contracted/units.js';
import { resolveEngine } from '../../src/asymptotics/goalSeries.js';
import { lossDiagrams } from '../../src/expansion/index.js';
import { colourCount, makeModel, type Scenario } from '../../src/model/index.js';
import { Rational } from '../../src/rational/index.js';
import { built, gfd } from '../cli/run.js';

/** Patterns the moves enumerate, each shared pattern list counted once. */
function enumerated(nu: number, scenario: Scenario, target?: 'zero'): number {
  const model = makeModel({ nu, scenario, ...(target ? { target } : {}) });
  const moves = lossMoves(lossDiagrams(model).terms, new UnitLayout(colourCount(model)));
  return [...new Set(moves.map((m) => m.patterns))].reduce((a, p) => a + p.length, 0);
}

const weight = { p: Rational.ONE, H: Rational.of(4), sigma2: Rational.of(-2) };

describe('the contracted engine refuses models whose moves are too many to build', () => {
  it.each([
    [3, 'sym'],
    [4, 'sym'],
    [5, 'sym'],
    [6, 'sym'],
    [3, 'asym'],
    [4, 'asym'],
    [5, 'asym'],
  ] as const)('ν = %i %s: the count from the sizes equals the enumeration', (nu, scenario) => {
    expect(lossPatternCount(lossDiagrams(makeModel({ nu, scenario })).terms)).toBe(enumerated(nu, scenario));
  });

  it('the zero target too', () => {
    expect(lossPatternCount(lossDiagrams(makeModel({ nu: 4, scenario: 'asym', target: 'zero' })).terms)).toBe(enumerated(4, 'asym', 'zero'));
  });

  it('SYM ν = 8 and ASYM ν = 7 fit; SYM ν = 9 and ASYM ν = 8 do not, and auto takes the leading-terms engine', () => {
    const count = (nu: number, scenario: Scenario) => lossPatternCount(lossDiagrams(makeModel({ nu, scenario })).terms);
    expect(count(8, 'sym')).toBeLessThanOrEqual(MAX_CONTRACTED_PATTERNS);
    expect(count(7, 'asym')).toBeLessThanOrEqual(MAX_CONTRACTED_PATTERNS);
    for (const [nu, scenario] of [
      [9, 'sym'],
      [8, 'asym'],
    ] as const) {
      const model = makeModel({ nu, scenario });
      expect(count(nu, scenario)).toBeGreaterThan(MAX_CONTRACTED_PATTERNS);
      expect(contractedTooLarge(model)).toMatch(/patterns, more than 150000/);
      expect(contractedApplies(model, weight)).toBe(false);
      expect(resolveEngine('auto', model, [{ kind: 'weight', ...weight }])).toBe('leading');
    }
    expect(contractedTooLarge(makeModel({ nu: 8, scenario: 'sym' }))).toBeNull();
  });
});

describe.skipIf(!built)('gfd with a model too large for the contracted engine', () => {
  it('--engine contracted: one gfd: line, exit 2, at once (this used to exhaust the heap)', () => {
    const r = gfd(['limit', '--nu', '9', '--scenario', 'asym', '--order', '2', '--scaling', 'H = y*p^4, sigma2 = z*p^(-2)', '--engine', 'contracted'], 20_000);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^gfd: --engine contracted: .*ASYM ν = 9 .*patterns, more than 150000/);
  });
});
