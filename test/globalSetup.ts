/**
 * Builds dist/ once before the tests run: worker threads load compiled scripts, so the tests of
 * `--threads` and of the worker pools need an up-to-date build (a stale one would mix old worker
 * code with new main-thread code).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
