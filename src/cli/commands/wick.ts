/**
 * `gfd wick --diagram '<diagram>'` — E[G] of one diagram at initialisation (Wick's theorem).
 *
 * JSON: `{"diagram":{"H":…,"p":…,"edges":[[h,p,colour],…]},"automorphisms":"2","expectation":{"terms":[{"coeff":"1","p":2,"H":1,"sigma2":2},…]}}`
 */
import type { Command } from 'commander';
import { canonicalForm } from '../../canon/canonicalForm.js';
import { diagramToJSON } from '../../diagram/json.js';
import { formatDiagram, parseDiagram } from '../../diagram/syntax.js';
import { latexGroups } from '../../render/polyText.js';
import { wickExpectation } from '../../wick/index.js';
import { choiceOption } from '../options.js';

const FORMATS = ['json', 'latex', 'text'] as const;

export function register(program: Command): void {
  program
    .command('wick')
    .description('expectation E[G] of one diagram at initialisation, exactly')
    .requiredOption('--diagram <G>', 'diagram in text syntax (e.g. "h1-p1 h2-p1 h1-p2 h2-p2") or JSON')
    .option('--format <f>', 'json | latex | text', choiceOption('format', FORMATS), 'text')
    .action((flags: { diagram: string; format: (typeof FORMATS)[number] }) => {
      const d = parseDiagram(flags.diagram);
      const e = wickExpectation(d);
      if (flags.format === 'json') {
        const doc = { diagram: diagramToJSON(d), automorphisms: canonicalForm(d).automorphisms.toString(), expectation: { terms: e.toJSON() } };
        process.stdout.write(`${JSON.stringify(doc)}\n`);
      } else if (flags.format === 'latex') {
        process.stdout.write(`\\mathbb{E}[G] = ${latexGroups(e).join(' ')}\n`);
      } else {
        process.stdout.write(`E[${formatDiagram(d)}] = ${e.toString()}\n`);
      }
    });
}
