/** CSV and plain-text renderings of a {@link SimulationResult} (JSON is the object itself). */
import type { SimulationResult } from './simulate.js';

const cell = (v: number | null): string => (v === null ? '' : String(v));

/**
 * One row per reported time: `time, loss_mean, loss_std, loss_count, R_mean, R_std, R_count`,
 * then `loss_seed<s>` for every run, then `R_seed<s>`. Empty cells are missing values.
 */
export function simulationCsv(res: SimulationResult): string {
  const head = ['time', 'loss_mean', 'loss_std', 'loss_count', 'R_mean', 'R_std', 'R_count'];
  for (const r of res.runs) head.push(`loss_seed${r.seed}`);
  for (const r of res.runs) head.push(`R_seed${r.seed}`);
  const lines = [head.join(',')];
  res.times.forEach((t, j) => {
    const row = [
      String(t),
      cell(res.loss.mean[j]!), cell(res.loss.std[j]!), String(res.loss.count[j]),
      cell(res.diagonal.mean[j]!), cell(res.diagonal.std[j]!), String(res.diagonal.count[j]),
    ];
    for (const r of res.runs) row.push(cell(r.loss[j]!));
    for (const r of res.runs) row.push(cell(r.diagonal[j]!));
    lines.push(row.join(','));
  });
  return lines.join('\n');
}

const num = (v: number | null): string => (v === null ? '-' : v.toPrecision(8));

/** Human-readable table of the mean ± standard deviation across runs. */
export function simulationText(res: SimulationResult): string {
  const m = res.model;
  const q = res.parameters;
  const out = [
    `gradient flow, nu=${m.nu} ${m.scenario.toUpperCase()} target ${m.target}`,
    `p=${q.p} H=${q.H} sigma2=${q.sigma2} T=${q.T} tmax=${q.tmax} steps=${q.steps} (dt=${q.dt}) method=${q.method} seeds=${q.seeds} from ${q.seed}`,
    '',
  ];
  const rows = [['t', 'L mean', 'L std', 'runs', 'R mean', 'R std']];
  res.times.forEach((t, j) => {
    rows.push([String(t), num(res.loss.mean[j]!), num(res.loss.std[j]!), String(res.loss.count[j]), num(res.diagonal.mean[j]!), num(res.diagonal.std[j]!)]);
  });
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) out.push(r.map((s, c) => s.padStart(widths[c]!)).join('  '));
  const diverged = res.runs.filter((r) => r.diverged);
  if (diverged.length > 0) {
    out.push('');
    for (const r of diverged) out.push(`seed ${r.seed} diverged; last finite loss at t=${r.lastFiniteTime ?? 'none'}`);
  }
  return out.join('\n');
}
