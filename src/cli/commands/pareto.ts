/**
 * `gfd pareto` — Pareto-optimal monomials of Y_0 … Y_S, their polygons (paper Fig. 2) and the
 * Theorem 4.1 check.
 *
 * JSON (`--format json`, the default):
 * ```
 * {"model":{…},"s":S,"terms":[{"coeff":"a/b","p":q,"H":n,"sigma2":l,"sD":…,"sR":…,"n":n}, …],
 *  "fronts":[{"s":0,"terms":[…],"vertices":[{"label":"A","labels":["A"],"sD":1,"n":1},…],
 *             "coplanar":true,"normal":{"p":"1","H":"1","sigma":"-1/2"}|null,
 *             "check":{"against":"theorem","status":"agree","missing":[],"extra":[]}|null}, …]}
 * ```
 * The top-level `terms` are exactly the Pareto-optimal monomials of Y_S; `fronts` has one entry per s.
 * `--engine leading` (the default) computes only what the fronts need (asymptotics/leadingSeries.ts),
 * `--engine full` the whole polynomials; both print the same. `--engine contracted` computes only
 * the Pareto-optimal monomials on the bounded faces of each Newton polyhedron (the convex part,
 * far higher orders for SYM with odd ν); each front then carries `"scope":"convex"` and is checked
 * against the predicted monomials on their own polyhedron.
 *
 * `--format svg|png|pdf` draws the polygons (one panel per s) and writes the figure to `--out FILE`
 * or stdout; PNG and PDF are refused on a terminal. `--out` takes the other formats too.
 */
import type { Command } from 'commander';
import { analyseFront, frontGoal, resolveEngine, type FrontAnalysis } from '../../asymptotics/index.js';
import type { Poly } from '../../rational/index.js';
import { makeModel } from '../../model/index.js';
import { frontText, paretoJson, paretoLatex, paretoSvg } from '../../render/index.js';
import { choiceOption, intOption, withModelOptions, MAX_THREADS } from '../options.js';
import { makeProgress, seriesProgress } from '../progress.js';
import { ENGINES, goalSeries, MAX_LEADING_ORDER, type Engine } from './seriesRun.js';
import { interruptible } from '../openDocuments.js';
import { checkFigureTarget, isFigureFormat, writeFigure } from '../figureOutput.js';
import { emit } from '../output.js';

const FORMATS = ['json', 'latex', 'svg', 'png', 'pdf', 'text'] as const;

interface ParetoFlags {
  nu: string;
  scenario: string;
  target: string;
  order: number;
  format: (typeof FORMATS)[number];
  quiet?: boolean;
  threads?: number;
  engine: Engine;
  out?: string;
}

export function register(program: Command): void {
  withModelOptions(program.command('pareto'))
    .description('Pareto-optimal terms of Y_s, the Pareto polygons (Fig. 2) and the Theorem 4.1 check')
    .requiredOption('--order <S>', 'largest s', intOption('order', 0, MAX_LEADING_ORDER))
    .option('--format <f>', 'json | latex | svg | png | pdf | text', choiceOption('format', FORMATS), 'json')
    .option('--out <file>', 'write the document or figure to FILE instead of stdout')
    .option('--engine <e>', 'auto (= leading) | leading | full | contracted (only the terms on the Newton polyhedron)', choiceOption('engine', ENGINES), 'auto')
    .option('--threads <n>', 'worker threads for the expectations (default: cores)', intOption('threads', 1, MAX_THREADS))
    .option('--quiet', 'no progress on stderr')
    .action((flags: ParetoFlags) => runPareto(flags));
}

async function runPareto(flags: ParetoFlags): Promise<void> {
  const model = makeModel({ nu: flags.nu, scenario: flags.scenario, target: flags.target });
  if (isFigureFormat(flags.format)) checkFigureTarget(flags.format, flags.out);
  else if (flags.out !== undefined) checkFigureTarget('svg', flags.out);
  const progress = makeProgress(flags.quiet);
  const fronts: FrontAnalysis[] = [];
  const goals = [frontGoal(model)];
  const scope = resolveEngine(flags.engine, model, goals) === 'contracted' ? 'convex' : 'pareto';
  const onTerm = (s: number, y: Poly) => {
    progress.stop();
    const a = analyseFront(model, s, y, scope);
    fronts.push(a);
    if (flags.format === 'text' && flags.out === undefined) process.stdout.write(`${frontText(a)}\n`);
  };
  const release = interruptible((reason) => (flags.format === 'json' ? JSON.stringify({ ...paretoJson(model, fronts), complete: false, reason }) : null));
  try {
    await goalSeries(model, flags.order, goals, { engine: flags.engine, onTerm, onProgress: seriesProgress(progress), threads: flags.threads });
  } finally {
    release();
  }
  progress.stop();
  if (isFigureFormat(flags.format)) await writeFigure(() => paretoSvg(model, fronts), flags.format, flags.out);
  else if (flags.format === 'json') emit(JSON.stringify(paretoJson(model, fronts)), flags.out);
  else if (flags.format === 'latex') emit(paretoLatex(model, fronts), flags.out);
  else if (flags.out !== undefined) emit(fronts.map(frontText).join('\n'), flags.out);
}
