// Scale of the exact series: per case the total time, time per level (and its merge part),
// classes per level, peak resident memory per level and the heap kept after each level, with
// the number of worker threads; then the frontier table (largest S whose Y_S is finished within
// the budget, per model) and the speed-up of the current expectation method over the one without
// the cycle formula and the type-vector side (src/wick/cycleExpectation.ts, typedOuterSide.ts)
// on the levels both finish.
//
// Usage: node benchmarks/scale.mjs [--budget SECONDS] [--threads N] [--no-compare] [--progress] [case ...]
//   case: nu:scenario (runs Y_0, Y_1, … until the budget; default: SYM ν = 2…6, ASYM ν = 2…5)
//         nu:scenario:S (stops at Y_S; e.g. 3:asym:6 --budget 1800)
// Defaults: budget 60 s, 2 threads; --progress prints the work done every 10 s (on stderr). Each case runs in its own process (so that memory figures
// are its own) and is stopped at the budget. The comparison runs both methods on 1 thread (the
// method without the new parts runs in this thread only). Timings are wall-clock and noisy on a
// shared machine: the load average is printed with each case.
// Needs the compiled library (npm run build).
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const lib = fileURLToPath(new URL('../dist/', import.meta.url));
const MiB = 2 ** 20;
/** order of a case without S: the series runs until the budget stops it */
const CAP = 40;

if (process.argv[2] === '--child') {
  const [spec, threadsArg, method, progress] = process.argv.slice(3);
  const [nu, scenario, order] = spec.split(':');
  const { expandLossParallel } = await import(lib + 'expansion/index.js');
  const { makeModel } = await import(lib + 'model/index.js');
  const { wickCountsWith, fallingFactorialToPoly } = await import(lib + 'wick/index.js');
  const model = makeModel({ nu: Number(nu), scenario, target: 'identity' });
  // E[G] by the set-partition method alone: no cycle formula, no type-vector outer side
  const without = (d) => {
    const { counts, sigma2 } = wickCountsWith(d, { typedSide: false });
    return fallingFactorialToPoly(counts, sigma2);
  };
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage.rss()));
  const timer = setInterval(sample, 20);
  const t0 = performance.now();
  let levelStart = t0;
  let mergeEnd = t0;
  let shown = t0;
  const options = {
    threads: Number(threadsArg),
    onProgress: (s, done, total, phase) => {
      const now = performance.now();
      if (phase === 'merge' && done === total) mergeEnd = now;
      if (progress === 'progress' && now - shown > 10_000) {
        shown = now;
        const rss = process.memoryUsage.rss() / MiB;
        console.error(`  [${spec} ${fmtTime(now - t0)}] s=${s} ${phase} ${done}/${total}, RSS ${rss.toFixed(0)} MiB, peak ${(peak / MiB).toFixed(0)} MiB`);
      }
    },
    onTerm: (t) => {
      sample();
      const now = performance.now();
      globalThis.gc?.();
      const row = {
        s: t.s,
        classes: t.classes,
        level: (now - levelStart) / 1000,
        merge: t.s === 0 ? 0 : (mergeEnd - levelStart) / 1000,
        total: (now - t0) / 1000,
        peakMiB: peak / MiB,
        heapMiB: process.memoryUsage().heapUsed / MiB,
      };
      console.log(JSON.stringify(row));
      peak = process.memoryUsage.rss();
      levelStart = performance.now();
    },
  };
  if (method === 'without') options.wick = without;
  try {
    await expandLossParallel(model, order === undefined ? CAP : Number(order), options);
  } catch (e) {
    console.log(JSON.stringify({ error: String(e?.message ?? e).split('\n')[0] }));
  }
  clearInterval(timer);
  process.exit(0);
}

function fmtTime(ms) {
  return `${(ms / 1000).toFixed(0)} s`;
}

