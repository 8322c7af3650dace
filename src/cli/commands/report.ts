/**
 * `gfd report` — one self-contained HTML page (or its JSON) with what the other commands print
 * for a model: the exact Y_0 … Y_S typeset by KaTeX with a copy-as-LaTeX button per row, the
 * Pareto polygon of every s with its Theorem 4.1 (or odd-ν) verdict, the regimes laid out like
 * Tables 1–2 with each face's scaling, limit series and closed form, and the provenance.
 * `--paper` does the same for the paper's models at quick sizes; `--experiments DIR` adds the
 * figures and headline statistics of `gfd experiment` runs found in DIR.
 *
 * JSON (`--format json`): {"provenance":{…},"models":[{"model","order","seconds","diagramClasses",
 * "series","fronts","regimes","regimesNote"},…],"experiments":[…]|null} (docs/json.md).
 */
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, hostname, platform } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseScaling, scalingGoal } from '../../asymptotics/index.js';
import { experiments as allExperiments } from '../../experiments/index.js';
import { expandLossParallel } from '../../expansion/index.js';
import { makeModel, type Model } from '../../model/index.js';
import { measureTextWithFont, modelReport, reportHtml, type ExperimentEntry, type ModelReport, type ReportDocument } from '../../render/index.js';
import { InputError } from '../../errors.js';
import { checkOutputPath, choiceOption, intOption, MAX_THREADS } from '../options.js';
import { makeProgress, seriesProgress } from '../progress.js';
import { goalSeries, MAX_ASYMPTOTIC_ORDER, MAX_LEADING_ORDER } from './seriesRun.js';
import { katexInlineCss } from '../reportAssets.js';
import { emit } from '../output.js';
import { interruptible } from '../openDocuments.js';

const FORMATS = ['html', 'json'] as const;

/**
 * The models of the paper's Tables 1–2 and Fig. 2, at orders a laptop finishes in seconds; the
 * faces' limit series go further where the leading-terms engine is quick (closed forms appear).
 */
export const PAPER_MODELS: readonly { nu: number; scenario: 'sym' | 'asym'; order: number; limitOrder?: number }[] = [
  { nu: 2, scenario: 'asym', order: 4, limitOrder: 8 },
  { nu: 3, scenario: 'asym', order: 4 },
  { nu: 2, scenario: 'sym', order: 4, limitOrder: 12 },
  { nu: 3, scenario: 'sym', order: 4 },
  { nu: 4, scenario: 'sym', order: 3 },
];

interface ReportFlags {
  nu?: string;
  scenario?: string;
  target: string;
  order: number;
  limitOrder?: number;
  paper?: boolean;
  experiments?: string;
  out?: string;
  format: (typeof FORMATS)[number];
  quiet?: boolean;
  threads?: number;
}

export function register(program: Command): void {
  program
    .command('report')
    .description('one self-contained HTML page: Y_s (KaTeX), Pareto polygons with the Theorem 4.1 verdict, regimes with limit series, provenance')
    .option('--nu <n>', 'tensor order ν ≥ 2')
    .option('--scenario <sym|asym>', 'SYM (one shared weight matrix) or ASYM')
    .option('--target <T>', 'identity | zero | delta patterns, e.g. "2*{1,2}{3} - {1}{2}{3}"', 'identity')
    .option('--order <S>', 'largest s of the exact series', intOption('order', 0, MAX_ASYMPTOTIC_ORDER), 4)
    .option('--limit-order <L>', "largest s of each face's limit series (leading-terms engine; default: --order)", intOption('limit-order', 1, MAX_LEADING_ORDER))
    .option('--paper', "the paper's models (ASYM ν = 2, 3; SYM ν = 2, 3, 4) at quick orders (limit series of ASYM ν = 2 to s = 8, SYM ν = 2 to s = 12)")
    .option('--experiments <dir>', 'add the figures and headline statistics of `gfd experiment` runs in this directory')
    .option('--out <file>', 'write the page (or JSON) to this file instead of stdout')
    .option('--format <f>', 'html | json', choiceOption('format', FORMATS), 'html')
    .option('--threads <n>', 'worker threads for the expectations (default: cores)', intOption('threads', 1, MAX_THREADS))
    .option('--quiet', 'no progress on stderr')
    .action((flags: ReportFlags) => runReport(flags));
}

/** The models to report, checked before any work. */
function selectModels(flags: ReportFlags): { model: Model; order: number; limitOrder?: number }[] {
  if (flags.paper) {
    if (flags.nu !== undefined || flags.scenario !== undefined) throw new InputError('report: --paper chooses the models itself; drop --nu and --scenario');
    return PAPER_MODELS.map((m) => ({ model: makeModel({ nu: m.nu, scenario: m.scenario }), order: m.order, limitOrder: flags.limitOrder ?? m.limitOrder }));
  }
  if (flags.nu === undefined || flags.scenario === undefined) throw new InputError('report: give --nu and --scenario (or --paper)');
  return [{ model: makeModel({ nu: flags.nu, scenario: flags.scenario, target: flags.target }), order: flags.order, limitOrder: flags.limitOrder }];
}

