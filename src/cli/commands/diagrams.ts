/**
 * `gfd diagrams` — the canonical diagram classes of L^{⋆(S+1)} (left-nested, L = ½D − R without the
 * constant) with their exact coefficients, automorphism-group orders and expectations E[G].
 *
 * JSON: `{"model":{…},"order":S,"power":S+1,"diagrams":[{"diagram":"h1-p1:1 …","json":{"H":…,"p":…,"edges":[…]},
 *   "coeff":"1/8","automorphisms":"2","expectation":{"terms":[…]}}, …]}`
 * (so that Y_S = (−1)^S Σ coeff · expectation). A listing that stops early (interrupt, refused
 * diagram) ends with `"complete":false,"reason":"…"` after `diagrams` (docs/json.md). The merging
 * runs before anything is written; interrupted then, the JSON listing has no entries.
 */
import type { Command } from 'commander';
import { Slicer, lossPowerClassesCooperative, type ClassListing } from '../../expansion/index.js';
import { makeModel } from '../../model/index.js';
import { CLASS_LISTING_FORMATS, classListingDocument, modelJson, type ClassListingFormat } from '../../render/index.js';
import { choiceOption, intOption, withModelOptions } from '../options.js';
import { closeDocument, interruptible, openDocument, stdoutWriter } from '../openDocuments.js';
import { makeProgress } from '../progress.js';
import { checkHeap } from '../memoryGuard.js';

export function register(program: Command): void {
  withModelOptions(program.command('diagrams'))
    .description('canonical diagrams of L^{⋆(S+1)} with coefficients and expectations')
    .requiredOption('--order <S>', 'S (lists L^{⋆(S+1)})', intOption('order', 0))
    .option('--format <f>', 'json | tikz | text', choiceOption('format', CLASS_LISTING_FORMATS), 'text')
    .option('--quiet', 'no progress on stderr')
    .action(async (flags: { nu: string; scenario: string; target: string; order: number; format: ClassListingFormat; quiet?: boolean }) => {
      const model = makeModel(flags);
      const progress = makeProgress(flags.quiet);
      // merging: an interrupt prints the listing's head with no entries ("complete": false)
      const release = interruptible((reason) =>
        flags.format === 'json' ? JSON.stringify({ model: modelJson(model), order: flags.order, power: flags.order + 1, diagrams: [], complete: false, reason }) : null,
      );
      let list: ClassListing;
      try {
        list = await lossPowerClassesCooperative(model, flags.order, (level, done, total) => {
          checkHeap(`power ${level}`);
          if (done === 1) progress.start(total, `power ${level}`);
          progress.update(done);
        });
      } finally {
        release();
      }
      progress.stop();
      const doc = openDocument(classListingDocument(flags.format, model, list, stdoutWriter()));
      const slicer = new Slicer();
      for (const entry of list.entries()) {
        if (doc.closed) break;
        doc.entry(entry);
        await slicer.breathe();
      }
      doc.end();
      closeDocument(doc);
    });
}
