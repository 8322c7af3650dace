/**
 * `gfd solve` — the method of paper §5 in one run: the limit series along a scaling, the Taylor
 * coefficients a_s = c_s(y, z)/s! at a point (y, z), a recurrence guessed in s and confirmed on
 * held-out terms, the differential equation of Theorem 5.1 checked on the truncated series, and
 * a closed form when the recurrence is of first order (lifted to all y, z when exact identities
 * confirm it). Reports the step where the chain stops.
 *
 * JSON: {"model":{…},"scaling":{…},"order":S,"at":{"y","z"},"timeScale":{…}|null,"series":[…],
 *        "recurrence":{…}|null,"operator":{…}|null,"solution":{…}|null,"symbolic":{…}|null,
 *        "term":{…}|null,"borel":{…}|null,"stop":{"step","reason"}|null,"families":[…]|null}  (docs/json.md)
 * When the exponents e_s are not affine on all orders, the chain also runs on families of orders
 * (an affine tail, the odd and the even orders; docs/summation.md §"Families of orders"), detected
 * or chosen with --family odd|even|all and --from S.
 * With --index y|z: the 2-index chain (solveChain2D): array C_{s,n} = [v^n] c_s/s! at the other
 * variable's value → 2-index recurrence → Theorem 5.1 in (x, v) → first-order PDE → first integrals;
 * JSON {…,"index","at","array","recurrence","operator","pde","integrals","stop"} (docs/json.md).
 */
import type { Command } from 'commander';
import { limitSeries, parseScaling, scalingGoal } from '../../asymptotics/index.js';
import { InputError } from '../../errors.js';
import { makeModel } from '../../model/index.js';
import { Rational } from '../../rational/index.js';
import { familyOrders, leastTerms, solveChain, solveChain2D, solveFamilies, type FamilyParity } from '../../solutions/index.js';
import { familiesJson, familiesLatex, familiesText, modelJson, solve2DJson, solve2DLatex, solve2DText, solveJson, solveLatex, solveText } from '../../render/index.js';
import { choiceOption, intOption, withModelOptions, MAX_THREADS } from '../options.js';
import { ENGINES, MAX_LEADING_ORDER, runGoalSeries, type Engine } from './seriesRun.js';

const FORMATS = ['json', 'latex', 'text'] as const;

interface SolveFlags {
  engine: Engine;
  nu: string;
  scenario: string;
  target: string;
  order: number;
  scaling: string;
  at: string;
  maxOrder: number;
  maxDegree: number;
  heldOut: number;
  format: (typeof FORMATS)[number];
  quiet?: boolean;
  threads?: number;
  index?: 'y' | 'z';
  family: FamilyParity | 'auto';
  from?: number;
}

const FAMILIES = ['auto', 'all', 'odd', 'even'] as const;

const INDEX_VARIABLES = ['y', 'z'] as const;

/** `y=1/2, z=3` → the point; both names needed, values exact rationals. */
export function parsePoint(text: string): { y: Rational; z: Rational } {
  const out: Partial<Record<'y' | 'z', Rational>> = {};
  for (const part of text.split(/[,;]/).map((s) => s.trim()).filter((s) => s !== '')) {
    const m = /^([yz])\s*=\s*(.+)$/.exec(part);
    if (!m) throw new InputError(`--at: expected "y=…, z=…", got "${part}"`);
    const k = m[1] as 'y' | 'z';
    if (out[k]) throw new InputError(`--at: ${k} is given twice`);
    try {
      out[k] = Rational.parse(m[2]!.replace(/\s+/g, ''));
    } catch {
      throw new InputError(`--at: "${m[2]!.trim()}" is not a rational number`);
    }
  }
  if (!out.y || !out.z) throw new InputError(`--at: both y and z are needed, got "${text}"`);
  return { y: out.y, z: out.z };
}

/** With `--index v`, `--at` gives the other variable only: `z=1/2` → 1/2. */
export function parseOtherValue(text: string, index: 'y' | 'z'): Rational {
  const other = index === 'y' ? 'z' : 'y';
  const m = new RegExp(`^\\s*${other}\\s*=\\s*([^,;]+?)\\s*$`).exec(text);
  if (!m) throw new InputError(`--at: with --index ${index} give only ${other}, e.g. "${other}=1", got "${text}"`);
  try {
    return Rational.parse(m[1]!.replace(/\s+/g, ''));
  } catch {
    throw new InputError(`--at: "${m[1]}" is not a rational number`);
  }
}

export function register(program: Command): void {
  withModelOptions(program.command('solve'))
    .description('limit series -> recurrence in s -> differential equation (Theorem 5.1) -> closed form; says where the chain stops')
    .requiredOption('--order <S>', 'largest s of the limit series', intOption('order', 1, MAX_LEADING_ORDER))
    .requiredOption('--scaling <text>', "e.g. 'H = y*p^(2), sigma2 = z'")
    .option('--at <point>', 'the point (y, z) where c_s(y, z) is evaluated', 'y=1, z=1')
    .option('--max-order <r>', 'largest recurrence order tried', intOption('max-order', 1, 8), 4)
    .option('--max-degree <d>', 'largest degree of the recurrence coefficients tried', intOption('max-degree', 0, 12), 6)
    .option('--held-out <k>', 'least number of recurrence equations held out of the fit to confirm it', intOption('held-out', 1, 100), 2)
    .option('--format <f>', 'json | latex | text', choiceOption('format', FORMATS), 'text')
    .option('--engine <e>', 'auto (contracted where it applies, else leading) | contracted | leading | full', choiceOption('engine', ENGINES), 'auto')
    .option('--threads <n>', 'worker threads for the expectations (default: cores)', intOption('threads', 1, MAX_THREADS))
    .option('--quiet', 'no progress on stderr')
    .option('--index <v>', 'two indices: C_{s,n} = [v^n] c_s(y,z)/s! (v = y or z, the other fixed by --at) -> 2-index recurrence -> first-order PDE -> first integrals', choiceOption('index', INDEX_VARIABLES))
    .option('--family <f>', 'auto (families of orders when e_s is not affine on all orders) | all | odd | even: the orders the chain also runs on', choiceOption('family', FAMILIES), 'auto')
    .option('--from <S>', 'first order of the family (default: where its exponents become affine)', intOption('from', 0, MAX_LEADING_ORDER))
    .action((flags: SolveFlags, cmd: Command) => runSolve(flags, cmd));
}

