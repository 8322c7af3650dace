/**
 * Text syntax for diagrams.
 *
 * A diagram is written as a list of items separated by whitespace and/or commas:
 *
 * ```text
 * diagram  := "empty" | item (sep item)*
 * sep      := one or more of: whitespace, ","
 * item     := edge | node
 * node     := kind name                      an isolated node (or a node named again)
 * edge     := node "-" node [":" colour] ["*" count]
 *                                            one endpoint an H-node, the other a p-node,
 *                                            in either order
 * kind     := "h" | "H"                      H-node (hidden index k)
 *           | "p" | "P"                      p-node (input index i)
 * name     := digits | letter (letter | digit | "_")*     letter includes "_"
 * colour   := integer 1..256                 1-based, as in the paper; default 1
 * count    := integer 1..100000              number of parallel copies; default 1
 * ```
 *
 * A diagram has at most 256 nodes and 256 edges in all (see `limits.ts`).
 *
 * - Node names are labels only: `h1`, `hk`, `H_1`… Within each kind, nodes are numbered
 *   0, 1, 2, … in order of first appearance, reading items left to right. The kind letter is
 *   case-insensitive (`H1` and `h1` are the same node); the name is case-sensitive.
 *   H-nodes and p-nodes live in separate name spaces (`h1-p1` joins two distinct nodes).
 * - `h1-p2:3` is one edge of colour 3 between H-node `1` and p-node `2`; `p2-h1:3` is the same
 *   edge. `h1-p1:2*3` is three parallel colour-2 edges. Edges keep the order in which they are
 *   written (copies of a `*count` item are consecutive).
 * - A lone `h<name>` or `p<name>` declares a node; it is isolated unless an edge names it too.
 * - The literal `empty` (alone) is the empty diagram, with no nodes and polynomial 1; an input
 *   with no items is an error.
 * - Input whose first non-blank character is `{` is read as JSON instead (see `json.ts`).
 *
 * {@link formatDiagram} writes nodes as `h1, h2, …` and `p1, p2, …` (index + 1), merges runs of
 * identical consecutive edges into `*count`, omits colour 1 and count 1, and declares lone nodes
 * only where needed to keep the numbering: isolated nodes after the edges, or, when the edges
 * name the nodes of a kind out of index order, all nodes of that kind before the edges. Thus
 * `parseDiagram(formatDiagram(d))` equals `d` exactly, edge order included.
 *
 * @example
 * ```ts
 * parseDiagram('h1-p1 h2-p1 h1-p2 h2-p2');     // D_4 in SYM
 * parseDiagram('h1-p1:1, h1-p1:2, h1-p1:3');  // R_3 for the identity target in ASYM
 * parseDiagram('hk-pi:1*2 pj');               // double edge plus an isolated p-node
 * formatDiagram(parseDiagram('hk-pi:1*2 pj')); // 'h1-p1*2 p2'
 * ```
 */
import { InputError } from '../errors.js';
import { EDGE_STRIDE, freezeDiagram, makeDiagram, type Diagram } from './diagram.js';
import { diagramFromJSON, MAX_COLOUR } from './json.js';
import { checkDiagramSize } from './limits.js';

/** Largest multiplicity accepted in `edge*count`. */
export const MAX_MULTIPLICITY = 100_000;

const NAME = /^(?:[0-9]+|[A-Za-z_][A-Za-z0-9_]*)$/;

type Kind = 'H' | 'p';

interface Endpoint {
  readonly kind: Kind;
  readonly name: string;
}

/**
 * Parse a diagram from its text form (or from JSON when the text starts with `{`).
 * Throws {@link InputError} naming the offending token.
 *
 * @example
 * ```ts
 * const d = parseDiagram('h1-p1 h2-p1 h1-p2:2 h2-p2:2');  // D_4 in ASYM
 * d.nH; // 2
 * d.nP; // 2
 * ```
 */
export function parseDiagram(text: string): Diagram {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (e) {
      throw new InputError(`diagram: bad JSON (${(e as Error).message})`);
    }
    return diagramFromJSON(value);
  }
  const tokens = trimmed.split(/[\s,]+/).filter((t) => t !== '');
  if (tokens.length === 0) throw new InputError('diagram: empty input (write "empty" for the empty diagram)');
  if (tokens.some((t) => t.toLowerCase() === 'empty')) {
    if (tokens.length > 1) throw new InputError('diagram: bad token "empty" (it must stand alone)');
    return freezeDiagram(0, 0, new Int32Array(0));
  }

  const index: Record<Kind, Map<string, number>> = { H: new Map(), p: new Map() };
  const number = (e: Endpoint): number => {
    const names = index[e.kind];
    let i = names.get(e.name);
    if (i === undefined) {
      i = names.size;
      names.set(e.name, i);
    }
    return i;
  };
  const flat: number[] = [];
  for (const token of tokens) {
    const item = parseItem(token);
    if (item.type === 'node') {
      number(item.node);
      continue;
    }
    const [a, b] = item.ends;
    const h = number(a.kind === 'H' ? a : b);
    const p = number(a.kind === 'p' ? a : b);
    checkDiagramSize(index.H.size + index.p.size, flat.length / 3 + item.count);
    for (let r = 0; r < item.count; r++) flat.push(h, p, item.colour - 1);
  }
  checkDiagramSize(index.H.size + index.p.size, flat.length / 3);
  return freezeDiagram(index.H.size, index.p.size, Int32Array.from(flat));
}

