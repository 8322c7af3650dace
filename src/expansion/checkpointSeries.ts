/**
 * The series with a checkpoint: levels already finished in the directory are read back, the rest
 * is computed from the last finished class table on, and every new level is saved as soon as its
 * coefficient is known. The coefficients are the same as those of an uninterrupted run.
 */
import type { Model } from '../model/index.js';
import { checkpointIdentity } from './checkpointFormat.js';
import { CheckpointStore, classSizeLimit } from './checkpointStore.js';
import type { Observable } from './observable.js';
import { expandLossParallel, observableSeriesParallel, type ParallelOptions, type SeriesTerm } from './series.js';

/**
 * Y_0 … Y_order (or an observable's series), resuming from and extending the checkpoint in `dir`.
 * `onTerm` sees every coefficient in order, the saved ones first (with `millis` 0).
 *
 * @example
 * ```ts
 * const model = makeModel({ nu: 2, scenario: 'sym' });
 * await expandCheckpointed(model, { kind: 'loss', name: 'loss' }, 2, 'ckpt'); // computes Y_0 … Y_2
 * const again = await expandCheckpointed(model, { kind: 'loss', name: 'loss' }, 3, 'ckpt'); // computes Y_3 only
 * again.map((t) => t.classes); // [2, 3, 4, 5]
 * ```
 */
export async function expandCheckpointed(
  model: Model,
  observable: Observable,
  order: number,
  dir: string,
  options: Omit<ParallelOptions, 'resume' | 'onLevel'> = {},
): Promise<SeriesTerm[]> {
  const store = CheckpointStore.open(dir, checkpointIdentity(model, observable.name));
  const done = Math.min(store.finished(), order);
  const out: SeriesTerm[] = [];
  for (let s = 0; s <= done; s++) {
    const { poly, classes } = store.readTerm(s);
    const term: SeriesTerm = Object.freeze({ s, poly, classes, millis: 0 });
    options.onTerm?.(term);
    out.push(term);
  }
  if (done === order) return out;
  const opts: ParallelOptions = {
    ...options,
    ...(done >= 0 ? { resume: { s: done, sum: store.readLevel(done, classSizeLimit(model, observable.kind === 'loss' ? null : observable.diagram, done)) } } : {}),
    onLevel: (s, sum, term) => {
      store.writeLevel(s, sum);
      store.writeTerm(s, term.classes, term.poly);
    },
  };
  const rest = observable.kind === 'loss' ? await expandLossParallel(model, order, opts) : await observableSeriesParallel(model, observable.diagram, order, opts);
  return out.concat(rest);
}
