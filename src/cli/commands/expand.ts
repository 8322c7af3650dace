/**
 * `gfd expand` — the exact series of the loss (or of an observable).
 *
 * JSON (stable contract, `--format json`, the default):
 * ```
 * {"model":{"nu":3,"scenario":"asym","target":"identity"},
 *  "series":[{"s":0,"terms":[{"coeff":"1/2","p":1,"H":0,"sigma2":0}, …]}, …],
 *  "observable":"loss","diagramClasses":[2, 5, …]}
 * ```
 * `series` has one entry per s = 0..order; `terms` lists every nonzero monomial
 * coeff·p^p·H^H·(σ²)^sigma2 of the coefficient (Y_s for the loss, T^s E[d^sG/dt^s(0)] for an
 * observable G), `coeff` an exact integer or "a/b" in lowest terms. `diagramClasses[s]` counts the
 * canonical diagram classes of the s-th merge power. Output is streamed: each entry is written as
 * soon as it is computed.
 */
import type { Command } from 'commander';
import { diagramD, diagramR } from '../../diagram/builders.js';
import { parseDiagram } from '../../diagram/syntax.js';
import { expandLossParallel, observableSeriesParallel, type SeriesTerm } from '../../expansion/index.js';
import { makeModel, type Model } from '../../model/index.js';
import { latexFooter, latexHeader, modelJson, seriesEntryJson, seriesEntryLatex, seriesEntryText } from '../../render/seriesRender.js';
import { choiceOption, intOption, withModelOptions, MAX_THREADS } from '../options.js';
import { makeProgress } from '../progress.js';
import type { Diagram } from '../../diagram/diagram.js';

const FORMATS = ['json', 'latex', 'text'] as const;

interface ExpandFlags {
  nu: string;
  scenario: string;
  target: string;
  order: number;
  observable: string;
  format: (typeof FORMATS)[number];
  quiet?: boolean;
  threads?: number;
}

export function register(program: Command): void {
  withModelOptions(program.command('expand'))
    .description('exact time-expansion coefficients Y_s of E[L(t)] (or of an observable)')
    .requiredOption('--order <S>', 'largest s', intOption('order', 0))
    .option('--observable <G>', 'loss | R (diagonal Σ_i f_{i…i}) | D | a diagram in text syntax', 'loss')
    .option('--format <f>', 'json | latex | text', choiceOption('format', FORMATS), 'json')
    .option('--threads <n>', 'worker threads for the expectations (default: cores); the output does not depend on it', intOption('threads', 1, MAX_THREADS))
    .option('--quiet', 'no progress on stderr')
    .action((flags: ExpandFlags) => runExpand(flags));
}

function observableDiagram(model: Model, text: string): Diagram | null {
  const t = text.trim();
  if (t.toLowerCase() === 'loss' || t.toLowerCase() === 'l') return null;
  if (t === 'D') return diagramD(model);
  if (t === 'R') return diagramR(model, [Array.from({ length: model.nu }, (_, i) => i + 1)]);
  return parseDiagram(t);
}

async function runExpand(flags: ExpandFlags): Promise<void> {
  const model = makeModel({ nu: flags.nu, scenario: flags.scenario, target: flags.target });
  const observable = observableDiagram(model, flags.observable);
  const name = observable === null ? 'loss' : flags.observable.trim();
  const symbol = observable === null ? 'Y' : 'G';
  const progress = makeProgress(flags.quiet);
  const out = process.stdout;
  let first = true;
  const classes: number[] = [];
  if (flags.format === 'json') out.write(`{"model":${JSON.stringify(modelJson(model))},"observable":${JSON.stringify(name)},"series":[`);
  if (flags.format === 'latex') out.write(`${latexHeader(model, observable === null ? 'Y_s = T^s E[d^s L/dt^s(0)]' : `T^s E[d^s G/dt^s(0)], G = ${name}`)}\n`);
  const onTerm = (t: SeriesTerm) => {
    progress.stop();
    classes.push(t.classes);
    if (flags.format === 'json') out.write(`${first ? '\n' : ',\n'}${JSON.stringify(seriesEntryJson(t.s, t.poly))}`);
    else if (flags.format === 'text') out.write(`${seriesEntryText(symbol, t.s, t.poly)}\n`);
    else out.write(`${first ? '' : ' \\\\\n'}${seriesEntryLatex(symbol, t.s, t.poly)}`);
    first = false;
  };
  let phase = '';
  const onProgress = (s: number, done: number, total: number, what: 'merge' | 'wick') => {
    if (`${s}${what}` !== phase) {
      phase = `${s}${what}`;
      progress.start(total, `s=${s} ${what === 'merge' ? 'merging' : 'expectations'}`);
    }
    progress.update(done);
  };
  const opts = { onTerm, onProgress, threads: flags.threads };
  if (observable === null) await expandLossParallel(model, flags.order, opts);
  else await observableSeriesParallel(model, observable, flags.order, opts);
  progress.stop();
  if (flags.format === 'json') out.write(`\n],"diagramClasses":${JSON.stringify(classes)}}\n`);
  if (flags.format === 'latex') out.write(`\n${latexFooter}\n`);
}
