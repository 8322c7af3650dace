// The child processes of the reach benchmarks (contracted.mjs, leading.mjs): a piece of module
// code run in its own Node process, its stdout read line by line, the process killed at a budget.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The compiled library (npm run build). */
export const lib = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * Runs `code` as an ES module in a child process, hands each complete stdout line to `onLine`,
 * kills the process after `seconds`; resolves with its stderr once it has exited.
 */
export function runChild(code, seconds, onLine) {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '';
    let err = '';
    proc.stdout.on('data', (b) => {
      buf += b.toString();
      const lines = buf.split('\n');
      buf = lines.pop();
      for (const line of lines) onLine(line);
    });
    proc.stderr.on('data', (b) => (err += b.toString()));
    const timer = setTimeout(() => proc.kill('SIGKILL'), seconds * 1000);
    proc.on('exit', () => {
      clearTimeout(timer);
      resolve({ err });
    });
  });
}

/** Module code that loads the library, makes the model `model` and starts the clock `t0`. */
export const modelHeader = (nu, scenario) => `
  const { makeModel } = await import(${JSON.stringify(lib + 'model/index.js')});
  const A = await import(${JSON.stringify(lib + 'asymptotics/index.js')});
  const { expandLoss } = await import(${JSON.stringify(lib + 'expansion/index.js')});
  const { Rational } = await import(${JSON.stringify(lib + 'rational/index.js')});
  const model = makeModel({ nu: ${nu}, scenario: ${JSON.stringify(scenario)} });
  const t0 = performance.now();`;
