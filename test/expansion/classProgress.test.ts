/**
 * Progress inside one long class: the series evaluated in this thread reports its expectations as
 * classes done plus the fraction of the partitions of the class in progress. On a level of one
 * class that takes many kernel pauses, the counter grows monotonically through fractional values
 * to its total; the counter of the kernel itself ends at Bell(n), and the expectation computed in
 * slices is that of the pairing enumeration (an independent algorithm).
 */
import { describe, expect, it } from 'vitest';
import { makeDiagram, type Diagram } from '../../src/diagram/index.js';
import { observableSeriesParallel } from '../../src/expansion/series.js';
import { makeModel } from '../../src/model/index.js';
import { wickByPairings, wickCountsSteps, wickExpectation } from '../../src/wick/index.js';
import { bellByRecurrence } from '../wick/helpers.js';
import { Slicer, wickExpectationCooperative } from '../../src/expansion/cooperative.js';

/** The k-regular bipartite diagram h_i – p_{i+j mod n}, j < k, one colour. */
function circulant(n: number, k: number): Diagram {
  const edges: [number, number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) edges.push([i, (i + j) % n, 0]);
  return makeDiagram(n, n, edges);
}

/** Kernel pauses of a diagram's expectation, counted by draining the generator. */
function pauses(d: Diagram): number {
  const steps = wickCountsSteps(d);
  let n = 0;
  while (!steps.next().done) n++;
  return n;
}

describe('progress inside one class', () => {
  it('the series (one thread) counts a level of one long class through fractions up to 1', async () => {
    const d = circulant(9, 4);
    expect(pauses(d)).toBeGreaterThanOrEqual(5);
    const seen: [number, number, number, string][] = [];
    const [term] = await observableSeriesParallel(makeModel({ nu: 2, scenario: 'sym' }), d, 0, {
      threads: 1,
      onProgress: (s, done, total, phase) => seen.push([s, done, total, phase]),
    });
    // Y_0 of the observable is E[G]: the same as the kernel run in one go
    expect(term!.poly.equals(wickExpectation(d))).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(seen.every(([s, , total, phase]) => s === 0 && total === 1 && phase === 'wick')).toBe(true);
    const counts = seen.map(([, done]) => done);
    for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeGreaterThanOrEqual(counts[i - 1]!);
    expect(counts.filter((c) => c > 0 && c < 1).length).toBeGreaterThanOrEqual(3);
    expect(counts[counts.length - 1]).toBe(1);
  });

  it('wickExpectationCooperative hands on the partition counter: monotone, ending at Bell(n)', async () => {
    const d = circulant(4, 3);
    const seen: number[] = [];
    let total = 0;
    // a slicer whose slices are always used up: every pause of the kernel is reported
    const e = await wickExpectationCooperative(
      d,
      (w) => {
        seen.push(w.partitions);
        total = w.partitionsTotal;
      },
      new (class extends Slicer {
        override due(): boolean {
          return true;
        }
      })(),
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(e.equals(wickByPairings(d))).toBe(true);
    expect(total).toBe(bellByRecurrence(4)[4]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
    expect(seen[seen.length - 1]).toBe(total);
  });
});
