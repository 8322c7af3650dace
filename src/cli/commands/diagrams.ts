/**
 * `gfd diagrams` — the canonical diagram classes of L^{⋆(S+1)} (left-nested, L = ½D − R without the
 * constant) with their exact coefficients, automorphism-group orders and expectations E[G].
 *
 * JSON: `{"model":{…},"order":S,"power":S+1,"diagrams":[{"diagram":"h1-p1:1 …","json":{"H":…,"p":…,"edges":[…]},
 *   "coeff":"1/8","automorphisms":"2","expectation":{"terms":[…]}}, …]}`
 * (so that Y_S = (−1)^S Σ coeff · expectation).
 */
import type { Command } from 'commander';
import { diagramToJSON } from '../../diagram/json.js';
import { formatDiagram } from '../../diagram/syntax.js';
import { lossDiagrams, lossPower } from '../../expansion/index.js';
import { compareTerms } from '../../merge/diagramSum.js';
import { makeModel } from '../../model/index.js';
import { modelJson } from '../../render/seriesRender.js';
import { diagramToTikz, tikzDocument } from '../../render/tikz.js';
import { wickExpectation } from '../../wick/index.js';
import { choiceOption, intOption, withModelOptions } from '../options.js';
import { makeProgress } from '../progress.js';

const FORMATS = ['json', 'tikz', 'text'] as const;

export function register(program: Command): void {
  withModelOptions(program.command('diagrams'))
    .description('canonical diagrams of L^{⋆(S+1)} with coefficients and expectations')
    .requiredOption('--order <S>', 'S (lists L^{⋆(S+1)})', intOption('order', 0))
    .option('--format <f>', 'json | tikz | text', choiceOption('format', FORMATS), 'text')
    .option('--quiet', 'no progress on stderr')
    .action((flags: { nu: string; scenario: string; target: string; order: number; format: (typeof FORMATS)[number]; quiet?: boolean }) => {
      const model = makeModel(flags);
      const progress = makeProgress(flags.quiet);
      const { table, factor } = lossPower(lossDiagrams(model), flags.order + 1, (level, done, total) => {
        if (done === 1) progress.start(total, `power ${level}`);
        progress.update(done);
      });
      progress.stop();
      const classes = [...table.values()].sort(compareTerms);
      const out = process.stdout;
      if (flags.format === 'json') {
        out.write(`{"model":${JSON.stringify(modelJson(model))},"order":${flags.order},"power":${flags.order + 1},"diagrams":[`);
      } else if (flags.format === 'text') {
        out.write(`# L^{*${flags.order + 1}}: ${classes.length} classes; Y_${flags.order} = ${flags.order % 2 ? '-' : ''}sum coeff * E[G]${flags.order === 0 ? ' + ½||F||^2' : ''}\n`);
      }
      const pictures: string[] = [];
      classes.forEach(({ form, coeff }, i) => {
        const c = factor.mul(coeff);
        const e = wickExpectation(form.diagram);
        if (flags.format === 'json') {
          const doc = {
            diagram: formatDiagram(form.diagram),
            json: diagramToJSON(form.diagram),
            coeff: c.toString(),
            automorphisms: form.automorphisms.toString(),
            expectation: { terms: e.toJSON() },
          };
          out.write(`${i ? ',' : ''}\n${JSON.stringify(doc)}`);
        } else if (flags.format === 'text') {
          out.write(`${c.toString()}\t|Aut|=${form.automorphisms}\t${formatDiagram(form.diagram)}\tE = ${e.toString()}\n`);
        } else {
          pictures.push(diagramToTikz(form.diagram, { coefficient: c.toLatex() }));
        }
      });
      if (flags.format === 'json') out.write('\n]}\n');
      if (flags.format === 'tikz') out.write(`${tikzDocument(pictures)}\n`);
    });
}
