// Wall time, classes per level and peak memory of expansions at the frontier of the exact
// method: SYM ν=2 S=12 (long cycles), SYM ν=5 S=4 and SYM ν=6 S=3 (6 H-nodes, 21 p-nodes).
// Build first: npx tsc -p tsconfig.build.json. Run: node benchmarks/frontier.mjs [case ...]
// (cases: sym2-12 sym5-4 sym6-3, or nu:scenario:S). Each case runs in its own process so that
// the peak resident memory is its own. Timings are wall-clock on a shared machine: the load
// average is printed with each case.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const CASES = {
  'sym2-12': '2:sym:12',
  'sym5-4': '5:sym:4',
  'sym6-3': '6:sym:3',
};

if (process.argv[2] === '--child') {
  const [nu, scenario, order] = process.argv[3].split(':');
  const { expandLoss } = await import('../dist/expansion/index.js');
  const { makeModel } = await import('../dist/model/index.js');
  const model = makeModel({ nu: Number(nu), scenario, target: 'identity' });
  const t0 = performance.now();
  const terms = expandLoss(model, Number(order));
  const seconds = (performance.now() - t0) / 1000;
  // maxRSS: the peak resident set of this process, in KiB
  console.log(JSON.stringify({ seconds, classes: terms.map((t) => t.classes), peakMiB: process.resourceUsage().maxRSS / 1024 }));
} else {
  const names = process.argv.slice(2);
  for (const name of names.length ? names : Object.keys(CASES)) {
    const spec = CASES[name] ?? name;
    const load = loadavg()[0].toFixed(1);
    const out = execFileSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', spec], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const r = JSON.parse(out.trim().split('\n').pop());
    const [nu, scenario, order] = spec.split(':');
    console.log(
      `${name.padEnd(8)} nu=${nu} ${scenario.toUpperCase().padEnd(4)} S=${order}: ${r.seconds.toFixed(2)} s; classes per s: ${r.classes.join(', ')}; peak RSS ${r.peakMiB.toFixed(0)} MiB (load ${load})`,
    );
  }
}
