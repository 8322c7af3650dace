/**
 * Signals inside the contracted-state engine: one state's children and the future bound's fill
 * run in slices, so the event loop turns inside them. Real processes, real signals.
 */
import { describe, expect, it } from 'vitest';
import { built, interrupted, loopDelayAfterSigint } from './run.js';

describe.skipIf(!built)('interrupts inside the contracted-state engine', () => {
  it('pareto SYM ν = 6 S = 7 --engine contracted: no event-loop delay of a second in the first 8 s, SIGINT honoured within a second (GFD_LOOP_DELAY)', async () => {
    // Before the slices, one state's children took 5.8 s, from about 0.2 s to 6 s into a run to
    // S = 4. S = 4 now finishes in about 2 s and S = 6 in about 18 s, so S = 7 is still running at 8 s.
    const r = await interrupted(['pareto', '--nu', '6', '--scenario', 'sym', '--order', '7', '--engine', 'contracted', '--format', 'json'], 8000, 'SIGINT', undefined, { GFD_LOOP_DELAY: '1' });
    const delay = loopDelayAfterSigint(r.stderr);
    expect(delay, r.stderr).not.toBeNull();
    expect(delay!).toBeLessThan(1000);
    expect(r.code).toBe(130);
    expect(r.latency).toBeLessThan(1000);
    const doc = JSON.parse(r.stdout) as { complete?: boolean; reason?: string };
    expect([doc.complete, doc.reason]).toEqual([false, 'interrupted by SIGINT']);
  }, 30_000);
});
