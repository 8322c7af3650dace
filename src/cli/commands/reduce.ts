/**
 * `gfd reduce DIR` — the last steps of a sharded run (docs/scale-out.md).
 * - `gfd reduce DIR --partition j/n`: the expectation step of key partition j: sums the classes of
 *   partition j over the n map shards and writes Σ coeff·E[class] to `DIR/shards/partial-….term.json`
 *   (no output on stdout).
 * - `gfd reduce DIR`: adds the n partial polynomials to the levels below and prints the document
 *   `gfd expand` prints for the same model, observable and order (same formats, byte for byte).
 */
import type { Command } from 'commander';
import { evaluatePartition, reduceShards } from '../../expansion/index.js';
import { makeModel } from '../../model/index.js';
import { EXPAND_FORMATS, seriesDocument, type ExpandFormat } from '../../render/index.js';
import { choiceOption, intOption, MAX_THREADS } from '../options.js';
import { makeProgress, seriesProgress } from '../progress.js';
import { shardOption, type ShardSpec } from './shardSpec.js';

interface ReduceFlags {
  partition?: ShardSpec;
  format: ExpandFormat;
  quiet?: boolean;
  threads?: number;
}

export function register(program: Command): void {
  program
    .command('reduce')
    .description('sharded runs: the expectation step of one key partition, or the final sum (docs/scale-out.md)')
    .argument('<DIR>', 'checkpoint directory of `gfd expand --checkpoint DIR --shard i/n`')
    .option('--partition <j/n>', 'expectation step: evaluate key partition j of n (writes a partial polynomial)', shardOption('partition'))
    .option('--format <f>', 'json | latex | text', choiceOption('format', EXPAND_FORMATS), 'json')
    .option('--threads <n>', 'worker threads for the expectations (default 1); the output does not depend on it', intOption('threads', 1, MAX_THREADS))
    .option('--quiet', 'no progress on stderr')
    .action((dir: string, flags: ReduceFlags) => runReduce(dir, flags));
}

async function runReduce(dir: string, flags: ReduceFlags): Promise<void> {
  if (flags.partition) {
    const progress = makeProgress(flags.quiet);
    await evaluatePartition(dir, flags.partition.index, flags.partition.count, { threads: flags.threads, onProgress: seriesProgress(progress) });
    progress.stop();
    return;
  }
  const { identity, terms } = reduceShards(dir);
  const model = makeModel(identity.model);
  const observable = identity.observable === 'loss' ? null : identity.observable;
  let text = '';
  const doc = seriesDocument(flags.format, model, observable, (t) => {
    text += t;
  });
  for (const t of terms) doc.term(t);
  doc.end();
  process.stdout.write(text);
}
