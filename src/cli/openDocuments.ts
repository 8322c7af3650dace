/**
 * The documents a command is streaming to stdout. A command registers each document it opens
 * ({@link openDocument}) and unregisters it when it has written the end ({@link closeDocument}).
 * While one is open, SIGINT and SIGTERM close it early (`"complete": false`), print one line on
 * stderr and exit with 130 or 143 (128 + signal number); an error that ends the command closes it
 * the same way ({@link abortOpenDocuments}, called by main.ts before the error line is printed).
 *
 * The signal handlers are installed only while a document is open, so that other commands keep
 * the default behaviour (immediate termination). Handlers run between computing steps: long
 * computations behind an open document yield to the event loop regularly.
 */
import type { StreamedDocument } from '../render/index.js';

const open = new Set<StreamedDocument>();

const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
type Signal = keyof typeof SIGNAL_EXIT;

function onSignal(signal: Signal): void {
  abortOpenDocuments(`interrupted by ${signal}`, true);
  // a progress bar may be on the terminal's last line, with the cursor hidden
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K\x1b[?25h');
  process.stderr.write(`gfd: interrupted by ${signal}\n`);
  // exit once what was written to stdout has been handed to the system
  process.stdout.write('', () => process.exit(SIGNAL_EXIT[signal]));
}

const handlers = { SIGINT: () => onSignal('SIGINT'), SIGTERM: () => onSignal('SIGTERM') };

/** Registers a document that is being streamed; returns it. */
export function openDocument<T extends StreamedDocument>(doc: T): T {
  if (open.size === 0) for (const s of Object.keys(handlers) as Signal[]) process.on(s, handlers[s]);
  open.add(doc);
  return doc;
}

/** Unregisters a document whose end has been written. */
export function closeDocument(doc: StreamedDocument): void {
  open.delete(doc);
  if (open.size === 0) for (const s of Object.keys(handlers) as Signal[]) process.off(s, handlers[s]);
}

/**
 * Closes every open document early with `reason`. A document of which nothing has been written
 * stays empty, unless `always` (an interrupt: the output then still holds a valid document).
 */
export function abortOpenDocuments(reason: string, always = false): void {
  for (const doc of [...open]) {
    if (!doc.closed && (doc.started || always)) doc.abort(reason);
    closeDocument(doc);
  }
}
