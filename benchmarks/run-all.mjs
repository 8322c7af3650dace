// Runs every benchmark script in this folder, one child process each, in name order, and prints
// their output as it comes. Exits non-zero if any of them fails.
// Usage: node benchmarks/run-all.mjs   (after `npm run build`)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const self = basename(fileURLToPath(import.meta.url));
const scripts = readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && f !== self)
  .sort();

const failed = [];
for (const script of scripts) {
  console.log(`\n== ${script}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(here, script)], { stdio: 'inherit' });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    failed.push(script);
    console.log(`== ${script} failed (${r.error ? r.error.message : r.signal ?? `exit ${r.status}`}) after ${seconds} s`);
  } else {
    console.log(`== ${script} done in ${seconds} s`);
  }
}
if (failed.length > 0) {
  console.error(`\n${failed.length} of ${scripts.length} benchmarks failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nall ${scripts.length} benchmarks passed`);