const args = process.argv.slice(2);
let progress = false;
let budget = 60;
let threads = 2;
let compare = true;
const cases = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--budget') budget = Number(args[++i]);
  else if (args[i] === '--threads') threads = Number(args[++i]);
  else if (args[i] === '--no-compare') compare = false;
  else if (args[i] === '--progress') progress = true;
  else cases.push(args[i]);
}
const defaults = ['2:sym', '3:sym', '4:sym', '5:sym', '6:sym', '2:asym', '3:asym', '4:asym', '5:asym'];
const selected = cases.length ? cases : defaults;

/** Runs one case in a child process; resolves with its finished levels and how it ended. */
function run(spec, nThreads, method) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', spec, String(nThreads), method, progress ? 'progress' : ''],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const levels = [];
    let error = null;
    let buffered = '';
    let killed = false;
    child.stdout.on('data', (b) => {
      buffered += b.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) {
        const r = JSON.parse(line);
        if ('error' in r) error = r.error;
        else if (r.total <= budget) levels.push(r);
      }
    });
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, budget * 1000);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve({ levels, error, killed });
    });
  });
}

const label = (spec) => {
  const [nu, scenario, order] = spec.split(':');
  return `${scenario.toUpperCase()} nu=${nu}${order === undefined ? '' : ` S=${order}`}`;
};
const fmt = (x, digits = 2) => x.toFixed(digits);
const ending = (r) => (r.error ? `stopped: ${r.error}` : r.killed ? `next level over the ${budget} s budget` : 'done');

const frontier = [];
console.log(`budget ${budget} s per case, ${threads} worker thread(s); times in s, memory in MiB`);
for (const spec of selected) {
  const load = loadavg()[0].toFixed(1);
  const r = await run(spec, threads, 'current');
  console.log(`\n${label(spec)}, ${threads} threads (load ${load}): ${ending(r)}`);
  console.log('   s    classes    level    merge    total   peak RSS   heap kept');
  for (const l of r.levels) {
    console.log(
      `${String(l.s).padStart(4)} ${String(l.classes).padStart(10)} ${fmt(l.level).padStart(8)} ${fmt(l.merge).padStart(8)} ${fmt(l.total).padStart(8)} ${fmt(l.peakMiB, 0).padStart(10)} ${fmt(l.heapMiB, 0).padStart(11)}`,
    );
  }
  const last = r.levels[r.levels.length - 1];
  const peak = Math.max(0, ...r.levels.map((l) => l.peakMiB));
  frontier.push({ spec, last, peak, end: ending(r), load });
}

console.log(`\nFrontier: largest S with Y_0..Y_S within ${budget} s, ${threads} threads`);
console.log('model         S   total   classes at S   peak RSS   then');
for (const f of frontier) {
  const S = f.last ? String(f.last.s) : '-';
  const capped = f.last && f.last.s === CAP ? ' (the cap)' : '';
  console.log(
    `${label(f.spec).padEnd(14)} ${S.padStart(2)} ${(f.last ? fmt(f.last.total, 1) : '-').padStart(7)} ${String(f.last?.classes ?? '-').padStart(14)} ${fmt(f.peak, 0).padStart(10)}   ${f.end}${capped} (load ${f.load})`,
  );
}

if (compare) {
  console.log(`\nSpeed-up of the cycle formula and the type-vector side (1 thread each, budget ${budget} s)`);
  console.log('model         S both   with   without   speed-up   without the new parts');
  for (const spec of selected) {
    const a = await run(spec, 1, 'current');
    const b = await run(spec, 1, 'without');
    const both = Math.min(a.levels.length, b.levels.length) - 1;
    if (both < 0) {
      console.log(`${label(spec).padEnd(14)} -`);
      continue;
    }
    const ta = a.levels[both].total;
    const tb = b.levels[both].total;
    console.log(
      `${label(spec).padEnd(14)} ${String(both).padStart(6)} ${fmt(ta).padStart(6)} ${fmt(tb).padStart(9)} ${(fmt(tb / ta, 1) + 'x').padStart(10)}   reaches S=${b.levels.length - 1}, ${ending(b)}`,
    );
  }
}
