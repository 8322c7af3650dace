/**
 * The checkpoint file formats (version 1, docs/scale-out.md): a class table C_s (one JSON header
 * line, then one line `class<TAB>n` per canonical class, sorted) and a series term Y_s (one JSON
 * line). A class is written `nH.nP:e1,e2,…`, the packed edges (h·nP + p)·256 + colour of its
 * canonical diagram, so that a file can be read back without the canonical-form code that wrote it.
 */
import type { CanonicalForm } from '../canon/index.js';
import { EDGE_STRIDE, makeDiagram, MAX_NODE_PAIRS, packEdge, type Diagram } from '../diagram/index.js';
import type { Model } from '../model/index.js';
import { Poly, Rational } from '../rational/index.js';
import { InputError } from '../errors.js';

/** Version written into, and required of, every checkpoint file. */
export const CHECKPOINT_VERSION = 1;

/** What a checkpoint belongs to: the model and the observable (not the order). */
export interface CheckpointIdentity {
  readonly model: { readonly nu: number; readonly scenario: string; readonly target: string };
  readonly observable: string;
}

export function checkpointIdentity(model: Model, observable: string): CheckpointIdentity {
  return { model: { nu: model.nu, scenario: model.scenario, target: model.target.name }, observable };
}

export function sameIdentity(a: CheckpointIdentity, b: CheckpointIdentity): boolean {
  return a.model.nu === b.model.nu && a.model.scenario === b.model.scenario && a.model.target === b.model.target && a.observable === b.observable;
}

/** `ASYM nu=3 target {1}{2}{3}, observable loss` */
export function describeIdentity(id: CheckpointIdentity): string {
  return `${id.model.scenario.toUpperCase()} nu=${id.model.nu} target ${id.model.target}, observable ${id.observable}`;
}

/** Where a class table comes from: a level of the series, or one partition of one map shard. */
export interface ClassTableHeader extends CheckpointIdentity {
  readonly format: 'gfd-classes';
  readonly version: number;
  readonly s: number;
  /** the common rational factor: coefficient of a class = factor · n */
  readonly factor: string;
  readonly classes: number;
  readonly shard?: { readonly index: number; readonly count: number; readonly partition: number };
}

/** A finished coefficient Y_s, or the part of it computed from one key partition. */
export interface TermFile extends CheckpointIdentity {
  readonly format: 'gfd-term';
  readonly version: number;
  readonly s: number;
  readonly classes: number;
  readonly partition?: { readonly index: number; readonly count: number };
  readonly terms: readonly { coeff: string; p: number; H: number; sigma2: number }[];
}

/** The text of a class: its canonical diagram's node counts and packed edges. */
export function encodeClass(form: CanonicalForm): string {
  const d = form.diagram;
  const codes: number[] = [];
  for (let e = 0; e < d.edges.length; e += EDGE_STRIDE) codes.push(packEdge(d.edges[e]!, d.edges[e + 1]!, d.edges[e + 2]!, d.nP));
  return `${d.nH}.${d.nP}:${codes.join(',')}`;
}

const CLASS = /^(\d{1,9})\.(\d{1,9}):((?:\d{1,10}(?:,\d{1,10})*)?)$/;

/** The largest class a level can hold: nodes and edges, and the number of edge colours. */
export interface ClassSizeLimit {
  readonly nodes: number;
  readonly edges: number;
  readonly colours: number;
}

/**
 * The diagram written by {@link encodeClass}; a malformed text, or a class larger than `limit`,
 * throws InputError. Without `limit` only what a packed edge can address is accepted.
 */
export function decodeClass(text: string, limit?: ClassSizeLimit): Diagram {
  const m = CLASS.exec(text);
  const bad = (why: string): never => {
    throw new InputError(`malformed class "${text.slice(0, 40)}" (${why})`);
  };
  if (!m) bad('expected nH.nP:edge,edge,…');
  const nH = Number(m![1]);
  const nP = Number(m![2]);
  const codes = m![3] === '' ? [] : m![3]!.split(',').map(Number);
  if (nP === 0 && codes.length > 0) bad('edges without p-nodes');
  if (nH * nP > MAX_NODE_PAIRS) bad(`${nH} × ${nP} nodes`);
  if (limit && nH + nP > limit.nodes) bad(`${nH + nP} nodes, at most ${limit.nodes} at this level`);
  if (limit && codes.length > limit.edges) bad(`${codes.length} edges, at most ${limit.edges} at this level`);
  const edges = codes.map((code): [number, number, number] => {
    const hp = Math.floor(code / 256);
    const colour = code % 256;
    if (hp >= nH * nP) bad(`edge ${code} outside the ${nH} × ${nP} nodes`);
    if (limit && colour >= limit.colours) bad(`edge colour ${colour + 1} outside 1..${limit.colours}`);
    return [Math.floor(hp / nP), hp % nP, colour];
  });
  return makeDiagram(nH, nP, edges);
}

