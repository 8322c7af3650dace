/**
 * A document written piece by piece to stdout that can be closed early: on an interrupt or an
 * error mid-run it still ends as valid output. JSON documents then end with a top-level
 * `"complete":false` and `"reason":"…"` (absent from complete documents, so that these are
 * unchanged); LaTeX closes its open environment; text simply stops.
 */

export interface StreamedDocument {
  /** whether anything has been written yet */
  readonly started: boolean;
  /** whether the document has been closed (normally or early) */
  readonly closed: boolean;
  /** closes the document after an early stop; `reason` is one line of plain text */
  abort(reason: string): void;
}

/** The tail `,"complete":false,"reason":"…"` of an early-closed JSON object. */
export function incompleteJson(reason: string): string {
  return `,"complete":false,"reason":${JSON.stringify(reason)}`;
}

/** A streamed JSON object whose last key holds an array, written item by item. */
export interface JsonArrayDocument extends StreamedDocument {
  /** writes one array item (a JSON text) */
  item(json: string): void;
  /** closes the complete document */
  end(): void;
}

/**
 * `opening` up to and including the `[` of the array (e.g. `{"experiments":[`), written with the
 * first item (or at the end); items one per line; the end `\n]}` or, early, `\n],"complete":false,…}`.
 */
export function jsonArrayDocument(opening: string, write: (text: string) => void): JsonArrayDocument {
  let started = false;
  let closed = false;
  let count = 0;
  const open = (): void => {
    if (!started) write(opening);
    started = true;
  };
  const close = (tail: string): void => {
    open();
    closed = true;
    write(`\n]${tail}}\n`);
  };
  return {
    get started() {
      return started;
    },
    get closed() {
      return closed;
    },
    item(json: string): void {
      open();
      write(`${count++ ? ',' : ''}\n${json}`);
    },
    end: () => close(''),
    abort: (reason: string) => close(incompleteJson(reason)),
  };
}
