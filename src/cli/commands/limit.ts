/**
 * `gfd limit` — the large-size limit of the exact series along H = y·p^a, σ² = z·p^b, p → ∞:
 * per s the leading exponent e_s and c_s(y, z) = lim Y_s / p^{e_s}; with `--alpha`, the leading
 * monomials along a power-law direction and the polygon face they lie on.
 *
 * JSON: {"model":{…},"observable":"loss","scaling":{…},
 *        "series":[{"s":0,"exponent":"1","terms":[{"coeff":"1/2","y":0,"z":0},…]},…],
 *        "affine":true,"timeScale":{"T":"p^(1)","rate":"1","normalisation":"1"}|null,
 *        "direction":{…},"leading":[{"s":0,"exponent":"…","terms":[…],"face":"B-C"},…]}
 * `--engine leading` (the default) computes only the leading monomials (and, with --alpha, the
 * Pareto fronts for the faces) with asymptotics/leadingSeries.ts; `--engine full` the whole series.
 */
import type { Command } from 'commander';
import {
  analyseFront,
  directionGoal,
  faceOf,
  frontGoal,
  leadingAlong,
  limitSeries,
  parseDirection,
  parseScaling,
  scalingGoal,
  type LeadingGoal,
} from '../../asymptotics/index.js';
import { parseObservable } from '../../expansion/index.js';
import { makeModel } from '../../model/index.js';
import { limitJson, limitLatex, limitText, type LimitReport } from '../../render/index.js';
import { InputError } from '../../errors.js';
import { choiceOption, intOption, withModelOptions, MAX_THREADS } from '../options.js';
import { ENGINES, MAX_LEADING_ORDER, runGoalSeries, type Engine } from './seriesRun.js';

const FORMATS = ['json', 'latex', 'text'] as const;

interface LimitFlags {
  nu: string;
  scenario: string;
  target: string;
  order: number;
  observable: string;
  scaling?: string;
  alpha?: string;
  format: (typeof FORMATS)[number];
  quiet?: boolean;
  threads?: number;
  engine: Engine;
}

export function register(program: Command): void {
  withModelOptions(program.command('limit'))
    .description('large-size limit of the series along H = y*p^a, sigma2 = z*p^b (or leading terms along a power-law direction)')
    .requiredOption('--order <S>', 'largest s', intOption('order', 0, MAX_LEADING_ORDER))
    .option('--scaling <text>', "e.g. 'H = y*p^(1), sigma2 = z*p^(-1)'")
    .option('--alpha <text>', "power-law direction, e.g. 'p=1, H=2, sigma=-2/3'")
    .option('--observable <G>', 'loss | R | D | a diagram in text syntax', 'loss')
    .option('--format <f>', 'json | latex | text', choiceOption('format', FORMATS), 'json')
    .option('--engine <e>', 'auto (contracted where it applies, else leading) | contracted | leading | full', choiceOption('engine', ENGINES), 'auto')
    .option('--threads <n>', 'worker threads for the expectations (default: cores)', intOption('threads', 1, MAX_THREADS))
    .option('--quiet', 'no progress on stderr')
    .action((flags: LimitFlags) => runLimit(flags));
}

async function runLimit(flags: LimitFlags): Promise<void> {
  const model = makeModel({ nu: flags.nu, scenario: flags.scenario, target: flags.target });
  if (flags.scaling === undefined && flags.alpha === undefined) throw new InputError('limit: give --scaling and/or --alpha');
  const scaling = flags.scaling === undefined ? null : parseScaling(flags.scaling);
  const direction = flags.alpha === undefined ? null : parseDirection(flags.alpha);
  const observable = parseObservable(model, flags.observable);
  const goals: LeadingGoal[] = [];
  if (scaling) goals.push(scalingGoal(scaling));
  if (direction) goals.push(directionGoal(direction));
  if (direction && observable.kind === 'loss') goals.push(frontGoal(model)); // the faces need the fronts
  const polys = await runGoalSeries(
    model,
    flags.order,
    goals,
    { engine: flags.engine, threads: flags.threads, observable: observable.kind === 'loss' ? undefined : observable.diagram },
    { json: flags.format === 'json', quiet: flags.quiet },
  );
  const report: LimitReport = {
    model,
    observable: observable.name,
    scaling,
    limit: scaling ? limitSeries(polys, scaling) : null,
    direction,
    leading: direction
      ? polys.map((y, s) => {
          const lead = leadingAlong(y, s, direction);
          // faces are those of the loss polygon; an observable's terms are named only when they sit on it
          const face = observable.kind === 'loss' ? faceOf(analyseFront(model, s, y).polygon, model.nu, s, lead.terms) : null;
          return { ...lead, face };
        })
      : null,
  };
  if (flags.format === 'json') process.stdout.write(`${JSON.stringify(limitJson(report))}\n`);
  else if (flags.format === 'text') process.stdout.write(`${limitText(report)}\n`);
  else process.stdout.write(`${limitLatex(report)}\n`);
}