/** The runs of `gfd experiment` found in a directory, in the order of `gfd experiment all`. */
export function readExperiments(dir: string): ExperimentEntry[] {
  if (!existsSync(dir)) throw new InputError(`--experiments: directory "${dir}" does not exist`);
  const out: ExperimentEntry[] = [];
  for (const exp of allExperiments.values()) {
    const jsonPath = join(dir, `${exp.name}.json`);
    if (!existsSync(jsonPath)) continue;
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, unknown>;
    } catch {
      throw new InputError(`--experiments: ${jsonPath} is not valid JSON`);
    }
    const svgPath = join(dir, `${exp.name}.svg`);
    const svg = existsSync(svgPath) ? readFileSync(svgPath, 'utf8').replace(/^<\?xml[^>]*>\s*/, '') : null;
    const headline = data.headline as ExperimentEntry['headline'] | undefined;
    out.push({
      experiment: exp.name,
      title: typeof data.title === 'string' ? data.title : exp.name,
      headline: headline ?? null,
      statistics: Array.isArray(data.statistics) ? (data.statistics as ExperimentEntry['statistics']) : [],
      svg,
    });
  }
  if (out.length === 0) throw new InputError(`--experiments: no experiment results (<name>.json) in "${dir}"`);
  return out;
}

/** One model's series, fronts, regimes and (to `limitOrder`) the faces' limit series. */
async function modelSection(model: Model, order: number, limitOrder: number | undefined, flags: ReportFlags, progress: ReturnType<typeof makeProgress>): Promise<ModelReport> {
  const t0 = performance.now();
  const terms = await expandLossParallel(model, order, { onProgress: seriesProgress(progress), onTerm: () => progress.stop(), threads: flags.threads });
  progress.stop();
  const polys = terms.map((t) => t.poly);
  const opts = { diagramClasses: terms.map((t) => t.classes), seconds: (performance.now() - t0) / 1000 };
  const section = modelReport(model, polys, opts);
  if (limitOrder === undefined || limitOrder <= order || !section.regimes) return section;
  // the faces' limit series further out: only the monomials that lead along their scalings
  const goals = section.regimes.faces.flatMap((f) => (f.scaling ? [scalingGoal(parseScaling(`H = ${f.scaling.H}, sigma2 = ${f.scaling.sigma2}`))] : []));
  const limitPolys = await goalSeries(model, limitOrder, goals, { engine: 'leading', threads: flags.threads, onProgress: seriesProgress(progress), onTerm: () => progress.stop() });
  progress.stop();
  return modelReport(model, polys, { ...opts, limitSeries: limitPolys, seconds: (performance.now() - t0) / 1000 });
}

async function runReport(flags: ReportFlags): Promise<void> {
  const started = performance.now();
  const selected = selectModels(flags);
  if (flags.out !== undefined) checkOutputPath('out', flags.out, 'file');
  const experiments = flags.experiments === undefined ? null : readExperiments(flags.experiments);
  const progress = makeProgress(flags.quiet);
  const models: ModelReport[] = [];
  // an interrupt: the gfd: line, and with --format json (to stdout) the models finished so far
  const release = interruptible((reason) =>
    flags.format === 'json' && flags.out === undefined ? JSON.stringify({ provenance: null, models, experiments, complete: false, reason }) : null,
  );
  try {
    for (const { model, order, limitOrder } of selected) models.push(await modelSection(model, order, limitOrder, flags, progress));
  } finally {
    release();
  }
  const cpu = cpus();
  const doc: ReportDocument = {
    provenance: {
      version: PACKAGE_VERSION,
      command: ['gfd', ...process.argv.slice(2)].map(shellWord).join(' '),
      date: new Date().toISOString(),
      host: hostname(),
      platform: `${platform()} ${release()}`,
      cpus: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown'}`,
      node: process.version,
      seconds: (performance.now() - started) / 1000,
    },
    models,
    experiments,
  };
  if (flags.format === 'json') {
    emit(JSON.stringify(doc), flags.out);
    return;
  }
  // the polygons laid out with the glyph widths of DejaVu Sans, as every figure drawn in Node
  await measureTextWithFont();
  emit(await reportHtml(doc, katexInlineCss()), flags.out);
}

const PACKAGE_VERSION = (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;

/** A command-line word as a POSIX shell would need it quoted. */
function shellWord(w: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}
