/**
 * A debug hook: with `GFD_LOOP_DELAY=1` in the environment, the longest delay of the event loop
 * over the run (perf_hooks.monitorEventLoopDelay, sampled every 10 ms) is printed on stderr when
 * the process exits, as `gfd: longest event-loop delay N ms`. The delay bounds how long a signal
 * waits before it is handled: long computations let the event loop run every few tens of
 * milliseconds (expansion/cooperative.ts), and tests hold them to it.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Starts the monitor when the environment asks for it; idempotent. */
export function reportLoopDelayOnExit(env: NodeJS.ProcessEnv = process.env): void {
  if (env.GFD_LOOP_DELAY !== '1' || started) return;
  started = true;
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  process.on('exit', () => {
    histogram.disable();
    // max is in nanoseconds; it includes the 10 ms sampling period
    process.stderr.write(`gfd: longest event-loop delay ${Math.round(histogram.max / 1e6)} ms\n`);
  });
}

let started = false;
