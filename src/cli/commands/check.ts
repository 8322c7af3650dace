/**
 * `gfd check` — test a hand calculation: a conjectured closed form of E[L(t)] (`--formula`, in t and
 * the parameters) or of its s-th coefficient (`--coefficients`, in s and the parameters) is expanded
 * exactly and compared coefficient by coefficient with the exact series (`--against expand`,
 * parameters p, H, sigma2; t stands for t/T) or with its large-size limit (`--against limit`,
 * parameters y, z along `--scaling`; t stands for t/T'). Prints "agrees to order S" (exit 0) or the
 * first mismatch with both values (exit 1).
 *
 * JSON: {"model":{…},"scaling":{…}|null,"against":"limit","kind":"formula","formula":"…",
 *        "convention":"…","order":6,"agrees":false,"mismatch":{"s":3,"formula":"…","engine":"…"}|null,
 *        "coefficients":[{"s":0,"formula":"…","engine":"…","agrees":true},…]}
 */
import type { Command } from 'commander';
import { limitSeries, parseScaling, scalingGoal } from '../../asymptotics/index.js';
import { InputError } from '../../errors.js';
import { expandLossParallel } from '../../expansion/index.js';
import { makeModel } from '../../model/index.js';
import { CHECK_PARAMETERS, checkAgainstExpand, checkAgainstLimit, formulaCoefficients, type FormulaCheck } from '../../solutions/index.js';
import { checkJson, checkLatex, checkText, modelJson } from '../../render/index.js';
import { choiceOption, intOption, withModelOptions, MAX_THREADS } from '../options.js';
import { ENGINES, goalSeries, MAX_LEADING_ORDER, withSeriesBookkeeping, type Engine } from './seriesRun.js';

const FORMATS = ['text', 'json', 'latex'] as const;
const AGAINST = ['expand', 'limit'] as const;
const DEFAULT_SCALING = 'H = y*p, sigma2 = z/p';

interface CheckFlags {
  nu: string;
  scenario: string;
  target: string;
  order: number;
  formula?: string;
  coefficients?: string;
  against: (typeof AGAINST)[number];
  scaling?: string;
  format: (typeof FORMATS)[number];
  quiet?: boolean;
  threads?: number;
  engine: Engine;
}

export function register(program: Command): void {
  withModelOptions(program.command('check'))
    .description('compare a closed form (in t) or a coefficient formula (in s) with the exact series or its large-size limit')
    .requiredOption('--against <series>', 'expand (Y_s, parameters p, H, sigma2) | limit (c_s, parameters y, z)', choiceOption('against', AGAINST))
    .requiredOption('--order <S>', 'largest s compared', intOption('order', 0))
    .option('--formula <expr>', "E[L] as a function of t, e.g. '1/2 - y*z*exp(-4*t)'")
    .option('--coefficients <expr>', "the s-th coefficient as a function of s, e.g. '(-4)^s*y*z'")
    .option('--scaling <text>', `with --against limit (default '${DEFAULT_SCALING}')`)
    .option('--format <f>', 'text | json | latex', choiceOption('format', FORMATS), 'text')
    .option('--engine <e>', 'auto (contracted where it applies, else leading) | contracted | leading | full', choiceOption('engine', ENGINES), 'auto')
    .option('--threads <n>', 'worker threads for the expectations (default: cores)', intOption('threads', 1, MAX_THREADS))
    .option('--quiet', 'no progress on stderr')
    .action((flags: CheckFlags) => runCheck(flags));
}

async function runCheck(flags: CheckFlags): Promise<void> {
  const model = makeModel({ nu: flags.nu, scenario: flags.scenario, target: flags.target });
  if ((flags.formula === undefined) === (flags.coefficients === undefined)) throw new InputError('check: give exactly one of --formula and --coefficients');
  if (flags.against === 'expand' && flags.scaling !== undefined) throw new InputError('check: --scaling goes with --against limit');
  if (flags.against === 'limit' && flags.order > MAX_LEADING_ORDER) throw new InputError(`--order: must be at most ${MAX_LEADING_ORDER} with --against limit, got ${flags.order}`);
  const kind = flags.formula !== undefined ? 'formula' : 'coefficients';
  const text = (flags.formula ?? flags.coefficients)!;
  const scaling = flags.against === 'limit' ? parseScaling(flags.scaling ?? DEFAULT_SCALING) : null;
  formulaCoefficients(text, kind, CHECK_PARAMETERS[flags.against], flags.order); // refuse a bad formula before any expansion
  const polys = await withSeriesBookkeeping(model, flags.order, { json: flags.format === 'json', quiet: flags.quiet }, async (hooks) => {
    const run = { ...hooks, threads: flags.threads };
    // against the limit only its monomials are needed: the leading-terms engine by default
    return scaling
      ? goalSeries(model, flags.order, [scalingGoal(scaling)], { ...run, engine: flags.engine })
      : (await expandLossParallel(model, flags.order, run)).map((t) => t.poly);
  });
  const check: FormulaCheck = scaling ? checkAgainstLimit(text, limitSeries(polys, scaling), kind) : checkAgainstExpand(text, polys, kind);
  const context = {
    model: modelJson(model),
    scaling: scaling ? { H: `y*p^(${scaling.a})`, sigma2: `z*p^(${scaling.b})`, a: scaling.a.toString(), b: scaling.b.toString() } : null,
  };
  if (flags.format === 'json') process.stdout.write(`${JSON.stringify(checkJson(check, context))}\n`);
  else if (flags.format === 'text') process.stdout.write(`${checkText(check)}\n`);
  else process.stdout.write(`${checkLatex(check)}\n`);
  if (!check.agrees) process.exitCode = 1;
}
