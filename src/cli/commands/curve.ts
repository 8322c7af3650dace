/**
 * `gfd curve` — evaluate a closed-form curve of the paper (§6–9) on a time grid, in floating point.
 *
 * ```
 * gfd curve --formula <name> --nu N [--scenario sym|asym] --p P --H H --sigma2 S --T T
 *           --tmax X [--tmin Y] [--points K] [--format json|csv|text]
 * gfd curve --list [--format json|text]
 * ```
 * The grid is K equally spaced times from tmin (default 0) to tmax inclusive (default K = 101).
 * `--scenario` may be omitted for formulas that apply to one scenario only. Values are E[L(t)]
 * (total loss ½Σ(f − F)²) or E[R(t)]/p, as the formula's `quantity` says; t and T are physical.
 *
 * JSON: `{"formula","quantity","source","params":{nu,scenario,p,H,sigma2,T},"info":{…},
 * "points":[{"t":…,"value":…},…]}`. CSV: header `t,value`. Input errors exit with code 2.
 */
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import type { Scenario } from '../../model/index.js';
import { curveGrid, curveValues, MAX_CURVE_POINTS, formulaParams, type CurveParams, curveFormula, curveFormulas, type CurveFormula } from '../../solutions/index.js';
import { choiceOption, intOption, numberOption } from '../options.js';
import { emit, toJson } from '../output.js';

const FORMATS = ['json', 'csv', 'text'] as const;

interface CurveFlags {
  formula?: string;
  list?: boolean;
  nu?: number;
  scenario?: Scenario;
  p?: number;
  H?: number;
  sigma2?: number;
  T?: number;
  tmin: number;
  tmax?: number;
  points: number;
  format?: (typeof FORMATS)[number];
}

export function register(program: Command): void {
  program
    .command('curve')
    .description('evaluate a closed-form loss curve of the paper on a time grid (floating point)')
    .option('--formula <name>', 'curve name (see --list)')
    .option('--list', 'list the available formulas')
    .option('--nu <N>', 'tensor order (>= 2)', intOption('nu', 2))
    .option('--scenario <s>', 'sym or asym (optional when the formula has one scenario)', choiceOption('scenario', ['sym', 'asym'] as const))
    .option('--p <P>', 'input size p (>= 1)', numberOption('p', { min: 1 }))
    .option('--H <H>', 'hidden size H (>= 1)', numberOption('H', { min: 1 }))
    .option('--sigma2 <S>', 'initialisation variance (> 0)', numberOption('sigma2', { exclusiveMin: 0 }))
    .option('--T <T>', 'inverse learning rate T (> 0)', numberOption('T', { exclusiveMin: 0 }))
    .option('--tmin <Y>', 'first time of the grid', numberOption('tmin'), 0)
    .option('--tmax <X>', 'last time of the grid', numberOption('tmax'))
    .option('--points <K>', `number of grid points (1..${MAX_CURVE_POINTS})`, intOption('points', 1, MAX_CURVE_POINTS), 101)
    .option('--format <f>', 'json | csv | text', choiceOption('format', FORMATS))
    .action((flags: CurveFlags) => runCurve(flags));
}

function runCurve(flags: CurveFlags): void {
  if (flags.list) {
    emit(flags.format === 'json' ? toJson([...curveFormulas.values()].map(describe)) : listText());
    return;
  }
  if (flags.formula === undefined) throw new InputError('curve: --formula <name> is required (or --list)');
  const formula = curveFormula(flags.formula);
  const params = readParams(flags, formula);
  if (flags.tmax === undefined) throw new InputError('curve: --tmax is required');
  const times = curveGrid(flags.tmin, flags.tmax, flags.points);
  const values = curveValues(formula, params, times);
  const info = formula.info(params);
  const format = flags.format ?? 'text';
  if (format === 'json') {
    emit(toJson({ formula: formula.name, quantity: formula.quantity, source: formula.source, params, info, points: times.map((t, i) => ({ t, value: values[i] })) }));
  } else if (format === 'csv') {
    emit(['t,value', ...times.map((t, i) => `${t},${values[i]}`)].join('\n'));
  } else {
    const head = [
      `# ${formula.name}: ${formula.description}`,
      `# ${formula.quantity}; source: ${formula.source}`,
      `# nu=${params.nu} scenario=${params.scenario} p=${params.p} H=${params.H} sigma2=${params.sigma2} T=${params.T}`,
      `# ${Object.entries(info).map(([k, v]) => `${k}=${v}`).join(' ')}`,
    ];
    const rows = times.map((t, i) => `${t.toPrecision(8).padStart(16)}  ${values[i]!.toPrecision(12)}`);
    emit([...head, `${'t'.padStart(16)}  value`, ...rows].join('\n'));
  }
}

function readParams(flags: CurveFlags, formula: CurveFormula): CurveParams {
  for (const key of ['nu', 'p', 'H', 'sigma2', 'T'] as const) {
    if (flags[key] === undefined) throw new InputError(`curve: --${key} is required`);
  }
  return formulaParams(formula, { nu: flags.nu as number, scenario: flags.scenario, p: flags.p as number, H: flags.H as number, sigma2: flags.sigma2 as number, T: flags.T as number });
}

function describe(f: CurveFormula) {
  return { name: f.name, quantity: f.quantity, scenarios: f.scenarios, description: f.description, source: f.source, validity: f.validity };
}

function listText(): string {
  const lines: string[] = [];
  for (const f of curveFormulas.values()) {
    lines.push(`${f.name}  [${f.quantity}; ${f.scenarios.join('|')}]`);
    lines.push(`    ${f.description}`);
    lines.push(`    source: ${f.source}`);
    lines.push(`    valid: ${f.validity}`);
  }
  return lines.join('\n');
}
