import { spawnSync } from 'node:child_process';
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
