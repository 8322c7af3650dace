/**
 * The documents a command is streaming to stdout, and the interrupt behaviour shared by all
 * commands that compute cooperatively. A command registers each document it opens
 * ({@link openDocument}) and unregisters it when it has written the end ({@link closeDocument});
 * a command that writes one document at the end registers what it has finished so far
 * ({@link interruptible}). While either is registered, SIGINT and SIGTERM close the open documents
 * early (`"complete": false`) or print the finished part, print one line on stderr and exit with
 * 130 or 143 (128 + signal number); nothing is written to stdout after that. An error that ends
 * the command closes open documents the same way ({@link abortOpenDocuments}, called by main.ts
 * before the error line is printed).
 *
 * The signal handlers are installed only while something is registered, so that commands that
 * compute in one short synchronous step (curve, diagram) keep the default behaviour (immediate
 * termination). Handlers run between computing steps: the computations behind a registered
 * command yield to the event loop regularly.
 */
import type { StreamedDocument } from '../render/index.js';

const open = new Set<StreamedDocument>();
const partials = new Set<(reason: string) => string | null>();
let interrupted = false;

const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
type Signal = keyof typeof SIGNAL_EXIT;

function onSignal(signal: Signal): void {
  if (interrupted) return;
  const reason = `interrupted by ${signal}`;
  abortOpenDocuments(reason, true);
  for (const partial of partials) {
    const text = partial(reason);
    if (text !== null) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }
  partials.clear();
  interrupted = true; // from now on nothing more reaches stdout (stdoutWriter)
  // a progress bar may be on the terminal's last line, with the cursor hidden
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K\x1b[?25h');
  process.stderr.write(`gfd: ${reason}\n`);
  // exit as soon as what was written to stdout has been handed to the system
  const exit = () => process.exit(SIGNAL_EXIT[signal]);
  if (process.stdout.writableLength === 0) exit();
  else process.stdout.once('drain', exit);
}

const handlers = { SIGINT: () => onSignal('SIGINT'), SIGTERM: () => onSignal('SIGTERM') };

function registered(): number {
  return open.size + partials.size;
}

function install(): void {
  if (registered() === 0) for (const s of Object.keys(handlers) as Signal[]) process.on(s, handlers[s]);
}

function uninstall(): void {
  if (registered() === 0) for (const s of Object.keys(handlers) as Signal[]) process.off(s, handlers[s]);
}

/** The writer streamed documents use: stdout, and nothing more once the run was interrupted. */
export function stdoutWriter(): (text: string) => void {
  return (text) => {
    if (!interrupted) process.stdout.write(text);
  };
}

/**
 * For a command that writes its document at the end: until the returned function is called, an
 * interrupt prints `partial(reason)` on stdout (or nothing when it returns null), then the `gfd:`
 * line, and exits with 130 or 143.
 */
export function interruptible(partial: (reason: string) => string | null): () => void {
  install();
  partials.add(partial);
  return () => {
    partials.delete(partial);
    uninstall();
  };
}

/** Registers a document that is being streamed; returns it. */
export function openDocument<T extends StreamedDocument>(doc: T): T {
  install();
  open.add(doc);
  return doc;
}

/** Unregisters a document whose end has been written. */
export function closeDocument(doc: StreamedDocument): void {
  if (!open.delete(doc)) return;
  uninstall();
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