type Item =
  | { type: 'node'; node: Endpoint }
  | { type: 'edge'; ends: [Endpoint, Endpoint]; colour: number; count: number };

function bad(token: string, why: string): never {
  throw new InputError(`diagram: bad token "${token}" (${why})`);
}

function parseItem(token: string): Item {
  // Split off "*count", then ":colour", then the "-" between the endpoints.
  let rest = token;
  let count = 1;
  const star = rest.indexOf('*');
  if (star >= 0) {
    count = parseCount(token, rest.slice(star + 1), 'multiplicity after "*"', MAX_MULTIPLICITY);
    rest = rest.slice(0, star);
  }
  let colour = 1;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    colour = parseCount(token, rest.slice(colon + 1), 'colour after ":"', MAX_COLOUR);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('-');
  if (parts.length === 1) {
    if (star >= 0 || colon >= 0) bad(token, 'a colour or multiplicity needs an edge such as h1-p1');
    return { type: 'node', node: parseEndpoint(token, rest) };
  }
  if (parts.length > 2) bad(token, 'an edge has exactly one "-"');
  const a = parseEndpoint(token, parts[0]!);
  const b = parseEndpoint(token, parts[1]!);
  if (a.kind === b.kind) bad(token, `an edge joins an H-node to a p-node, not two ${a.kind}-nodes`);
  return { type: 'edge', ends: [a, b], colour, count };
}

function parseEndpoint(token: string, text: string): Endpoint {
  if (text === '') bad(token, 'missing node');
  const letter = text[0]!;
  const kind: Kind | undefined = letter === 'h' || letter === 'H' ? 'H' : letter === 'p' || letter === 'P' ? 'p' : undefined;
  if (kind === undefined) bad(token, `"${text}" is not a node: expected h<name> or p<name>`);
  const name = text.slice(1);
  if (name === '') bad(token, `node "${text}" has no name`);
  if (!NAME.test(name)) {
    if (/^[0-9]+[hHpP]/.test(name)) bad(token, 'missing "-" between the two endpoints of an edge?');
    bad(token, `node name "${name}" must be digits, or a letter or "_" followed by letters, digits or "_"`);
  }
  return { kind, name };
}

function parseCount(token: string, text: string, what: string, max: number): number {
  if (!/^[0-9]+$/.test(text)) bad(token, text === '' ? `missing ${what}` : `${what} must be a positive integer, got "${text}"`);
  const n = Number(text);
  if (n < 1 || n > max) bad(token, `${what} must be in 1..${max}, got ${text}`);
  return n;
}

/**
 * Text form of a diagram; {@link parseDiagram} reads it back to an identical diagram.
 *
 * @example
 * ```ts
 * formatDiagram(makeDiagram(1, 1, [[0, 0, 0], [0, 0, 1], [0, 0, 2]])); // 'h1-p1 h1-p1:2 h1-p1:3'
 * formatDiagram(makeDiagram(1, 1, [[0, 0, 0], [0, 0, 0]]));            // 'h1-p1*2'
 * formatDiagram(makeDiagram(0, 0, []));                                // 'empty'
 * ```
 */
export function formatDiagram(d: Diagram): string {
  // Re-validate: a hand-built object may bypass makeDiagram.
  makeDiagram(d.nH, d.nP, edgeTriples(d));
  if (d.nH === 0 && d.nP === 0) return 'empty';
  const items: string[] = [];
  const inOrderH = firstAppearances(d, 0, d.nH);
  const inOrderP = firstAppearances(d, 1, d.nP);
  // Nodes out of first-appearance order: declare all of that kind up front.
  if (inOrderH < 0) for (let h = 0; h < d.nH; h++) items.push(`h${h + 1}`);
  if (inOrderP < 0) for (let p = 0; p < d.nP; p++) items.push(`p${p + 1}`);
  const e = d.edges;
  for (let i = 0; i < e.length; ) {
    let j = i + EDGE_STRIDE;
    while (j < e.length && e[j] === e[i] && e[j + 1] === e[i + 1] && e[j + 2] === e[i + 2]) j += EDGE_STRIDE;
    const colour = e[i + 2]! + 1;
    const count = (j - i) / EDGE_STRIDE;
    items.push(`h${e[i]! + 1}-p${e[i + 1]! + 1}${colour === 1 ? '' : `:${colour}`}${count === 1 ? '' : `*${count}`}`);
    i = j;
  }
  // Otherwise only the nodes that no edge names (the last ones) are declared, after the edges.
  if (inOrderH >= 0) for (let h = inOrderH; h < d.nH; h++) items.push(`h${h + 1}`);
  if (inOrderP >= 0) for (let p = inOrderP; p < d.nP; p++) items.push(`p${p + 1}`);
  return items.join(' ');
}

/**
 * For the nodes at `offset` (0: H, 1: p): if their first appearances in the edge list are
 * 0, 1, …, k−1 and no node ≥ k appears, return k; otherwise −1.
 */
function firstAppearances(d: Diagram, offset: number, n: number): number {
  let next = 0;
  for (let e = offset; e < d.edges.length; e += EDGE_STRIDE) {
    const v = d.edges[e]!;
    if (v === next) next++;
    else if (v > next) return -1;
  }
  return next <= n ? next : -1;
}

function* edgeTriples(d: Diagram): Generator<[number, number, number]> {
  for (let e = 0; e < d.edges.length; e += EDGE_STRIDE) yield [d.edges[e]!, d.edges[e + 1]!, d.edges[e + 2]!];
}
