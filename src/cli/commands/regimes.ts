/**
 * `gfd regimes` — learning regimes from the Pareto polygons (paper §5, Tables 1–2).
 *
 * JSON: {"model":{…},"source":"…","orders":[6,7,8,9],"checkedOrders":[0,…,S],
 *        "faces":[{"face":"B-C","conditions":[{"monomial":{"p":2,"H":1,"sigma":6},"relation":"asymp"},…],
 *                  "naturalT":{"p":0,"H":1,"sigma":4},"parameterization":"over","learning":"lazy",
 *                  "interpretation":"NTK"}, …]}
 * With Theorem 4.1 applicable (ASYM; SYM with even ν; identity target) and confirmed on the
 * computed fronts s = 0..S, the large-s faces are read from its parametric form at s = 6..9;
 * for SYM with ν = 3, when the computed fronts agree with the odd-ν description, the first-order
 * faces of its limit polytope (asymptotics/limitRegimes.ts); otherwise from the computed fronts
 * s ≥ 3 alone (needs --order ≥ 4).
 */
import type { Command } from 'commander';
import {
  analyseFront,
  conjecturedOddSymTerms,
  frontPoints,
  limitRegimes,
  PARAMETRIC_ORDERS,
  regimesFromFronts,
  theoremRegimes,
  theoremApplies,
  theoremParetoExponents,
  type FrontAnalysis,
} from '../../asymptotics/index.js';
import { expandLossParallel } from '../../expansion/index.js';
import { makeModel } from '../../model/index.js';
import { regimesJson, regimesLatex, regimesText, type RegimesReport } from '../../render/index.js';
import { InputError } from '../../errors.js';
import { choiceOption, intOption, withModelOptions, MAX_THREADS } from '../options.js';
import { makeProgress, seriesProgress } from '../progress.js';
import { MAX_ASYMPTOTIC_ORDER, partialJson } from './seriesRun.js';
import { interruptible } from '../openDocuments.js';

const FORMATS = ['json', 'latex', 'text'] as const;

/** Orders at which the limit polytope of the odd-ν description is read (checked at 2·81 − 41). */
const LIMIT_ORDERS = [41, 81] as const;

/**
 * Odd ν whose description is checked against the contracted engine's Newton polyhedra beyond the
 * orders where its raise first matters (docs/asymptotics.md §"SYM with odd ν"); other odd ν keep
 * the computed fronts.
 */
const ODD_DESCRIPTION_CHECKED: readonly number[] = [3, 5];

interface RegimesFlags {
  nu: string;
  scenario: string;
  target: string;
  order: number;
  face?: string;
  format: (typeof FORMATS)[number];
  quiet?: boolean;
  threads?: number;
}

export function register(program: Command): void {
  withModelOptions(program.command('regimes'))
    .description('learning regimes (faces of the Pareto polygons): scaling conditions, natural T, parameterization, learning')
    .option('--order <S>', 'largest computed s (fronts checked against Theorem 4.1; SYM odd nu: the fronts used)', intOption('order', 0, MAX_ASYMPTOTIC_ORDER), 3)
    .option('--face <name>', 'only this face, e.g. B-C (labels as in Fig. 2)')
    .option('--format <f>', 'json | latex | text', choiceOption('format', FORMATS), 'json')
    .option('--threads <n>', 'worker threads for the expectations (default: cores)', intOption('threads', 1, MAX_THREADS))
    .option('--quiet', 'no progress on stderr')
    .action((flags: RegimesFlags) => runRegimes(flags));
}

async function runRegimes(flags: RegimesFlags): Promise<void> {
  const model = makeModel({ nu: flags.nu, scenario: flags.scenario, target: flags.target });
  const progress = makeProgress(flags.quiet);
  const finished: number[] = [];
  const opts = {
    onProgress: seriesProgress(progress),
    threads: flags.threads,
    onTerm: (t: { s: number }) => {
      progress.stop();
      finished.push(t.s);
    },
  };
  const release = interruptible(partialJson(flags.format === 'json', model, flags.order, finished));
  let terms: Awaited<ReturnType<typeof expandLossParallel>>;
  try {
    terms = await expandLossParallel(model, flags.order, opts);
  } finally {
    release();
  }
  progress.stop();
  const fronts: FrontAnalysis[] = terms.map((t) => analyseFront(model, t.s, t.poly));
  const checked = fronts.map((f) => f.s);
  const parametric =
    model.target.name === 'identity' && theoremApplies(model.nu, model.scenario) && fronts.every((f) => f.check?.agree === true);
  // SYM ν = 3, 5: the odd-ν description is checked beyond s = 5 (docs/asymptotics.md §"SYM with odd ν")
  const oddDescription =
    model.target.name === 'identity' && model.scenario === 'sym' && ODD_DESCRIPTION_CHECKED.includes(model.nu) && fronts.every((f) => f.check?.agree === true);
  let report: RegimesReport;
  if (oddDescription) {
    const h = (model.nu - 1) / 2;
    const limit = limitRegimes(model.nu, (s) => conjecturedOddSymTerms(model.nu, s), LIMIT_ORDERS[0], LIMIT_ORDERS[1], [-h, 1, 0]);
    const analysis = { regimes: limit.regimes, orders: limit.orders, choices: new Map() };
    const source = `first-order faces of the limit polytope of the odd-nu description (vertices ${limit.vertices.map((v) => v.label).join(', ')}), read at s = ${limit.orders.join(', ')}; it agrees with the computed fronts s = 0..${flags.order}`;
    report = { model, analysis, source, checkedOrders: checked };
  } else if (parametric) {
    const analysis = theoremRegimes(model.nu, model.scenario, (nu, s) => theoremParetoExponents(nu, model.scenario, s));
    const source = `Theorem 4.1 read at s = ${PARAMETRIC_ORDERS.join(', ')}; it agrees with the computed fronts s = 0..${flags.order}`;
    report = { model, analysis, source, checkedOrders: checked };
  } else {
    const analysis = regimesFromFronts(
      model.nu,
      model.scenario,
      fronts.map((f) => ({ s: f.s, points: frontPoints(model.nu, f.s, f.terms) })),
    );
    const source = `computed fronts only; faces that keep their labels and conditions on s = ${analysis.orders.join(', ')}`;
    report = { model, analysis, source, checkedOrders: checked };
  }
  if (flags.face !== undefined) {
    const want = flags.face.trim();
    const regimes = report.analysis.regimes.filter((r) => r.face === want);
    if (regimes.length === 0) {
      throw new InputError(`--face: unknown face "${want}" (faces: ${report.analysis.regimes.map((r) => r.face).join(', ')})`);
    }
    report = { ...report, analysis: { ...report.analysis, regimes } };
  }
  if (flags.format === 'json') process.stdout.write(`${JSON.stringify(regimesJson(report))}\n`);
  else if (flags.format === 'text') process.stdout.write(`${regimesText(report)}\n`);
  else process.stdout.write(`${regimesLatex(report)}\n`);
}
