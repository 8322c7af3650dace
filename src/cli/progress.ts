/**
 * Progress on stderr for long runs: a cli-progress bar, shown only when stderr is a TTY and
 * `--quiet` was not given. Never writes to stdout.
 */
import cliProgress from 'cli-progress';
import { checkHeap } from './memoryGuard.js';

export interface Progress {
  start(total: number, label: string): void;
  update(done: number, label?: string): void;
  stop(): void;
}

const silent: Progress = { start() {}, update() {}, stop() {} };

export function makeProgress(quiet: boolean | undefined): Progress {
  if (quiet || !process.stderr.isTTY) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{label} [{bar}] {value}/{total} {duration_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      // a count with the fraction of a long item in progress (expectations inside one class): 2 decimals
      formatValue: (v, _options, type) => (type === 'value' && typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : String(v)),
    },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    start(total, label) {
      if (running) bar.stop();
      bar.start(total, 0, { label });
      running = true;
    },
    update(done, label) {
      if (running) bar.update(done, label === undefined ? undefined : { label });
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

/**
 * `onProgress` of the series engine (expand, pareto, regimes, limit, check, solve): one bar per
 * level and phase, and the heap guard (memoryGuard.ts). The expectations count classes; while one
 * long class is evaluated in this thread the count grows by the fraction of its partitions done.
 */
export function seriesProgress(progress: Progress) {
  let phase = '';
  return (s: number, done: number, total: number, what: 'merge' | 'wick') => {
    checkHeap(`level s=${s}`);
    if (`${s}${what}` !== phase) {
      phase = `${s}${what}`;
      progress.start(total, `s=${s} ${what === 'merge' ? 'merging' : 'expectations'}`);
    }
    progress.update(done);
  };
}
