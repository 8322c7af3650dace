/**
 * The Wick kernel in resumable slices (wickCountsSteps, outerPartitionSteps): the drained result
 * equals the pairing enumeration (an independent algorithm), the slices are short in kernel steps,
 * the partition counter ends at Bell(n_outer) (computed here by a different recurrence), and the
 * work estimate the size check uses is honest: an upper bound on the kernel steps, within a
 * stated factor of them.
 */
import { describe, expect, it } from 'vitest';
import { colourCounts, edgeCount, makeDiagram, type Diagram } from '../../src/diagram/index.js';
import { fallingFactorialToPoly, wickByPairings, wickCountsSteps, type WickCounts, type WickProgress } from '../../src/wick/index.js';
import { randomDiagram, rng } from '../helpers/randomDiagram.js';
import { bellByRecurrence } from './helpers.js';

/** Drains the generator, keeping every pause's (copied) progress. */
function drain(d: Diagram): { result: WickCounts; pauses: WickProgress[] } {
  const steps = wickCountsSteps(d);
  const pauses: WickProgress[] = [];
  for (;;) {
    const r = steps.next();
    if (r.done) return { result: r.value, pauses };
    pauses.push({ ...r.value });
  }
}

const bell = (n: number): number => bellByRecurrence(n)[n]!;

/** The k-regular bipartite diagram h_i – p_{i+j mod n}, j < k, colours cycling through `colours`. */
function circulant(n: number, k: number, colours = 1): Diagram {
  const edges: [number, number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) edges.push([i, (i + j) % n, j % colours]);
  return makeDiagram(n, n, edges);
}

/** Largest ratio (estimate / kernel steps) accepted: measured 19–104 on the diagrams below. */
const ESTIMATE_FACTOR = 2 ** 8;

describe('the Wick kernel in slices', () => {
  it('gives the expectation of the pairing enumeration, whatever the slicing', () => {
    const r = rng(1717);
    let checked = 0;
    for (let i = 0; i < 60; i++) {
      const d = randomDiagram(r, { maxH: 5, maxP: 5, maxEdges: 10, colours: 2 });
      if (colourCounts(d).some((c) => c % 2 !== 0)) continue;
      const { result } = drain(d);
      expect(fallingFactorialToPoly(result.counts, result.sigma2).equals(wickByPairings(d))).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('pauses every 2^18 kernel steps or 4096 partitions at most, and counts Bell(n) partitions', () => {
    let slices = 0;
    for (const d of [circulant(8, 4), circulant(9, 4), circulant(8, 4, 2)]) {
      const { result, pauses } = drain(d);
      expect(fallingFactorialToPoly(result.counts, result.sigma2).isZero()).toBe(false);
      expect(pauses.length).toBeGreaterThanOrEqual(2); // at least one pause before the final count
      slices += pauses.length;
      const last = pauses[pauses.length - 1]!;
      expect(last.partitions).toBe(bell(d.nH));
      expect(last.partitionsTotal).toBe(bell(d.nH));
      // one partition's plan costs at most 3^n_inner steps
      const onePlan = 3 ** d.nP;
      for (let k = 1; k < pauses.length; k++) {
        expect(pauses[k]!.steps - pauses[k - 1]!.steps).toBeLessThanOrEqual(2 ** 18 + onePlan);
        expect(pauses[k]!.partitions - pauses[k - 1]!.partitions).toBeLessThanOrEqual(4096);
      }
    }
    expect(slices).toBeGreaterThan(10);
  });

  it('the work estimate bounds the kernel steps from above, within a factor 2^8', () => {
    const r = rng(4242);
    const diagrams = [circulant(7, 4), circulant(8, 4), circulant(9, 4), circulant(8, 2), circulant(8, 6), circulant(8, 4, 2)];
    for (let i = 0; i < 12; i++) {
      const d = randomDiagram(r, { maxH: 8, maxP: 8, maxEdges: 32, colours: 2 });
      if (edgeCount(d) >= 16 && colourCounts(d).every((c) => c % 2 === 0)) diagrams.push(d);
    }
    const ratios: number[] = [];
    for (const d of diagrams) {
      const { pauses } = drain(d);
      const last = pauses[pauses.length - 1];
      if (!last || last.steps === 0) continue;
      ratios.push(2 ** last.log2Estimate / last.steps);
    }
    expect(ratios.length).toBeGreaterThanOrEqual(6);
    for (const ratio of ratios) {
      expect(ratio).toBeGreaterThanOrEqual(1);
      expect(ratio).toBeLessThanOrEqual(ESTIMATE_FACTOR);
    }
  });
});