async function runSolve(flags: SolveFlags, cmd: Command): Promise<void> {
  const model = makeModel({ nu: flags.nu, scenario: flags.scenario, target: flags.target });
  const scaling = parseScaling(flags.scaling);
  const index = flags.index;
  const given = (name: string) => cmd.getOptionValueSource(name) !== 'default';
  const other = index ? (given('at') ? parseOtherValue(flags.at, index) : Rational.ONE) : null;
  const at = index ? null : parsePoint(flags.at);
  if (index && (given('family') || flags.from !== undefined)) throw new InputError('--family and --from apply to the one-index chain, not with --index');
  if (flags.from !== undefined && flags.from > flags.order) throw new InputError(`--from ${flags.from}: beyond --order ${flags.order}`);
  const choice = { parity: flags.family, from: flags.from };
  if (flags.from !== undefined && !index) {
    const parity = choice.parity === 'auto' ? 'all' : choice.parity;
    const orders = flags.from % 2 === (parity === 'odd' ? 1 : 0) || parity === 'all' ? familyOrders({ parity, from: flags.from }, flags.order).length : 0;
    if (orders > 0 && orders < leastTerms(flags.heldOut))
      throw new InputError(`--from ${flags.from} --order ${flags.order}: ${orders} order${orders === 1 ? '' : 's'} in the family, at least ${leastTerms(flags.heldOut)} needed to hold out ${flags.heldOut} equation${flags.heldOut === 1 ? '' : 's'}`);
  }
  if (choice.parity !== 'all' && choice.parity !== 'auto' && flags.from !== undefined && flags.from % 2 !== (choice.parity === 'odd' ? 1 : 0))
    throw new InputError(`--from ${flags.from} is not ${choice.parity} (--family ${choice.parity})`);
  const polys = await runGoalSeries(model, flags.order, [scalingGoal(scaling)], { engine: flags.engine, threads: flags.threads }, { json: flags.format === 'json', quiet: flags.quiet });
  const lim = limitSeries(polys, scaling);
  const scalingJson = () => ({ H: `y*p^(${scaling.a})`, sigma2: `z*p^(${scaling.b})`, a: scaling.a.toString(), b: scaling.b.toString() });
  if (index) {
    // 2-index defaults: shifts <= 2, degree <= 2 (the 1-index defaults 4 and 6 make the search slow)
    const shift = given('maxOrder') ? flags.maxOrder : 2;
    const chain = solveChain2D(lim, index, other!, { maxShift: [shift, shift], maxDegree: given('maxDegree') ? flags.maxDegree : 2, heldOut: flags.heldOut });
    if (flags.format === 'json') process.stdout.write(`${JSON.stringify({ model: modelJson(model), scaling: scalingJson(), order: flags.order, ...solve2DJson(chain) })}\n`);
    else if (flags.format === 'text') {
      const head = `# ${model.scenario.toUpperCase()} nu=${model.nu}, target ${model.target.name}, H = y*p^(${scaling.a}), sigma2 = z*p^(${scaling.b}), s = 0..${flags.order}`;
      process.stdout.write(`${head}\n${solve2DText(chain)}\n`);
    } else {
      const head = `% ${model.scenario.toUpperCase()} nu=${model.nu}, target ${model.target.name}, H = y p^{${scaling.a}}, sigma^2 = z p^{${scaling.b}}, s = 0..${flags.order}`;
      process.stdout.write(`${head}\n${solve2DLatex(chain)}\n`);
    }
    return;
  }
  const opts = { maxOrder: flags.maxOrder, maxDegree: flags.maxDegree, heldOut: flags.heldOut };
  const chain = solveChain(lim, at!, opts);
  // --family all without --from is the chain on every order, the one above
  const families = choice.parity === 'all' && choice.from === undefined ? [] : solveFamilies(lim, at!, opts, choice);
  if (flags.format === 'json') {
    const doc = { model: modelJson(model), scaling: scalingJson(), order: flags.order, ...solveJson(chain), families: families.length === 0 ? null : familiesJson(families) };
    process.stdout.write(`${JSON.stringify(doc)}\n`);
  } else if (flags.format === 'text') {
    const head = `# ${model.scenario.toUpperCase()} nu=${model.nu}, target ${model.target.name}, H = y*p^(${scaling.a}), sigma2 = z*p^(${scaling.b}), s = 0..${flags.order}`;
    process.stdout.write(`${head}\n${solveText(chain)}\n${families.length === 0 ? '' : `${familiesText(families)}\n`}`);
  } else {
    const head = `% ${model.scenario.toUpperCase()} nu=${model.nu}, target ${model.target.name}, H = y p^{${scaling.a}}, sigma^2 = z p^{${scaling.b}}, s = 0..${flags.order}`;
    process.stdout.write(`${head}\n${solveLatex(chain)}\n${families.length === 0 ? '' : `${familiesLatex(families)}\n`}`);
  }
}
