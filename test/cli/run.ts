import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const gfdPath = `${root}bin/gfd`;
export const built = existsSync(`${root}dist/cli/main.js`);

/** Run the compiled CLI (`npm ci` / `npm run build` must have produced dist/). */
export function gfd(args: string[], timeout = 60_000): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [gfdPath, ...args], { encoding: 'utf8', timeout });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A run of the CLI ended by a signal. */
/** Run the compiled CLI as a separate process without waiting (several may run at once). */
export function gfdAsync(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [gfdPath, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** ms from the signal to the exit */
  latency: number;
}

/**
 * The stderr of a run with `GFD_LOOP_DELAY=1` interrupted by SIGINT: the `gfd:` line, then the
 * longest event-loop delay (ms), which is returned; null when the lines are not those.
 */
export function loopDelayAfterSigint(stderr: string): number | null {
  const lines = stderr.trim().split('\n');
  const m = /^gfd: longest event-loop delay (\d+) ms$/.exec(lines[1] ?? '');
  return lines[0] === 'gfd: interrupted by SIGINT' && m ? Number(m[1]) : null;
}

/**
 * Starts `gfd args` (stdout into a pipe; `env` added to the environment), sends `signal` after
 * `delay` ms and, when `when` is given, once stdout also matches it; collects the output.
 */
export function interrupted(args: string[], delay: number, signal: NodeJS.Signals = 'SIGINT', when?: RegExp, env?: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [gfdPath, ...args, '--quiet'], env ? { env: { ...process.env, ...env } } : {});
    let stdout = '';
    let stderr = '';
    let sentAt = 0;
    let due = false;
    const send = () => {
      if (sentAt || !due || (when && !when.test(stdout))) return;
      sentAt = performance.now();
      child.kill(signal);
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      send();
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      due = true;
      send();
    }, delay);
    const guard = setTimeout(() => child.kill('SIGKILL'), delay + 30_000);
    child.on('error', reject);
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      clearTimeout(guard);
      resolve({ code, signal: sig, stdout, stderr, latency: sentAt ? performance.now() - sentAt : -1 });
    });
  });
}
