/**
 * JSON form of a diagram:
 *
 * ```json
 * {"H": 2, "p": 2, "edges": [[0, 0, 1], [1, 0, 1], [0, 1, 2], [1, 1, 2]]}
 * ```
 *
 * - `H`, `p`: numbers of H-nodes and p-nodes (non-negative integers).
 * - `edges`: array of `[h, p, colour]` with **0-based** node indices `0 ≤ h < H`, `0 ≤ p < p`
 *   and a **1-based** colour `1..256` (the paper's colour m). Edge order is kept; repeated
 *   triples are parallel edges.
 * - No other keys are allowed (a misspelt key is reported rather than ignored).
 * - At most 256 nodes and 256 edges (see `limits.ts`).
 *
 * The example is D_4 in ASYM (ν = 2).
 */
import { InputError } from '../errors.js';
import { EDGE_STRIDE, makeDiagram, type Diagram } from './diagram.js';
import { checkDiagramSize } from './limits.js';

/** The JSON shape written by {@link diagramToJSON} and read by {@link diagramFromJSON}. */
export interface DiagramJSON {
  /** Number of H-nodes. */
  H: number;
  /** Number of p-nodes. */
  p: number;
  /** `[h, p, colour]`: 0-based node indices, 1-based colour. */
  edges: [number, number, number][];
}

/** Largest colour accepted (colours are stored 0-based in 0..255). */
export const MAX_COLOUR = 256;

const KEYS = new Set(['H', 'p', 'edges']);

function fail(why: string): never {
  throw new InputError(`diagram JSON: ${why}`);
}

/**
 * Plain JSON-ready object for a diagram (colours become 1-based).
 *
 * @example
 * ```ts
 * JSON.stringify(diagramToJSON(parseDiagram('h1-p1:1 h1-p1:2')));
 * // '{"H":1,"p":1,"edges":[[0,0,1],[0,0,2]]}'
 * ```
 */
export function diagramToJSON(d: Diagram): DiagramJSON {
  const edges: [number, number, number][] = [];
  for (let e = 0; e < d.edges.length; e += EDGE_STRIDE) edges.push([d.edges[e]!, d.edges[e + 1]!, d.edges[e + 2]! + 1]);
  return { H: d.nH, p: d.nP, edges };
}

/**
 * Read a diagram from a parsed JSON value (or a JSON string) of the shape {@link DiagramJSON}.
 * Throws {@link InputError} with a one-line message on any deviation.
 */
export function diagramFromJSON(value: unknown): Diagram {
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (e) {
      fail(`not valid JSON (${(e as Error).message})`);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(`expected an object {"H": …, "p": …, "edges": […]}, got ${describe(value)}`);
  }
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) if (!KEYS.has(key)) fail(`unknown key "${key}" (expected "H", "p", "edges")`);
  const count = (key: 'H' | 'p'): number => {
    const v = obj[key];
    if (v === undefined) fail(`missing key "${key}"`);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(`"${key}" must be a non-negative integer, got ${describe(v)}`);
    return v;
  };
  const nH = count('H');
  const nP = count('p');
  const raw = obj['edges'];
  if (raw === undefined) fail('missing key "edges"');
  if (!Array.isArray(raw)) fail(`"edges" must be an array, got ${describe(raw)}`);
  checkDiagramSize(nH + nP, raw.length);
  const edges: [number, number, number][] = raw.map((edge: unknown, r: number) => {
    if (!Array.isArray(edge) || edge.length !== 3 || !edge.every((x) => typeof x === 'number' && Number.isInteger(x))) {
      fail(`edges[${r}] must be [h, p, colour] of integers, got ${describe(edge)}`);
    }
    const [h, p, c] = edge as [number, number, number];
    if (h < 0 || h >= nH) fail(`edges[${r}]: H-node ${h} outside 0..${nH - 1}`);
    if (p < 0 || p >= nP) fail(`edges[${r}]: p-node ${p} outside 0..${nP - 1}`);
    if (c < 1 || c > MAX_COLOUR) fail(`edges[${r}]: colour ${c} outside 1..${MAX_COLOUR}`);
    return [h, p, c - 1];
  });
  return makeDiagram(nH, nP, edges);
}

function describe(v: unknown): string {
  const s = JSON.stringify(v);
  if (s === undefined) return String(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}