/** One class line of a table. */
export interface ClassLine {
  readonly text: string;
  readonly coeff: bigint;
}

/** Header line plus sorted class lines (the lines must already be sorted, see {@link sortLines}). */
export function* classTableChunks(header: ClassTableHeader, lines: readonly ClassLine[]): Generator<string> {
  yield `${JSON.stringify(header)}\n`;
  const CHUNK = 4096;
  for (let i = 0; i < lines.length; i += CHUNK) {
    let out = '';
    for (const l of lines.slice(i, i + CHUNK)) out += `${l.text}\t${l.coeff}\n`;
    yield out;
  }
}

/** The deterministic order of the lines of a table: by class text. */
export function sortLines(lines: ClassLine[]): ClassLine[] {
  return lines.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

/** Parses a class table; `where` names the file in error messages. */
export function parseClassTable(text: string, where: string): { header: ClassTableHeader; lines: ClassLine[] } {
  const fail = (msg: string): never => {
    throw new InputError(`${where}: ${msg}`);
  };
  const nl = text.indexOf('\n');
  if (nl < 0) fail('not a class table (no header line)');
  const header = parseHeader(text.slice(0, nl), where) as unknown as ClassTableHeader;
  if (header.format !== 'gfd-classes') fail(`not a class table (format "${String(header.format)}")`);
  checkVersion(header.version, where);
  const lines: ClassLine[] = [];
  let at = nl + 1;
  let row = 2;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    const tab = line.indexOf('\t');
    const coeff = line.slice(tab + 1);
    if (tab < 0 || !/^-?\d+$/.test(coeff) || coeff === '0' || coeff === '-0') fail(`line ${row}: expected "class<TAB>nonzero integer"`);
    lines.push({ text: line.slice(0, tab), coeff: BigInt(coeff) });
    at = end + 1;
    row++;
  }
  if (lines.length !== header.classes) fail(`truncated: header says ${header.classes} classes, found ${lines.length}`);
  try {
    Rational.parse(header.factor);
  } catch {
    fail(`bad factor "${String(header.factor)}"`);
  }
  return { header, lines };
}

/** One JSON line for a term file. */
export function termFileText(id: CheckpointIdentity, s: number, classes: number, poly: Poly, partition?: TermFile['partition']): string {
  const file: TermFile = {
    format: 'gfd-term',
    version: CHECKPOINT_VERSION,
    model: id.model,
    observable: id.observable,
    s,
    classes,
    ...(partition ? { partition } : {}),
    terms: poly.toJSON(),
  };
  return `${JSON.stringify(file)}\n`;
}

/** Parses a term file into its header and polynomial. */
export function parseTermFile(text: string, where: string): { file: TermFile; poly: Poly } {
  const file = parseHeader(text.trim(), where) as unknown as TermFile;
  if (file.format !== 'gfd-term') throw new InputError(`${where}: not a term file (format "${String(file.format)}")`);
  checkVersion(file.version, where);
  try {
    return { file, poly: Poly.fromTerms(file.terms) };
  } catch {
    throw new InputError(`${where}: malformed polynomial`);
  }
}

function parseHeader(line: string, where: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    throw new InputError(`${where}: not a checkpoint file (bad JSON header)`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new InputError(`${where}: not a checkpoint file`);
  const h = v as Record<string, unknown>;
  const model = h.model as Record<string, unknown> | undefined;
  const wellFormed =
    typeof model === 'object' &&
    model !== null &&
    Number.isInteger(model.nu) &&
    typeof model.scenario === 'string' &&
    typeof model.target === 'string' &&
    typeof h.observable === 'string' &&
    Number.isInteger(h.s) &&
    Number.isInteger(h.classes) &&
    (h.format !== 'gfd-classes' || typeof h.factor === 'string') &&
    (h.format !== 'gfd-term' || Array.isArray(h.terms));
  if (!wellFormed) throw new InputError(`${where}: not a checkpoint file (header fields missing)`);
  return h;
}

function checkVersion(version: unknown, where: string): void {
  if (version !== CHECKPOINT_VERSION) throw new InputError(`${where}: format version ${String(version)} is not supported (expected ${CHECKPOINT_VERSION})`);
}
