/**
 * Packed edges: one non-negative int32 per edge (h, p, colour), (h·nP + p)·256 + colour, whose
 * numeric order is the lexicographic order of the triple. The one encoder/decoder used by the
 * canonical-form search, its naive reference and the edge orbits of merge.
 */
import { InputError } from '../errors.js';

/** Colours are 0..COLOUR_COUNT−1 (one byte of a packed edge). */
export const COLOUR_COUNT = 256;

/** Node pairs h·nP + p must stay below this so that a packed edge fits a non-negative int32. */
export const MAX_NODE_PAIRS = 2 ** 23;

/**
 * Packed edge: (h·nP + p)·256 + colour, a non-negative int32 whose numeric order is the
 * lexicographic order of (h, p, colour). Valid when {@link checkPackable} accepts (nH, nP).
 */
export function packEdge(h: number, p: number, colour: number, nP: number): number {
  return ((h * nP + p) << 8) | colour;
}

/** H-endpoint of a packed edge. */
export function packedH(code: number, nP: number): number {
  return Math.floor((code >>> 8) / nP);
}

/** p-endpoint of a packed edge. */
export function packedP(code: number, nP: number): number {
  return (code >>> 8) % nP;
}

/** Colour of a packed edge. */
export function packedColour(code: number): number {
  return code & 255;
}

/** Write the triple [h, p, colour] of a packed edge at `out[at..at+3)`. */
export function unpackEdge(code: number, nP: number, out: Int32Array, at: number): void {
  const hp = code >>> 8;
  out[at] = Math.floor(hp / nP);
  out[at + 1] = hp % nP;
  out[at + 2] = code & 255;
}

/** Refuse diagrams whose edges cannot be packed (nH·nP ≥ 2²³ node pairs). */
export function checkPackable(nH: number, nP: number): void {
  if (nH * nP > MAX_NODE_PAIRS) {
    throw new InputError(`diagram: ${nH} H-nodes × ${nP} p-nodes exceed the ${MAX_NODE_PAIRS} node pairs a packed edge can address`);
  }
}
