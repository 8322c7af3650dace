/**
 * The per-pattern facts the future bound rests on (docs/asymptotics.md §"The future bound",
 * §"Mixed pairs"), checked on the exact children: for every state of the first levels, every move
 * and every pattern, each kind of unit of every child is at least max(U − t, 0) + b; and a merge
 * with R never changes the number of mixed pairs.
 */
import { describe, expect, it } from 'vitest';
import { expandState } from '../../src/asymptotics/contracted/contractedPass.js';
import type { Move } from '../../src/asymptotics/contracted/moves.js';
import { unpackState } from '../../src/asymptotics/contracted/quotientState.js';
import { exactStates } from '../helpers/exactStates.js';

describe('parity units per pattern', () => {
  it.each([
    [3, 'asym', 'identity', 2, 9],
    [4, 'asym', 'identity', 1, 1],
    [3, 'asym', 'zero', 2, 9],
    [2, 'asym', 'identity', 3, 4],
    [3, 'sym', 'identity', 2, 1],
  ])('ν = %i %s %s, levels < %i (the last one every %i-th state): every child has U′ ≥ max(U − t, 0) + b for every kind', (nu, scenario, target, levels, stride) => {
    const { layout, moves, keys } = exactStates(nu, scenario, target, levels - 1, stride);
    let children = 0;
    for (const key of keys) {
      const u = unpackState(key, layout);
      for (const m of moves) {
        for (const pt of m.patterns) {
          const one: Move = { ...m, coeff: 1n, patterns: [pt] };
          const next = new Map<string, bigint>();
          expandState(u, 1n, 1, false, [one], layout, null, next, new Map());
          for (const child of next.keys()) {
            const c = unpackState(child, layout);
            for (let k = 0; k < layout.count; k++) expect(c.units[k]!).toBeGreaterThanOrEqual(Math.max(u.units[k]! - pt.touchedOld[k]!, 0) + pt.bornNew[k]!);
            children++;
          }
        }
      }
    }
    expect(children).toBeGreaterThan(100);
  });

  it.each([
    [3, 2],
    [4, 2],
    [2, 3],
  ])('ASYM ν = %i, levels < %i: a merge with R keeps the number of mixed pairs', (nu, levels) => {
    const { loss, layout, moves, keys } = exactStates(nu, 'asym', 'identity', levels - 1);
    const rTerm = loss.terms.findIndex((t) => t.form.diagram.nH === 1);
    expect(rTerm).toBeGreaterThanOrEqual(0);
    const rMoves = moves.filter((m) => m.term === rTerm);
    let seen = 0;
    let mixedSeen = 0;
    for (const key of keys) {
      const u = unpackState(key, layout);
      const next = new Map<string, bigint>();
      expandState(u, 1n, 1, false, rMoves, layout, null, next, new Map());
      for (const child of next.keys()) {
        expect(unpackState(child, layout).units[layout.pairMixed]).toBe(u.units[layout.pairMixed]);
        seen++;
        if (u.units[layout.pairMixed]! > 0) mixedSeen++;
      }
    }
    expect(seen).toBeGreaterThan(20);
    expect(mixedSeen).toBeGreaterThan(0);
  });
});
