// Orders of the exact series reached within a time budget (default 60 s) by the engine behind
// `gfd pareto`, `gfd regimes` and `gfd limit` (the large-size analysis itself takes well under a
// second). One child process per case; it is stopped at the budget and the last finished s is
// reported.
// Usage: node benchmarks/limit.mjs [budget-seconds] [nu:scenario[:target] ...]
// Needs the compiled library (npm ci or npm run build).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const budget = args.length && /^\d+$/.test(args[0]) ? Number(args.shift()) : 60;
const cases = args.length ? args : ['2:sym', '2:asym', '3:sym', '3:asym', '4:sym', '4:asym', '5:sym', '6:sym'];
const lib = fileURLToPath(new URL('../dist/', import.meta.url));

function run(spec) {
  const [nu, scenario, target = 'identity'] = spec.split(':');
  const code = `
    const { expandLoss } = await import(${JSON.stringify(lib + 'expansion/index.js')});
    const { makeModel } = await import(${JSON.stringify(lib + 'model/index.js')});
    const model = makeModel({ nu: ${Number(nu)}, scenario: ${JSON.stringify(scenario)}, target: ${JSON.stringify(target)} });
    const t0 = performance.now();
    expandLoss(model, 40, { onTerm: (t) => console.log(t.s + ' ' + ((performance.now() - t0) / 1000).toFixed(2) + ' ' + t.classes) });`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
    const done = [];
    let err = '';
    child.stdout.on('data', (b) => {
      for (const line of b.toString().trim().split('\n')) {
        const [s, t, classes] = line.split(' ');
        if (Number(t) <= budget) done.push({ s: Number(s), t: Number(t), classes: Number(classes) });
      }
    });
    child.stderr.on('data', (b) => (err += b.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), budget * 1000);
    child.on('exit', () => {
      clearTimeout(timer);
      const last = done[done.length - 1];
      const why = err.includes('too large') ? ' (next order: a diagram beyond the Wick size bound)' : '';
      console.log(`${spec.padEnd(12)} s <= ${last ? last.s : '-'} in ${last ? last.t.toFixed(1) : '-'} s (budget ${budget} s; classes ${done.map((d) => d.classes).join(', ')})${why}`);
      resolve();
    });
  });
}

for (const c of cases) await run(c);
