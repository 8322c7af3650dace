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
