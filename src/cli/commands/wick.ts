/**
 * `gfd wick --diagram '<diagram>'` — E[G] of one diagram at initialisation (Wick's theorem).
 *
 * JSON: `{"diagram":{"H":…,"p":…,"edges":[[h,p,colour],…]},"automorphisms":"2","expectation":{"terms":[{"coeff":"1","p":2,"H":1,"sigma2":2},…]}}`
 *
 * `--expect '<formula>'` compares E[G] with a hand calculation (a polynomial in p, H, sigma2,
 * e.g. `(p^2*H + p*H^2 + p*H)*sigma2^2`): the output then says whether they agree and, if not,
 * prints E[G] − formula; the exit code is 0 when they agree and 1 when they do not. In JSON the
 * fields `"matches": true|false` and `"difference": {"terms": […]}` are added.
 *
 * The expectation is computed in slices with breaks for the event loop (expansion/cooperative.ts):
 * a long one shows its progress on stderr (partitions of the enumerated side done, out of
 * Bell(n); not with --quiet or when stderr is not a terminal), and SIGINT or SIGTERM end it within
 * a second with the `gfd:` line (with `--format json`, the document
 * `{"diagram":…,"complete":false,"reason":…}`).
 */
import type { Command } from 'commander';
import { canonicalForm } from '../../canon/index.js';
import { diagramToJSON, formatDiagram, parseDiagram } from '../../diagram/index.js';
import { latexGroups, latexExpectation } from '../../render/index.js';
import { parsePoly } from '../../rational/index.js';
import { wickExpectationCooperative } from '../../expansion/index.js';
import type { Poly } from '../../rational/index.js';
import type { Diagram } from '../../diagram/index.js';
import type { WickProgress } from '../../wick/index.js';
import { interruptible } from '../openDocuments.js';
import { choiceOption } from '../options.js';
import { makeProgress } from '../progress.js';

const FORMATS = ['json', 'latex', 'text'] as const;

export function register(program: Command): void {
  program
    .command('wick')
    .description('expectation E[G] of one diagram at initialisation, exactly')
    .requiredOption('--diagram <G>', 'diagram in text syntax (e.g. "h1-p1 h2-p1 h1-p2 h2-p2") or JSON')
    .option('--format <f>', 'json | latex | text', choiceOption('format', FORMATS), 'text')
    .option('--expect <formula>', 'compare with a hand calculation (polynomial in p, H, sigma2); exit 1 if it differs')
    .option('--quiet', 'no progress on stderr')
    .action(async (flags: { diagram: string; format: (typeof FORMATS)[number]; expect?: string; quiet?: boolean }) => {
      const d = parseDiagram(flags.diagram);
      const expected = flags.expect === undefined ? undefined : parsePoly(flags.expect);
      const e = await expectationWithProgress(d, flags.format === 'json', flags.quiet);
      const diff = expected === undefined ? undefined : e.sub(expected);
      if (flags.format === 'json') {
        const doc: Record<string, unknown> = { diagram: diagramToJSON(d), automorphisms: canonicalForm(d).automorphisms.toString(), expectation: { terms: e.toJSON() } };
        if (diff) Object.assign(doc, { matches: diff.isZero(), difference: { terms: diff.toJSON() } });
        process.stdout.write(`${JSON.stringify(doc)}\n`);
      } else if (flags.format === 'latex') {
        process.stdout.write(`${latexExpectation(e)}\n`);
        if (diff && !diff.isZero()) process.stdout.write(`% differs from the expected formula by ${latexGroups(diff).join(' ')}\n`);
      } else {
        process.stdout.write(`E[${formatDiagram(d)}] = ${e.toString()}\n`);
        if (diff) process.stdout.write(diff.isZero() ? 'matches the expected formula\n' : `differs: E[G] - expected = ${diff.toString()}\n`);
      }
      if (diff && !diff.isZero()) process.exitCode = 1;
    });
}

/** E[G] computed cooperatively: a progress bar on stderr, and an interrupt ends the run cleanly. */
async function expectationWithProgress(d: Diagram, json: boolean, quiet: boolean | undefined): Promise<Poly> {
  const release = interruptible((reason) => (json ? JSON.stringify({ diagram: diagramToJSON(d), complete: false, reason }) : null));
  const progress = makeProgress(quiet);
  let started = false;
  const onProgress = (w: WickProgress) => {
    if (!started) progress.start(w.partitionsTotal, `E[G] (estimated work 2^${w.log2Estimate.toFixed(1)}), partitions`);
    started = true;
    progress.update(w.partitions);
  };
  try {
    return await wickExpectationCooperative(d, onProgress);
  } finally {
    progress.stop();
    release();
  }
}
