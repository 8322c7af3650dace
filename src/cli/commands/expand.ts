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
 * soon as it is computed. A run that stops early (interrupt, refused diagram) still ends the
 * document, adding `"complete":false,"reason":"…"` after `diagramClasses` (docs/json.md).
 *
 * `--checkpoint DIR` saves every finished level in DIR and resumes from it; with `--shard i/n` the
 * command is the map step of a sharded last level and writes files only (docs/scale-out.md).
 */
import type { Command } from 'commander';
import { expandCheckpointed, expandLossParallel, mapShard, observableSeriesParallel, parseObservable, type SeriesTerm } from '../../expansion/index.js';
import { InputError } from '../../errors.js';
import { makeModel } from '../../model/index.js';
import { EXPAND_FORMATS, seriesDocument, type ExpandFormat } from '../../render/index.js';
import { checkOutputPath, choiceOption, intOption, withModelOptions, MAX_THREADS } from '../options.js';
import { closeDocument, openDocument, stdoutWriter } from '../openDocuments.js';
import { makeProgress, seriesProgress } from '../progress.js';
import { shardOption, type ShardSpec } from './shardSpec.js';

interface ExpandFlags {
  nu: string;
  scenario: string;
  target: string;
  order: number;
  observable: string;
  format: ExpandFormat;
  quiet?: boolean;
  threads?: number;
  checkpoint?: string;
  shard?: ShardSpec;
}

export function register(program: Command): void {
  withModelOptions(program.command('expand'))
    .description('exact time-expansion coefficients Y_s of E[L(t)] (or of an observable)')
    .requiredOption('--order <S>', 'largest s', intOption('order', 0))
    .option('--observable <G>', 'loss | R (diagonal Σ_i f_{i…i}) | D | a diagram in text syntax', 'loss')
    .option('--format <f>', 'json | latex | text', choiceOption('format', EXPAND_FORMATS), 'json')
    .option('--threads <n>', 'worker threads for the expectations (default: cores); the output does not depend on it', intOption('threads', 1, MAX_THREADS))
    .option('--quiet', 'no progress on stderr')
    .option('--checkpoint <DIR>', 'save each finished level in DIR and resume from it (docs/scale-out.md)')
    .option('--shard <i/n>', 'map step of a sharded run: merge the parents of level --order with index ≡ i mod n (needs --checkpoint)', shardOption('shard'))
    .action((flags: ExpandFlags) => runExpand(flags));
}

async function runExpand(flags: ExpandFlags): Promise<void> {
  const model = makeModel({ nu: flags.nu, scenario: flags.scenario, target: flags.target });
  const observable = parseObservable(model, flags.observable);
  if (flags.shard && flags.checkpoint === undefined) throw new InputError('--shard: needs --checkpoint DIR');
  const progress = makeProgress(flags.quiet);
  if (flags.shard) {
    await mapShard(model, observable.name, flags.order, flags.checkpoint!, flags.shard.index, flags.shard.count, {
      threads: flags.threads,
      onProgress: seriesProgress(progress),
    });
    progress.stop();
    return;
  }
  if (flags.checkpoint !== undefined) checkOutputPath('checkpoint', flags.checkpoint, 'dir');
  const doc = openDocument(seriesDocument(flags.format, model, observable.kind === 'loss' ? null : observable.name, stdoutWriter()));
  const onTerm = (t: SeriesTerm) => {
    progress.stop();
    doc.term(t);
  };
  const opts = { onTerm, onProgress: seriesProgress(progress), threads: flags.threads };
  if (flags.checkpoint !== undefined) await expandCheckpointed(model, observable, flags.order, flags.checkpoint, opts);
  else if (observable.kind === 'loss') await expandLossParallel(model, flags.order, opts);
  else await observableSeriesParallel(model, observable.diagram, flags.order, opts);
  progress.stop();
  doc.end();
  closeDocument(doc);
}
