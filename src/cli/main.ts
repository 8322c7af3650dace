/**
 * `gfd` — command-line entry point. Every command lives in `commands/<name>.ts` and exports
 * `register(program)`. Input errors print one line on stderr and exit with code 2; a document that
 * was being streamed to stdout is closed first (openDocuments.ts), as it is on SIGINT (exit 130)
 * and SIGTERM (exit 143). A closed stdout ends the run quietly with exit 0 (brokenPipe.ts).
 * `GFD_LOOP_DELAY=1` reports the longest event-loop delay at exit (loopDelay.ts).
 */
import { Command, CommanderError } from 'commander';
import { InputError } from '../errors.js';
import { commands } from './commands/index.js';
import { abortOpenDocuments } from './openDocuments.js';
import { exitQuietlyOnClosedOutput } from './brokenPipe.js';
import { reportLoopDelayOnExit } from './loopDelay.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('gfd')
    .description('Exact diagram calculus for the gradient-flow loss expansion of CP tensor decompositions')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(commanderLine(s)) });
  for (const register of commands) register(program);
  try {
    await program.parseAsync(argv);
    // a command may set a non-error status (e.g. `wick --expect` on a mismatch)
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    return reportError(err);
  }
}

/** Commander's own error message ("error: unknown option …", a suggestion on the next line) as one `gfd:` line. */
function commanderLine(message: string): string {
  return `gfd: ${message.replace(/^error:\s*/, '').trim().replace(/\s*\n\s*/g, ' ')}\n`;
}

/** A message on one line (a multi-line message would break the one-`gfd:`-line rule). */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * Map an error to an exit code, printing one line: bad input (InputError, commander's argument
 * errors) exits 2; anything else is a fault of the program, reported as `gfd: internal error: …`
 * with exit code 1, and its stack trace follows only when the environment sets GFD_DEBUG=1.
 */
export function reportError(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return 0;
    return 2; // commander already printed its one-line message
  }
  const e = err as Error;
  if (err instanceof InputError || (e && e.name === 'InvalidArgumentError')) {
    const message = oneLine(e.message);
    abortOpenDocuments(message);
    process.stderr.write(`gfd: ${message}\n`);
    return 2;
  }
  const message = oneLine(e instanceof Error ? e.message : String(err));
  abortOpenDocuments(`internal error: ${message}`);
  process.stderr.write(`gfd: internal error: ${message}\n`);
  if (process.env.GFD_DEBUG === '1' && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  return 1;
}

exitQuietlyOnClosedOutput();
reportLoopDelayOnExit();
main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.exitCode = reportError(err);
  },
);
