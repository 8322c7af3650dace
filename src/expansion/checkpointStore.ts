/**
 * A checkpoint directory (docs/scale-out.md): `checkpoint.json` names the model and observable;
 * `level-SSSS.classes` holds the class table of C_s and `level-SSSS.term.json` the finished Y_s.
 * Every file is written to a temporary name and renamed, so a killed process leaves either the
 * whole file or none; then its checksum file `<file>.sha256` (SHA-256 and size) is written the
 * same way, last. A file counts as written once its checksum file exists, and every file is
 * verified against it when it is read: a damaged or edited file is refused with one line naming
 * it, never used.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalForm } from '../canon/index.js';
import { edgeCount, type Diagram } from '../diagram/index.js';
import type { Model } from '../model/index.js';
import { DiagramSum, type IntTerm } from '../merge/index.js';
import { Rational, type Poly } from '../rational/index.js';
import { InputError } from '../errors.js';
import { lossDiagrams } from './lossDiagrams.js';
import {
  CHECKPOINT_VERSION,
  classTableChunks,
  decodeClass,
  describeIdentity,
  encodeClass,
  parseClassTable,
  parseTermFile,
  sameIdentity,
  sortLines,
  termFileText,
  type CheckpointIdentity,
  type ClassLine,
  type ClassTableHeader,
  type ClassSizeLimit,
} from './checkpointFormat.js';

const MANIFEST = 'checkpoint.json';

/** The checksum file of a checkpoint file. */
export const checksumPath = (path: string) => `${path}.sha256`;

/** Writes `chunks` to `path` atomically (temporary file, fsync, rename). */
function writeFileAtomic(path: string, chunks: Iterable<string>): { sha256: string; size: number } {
  const tmp = `${path}.tmp-${process.pid}`;
  const hash = createHash('sha256');
  let size = 0;
  const fd = openSync(tmp, 'w');
  try {
    for (const c of chunks) {
      const b = Buffer.from(c, 'utf8');
      hash.update(b);
      size += b.length;
      writeSync(fd, b);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  return { sha256: hash.digest('hex'), size };
}

/** Writes `chunks` to `path` atomically, then its checksum file (`<path>.sha256`), last. */
export function writeAtomic(path: string, chunks: Iterable<string>): void {
  const { sha256, size } = writeFileAtomic(path, chunks);
  writeFileAtomic(checksumPath(path), [`${sha256}  ${size}\n`]);
}

/** A file counts as written once its checksum file exists (the checksum is written last). */
export function isWritten(path: string): boolean {
  return existsSync(checksumPath(path)) && existsSync(path);
}

/**
 * Reads a file of a checkpoint and verifies it against its checksum file; a missing, unreadable,
 * damaged or edited file is refused (InputError naming the file).
 */
export function readCheckpointFile(path: string, what: string): string {
  let body: Buffer;
  let sum: string;
  try {
    body = readFileSync(path);
  } catch (err) {
    throw new InputError(`checkpoint: cannot read ${what} ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    sum = readFileSync(checksumPath(path), 'latin1');
  } catch {
    throw new InputError(`checkpoint: ${what} ${path} has no checksum file ${checksumPath(path)} (damaged, or written by an older version)`);
  }
  const m = /^([0-9a-f]{64}) {2}(\d{1,15})\n$/.exec(sum);
  if (!m) throw new InputError(`checkpoint: ${checksumPath(path)} is damaged (expected "<sha256>  <size>")`);
  if (Number(m[2]) !== body.length || createHash('sha256').update(body).digest('hex') !== m[1]) {
    throw new InputError(`checkpoint: ${what} ${path} does not match its checksum (damaged or edited); remove it to have it computed again`);
  }
  const text = body.toString('utf8');
  if (text.includes('\uFFFD')) throw new InputError(`checkpoint: ${what} ${path} is not valid UTF-8`);
  return text;
}

/**
 * Verifies every written file of a checkpoint directory (and of its `shards/`), so that a run
 * resumed or reduced from it never uses a damaged file, even one it would not read.
 */
export function verifyCheckpointFiles(dir: string): void {
  for (const sub of [dir, join(dir, 'shards')]) {
    let names: string[];
    try {
      names = readdirSync(sub);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      if (!name.endsWith('.sha256')) continue;
      const path = join(sub, name.slice(0, -'.sha256'.length));
      if (!/^(checkpoint\.json|plan\.json|level-\d{4}\.(classes|term\.json)|map-\d{4}-of-\d{4}\.part-\d{4}\.classes|partial-\d{4}-of-\d{4}\.term\.json)$/.test(name.slice(0, -'.sha256'.length))) continue;
      if (existsSync(path)) readCheckpointFile(path, 'file'); // a removed file counts as not written
    }
  }
}

/** The class lines of a sum, sorted. */
export function classLines(sum: DiagramSum): ClassLine[] {
  const lines: ClassLine[] = [];
  for (const t of sum.unorderedIntTerms()) lines.push({ text: encodeClass(t.form), coeff: t.coeff });
  return sortLines(lines);
}

/** A class table read back as a sum (classes canonicalised again), in file order. */
export function sumFromLines(lines: readonly ClassLine[], factor: string, where: string, limit?: ClassSizeLimit): DiagramSum {
  const terms: IntTerm[] = lines.map((l, i) => {
    try {
      return { form: canonicalForm(decodeClass(l.text, limit)), coeff: l.coeff };
    } catch (err) {
      // a malformed class is bad input; any other error is a fault of the engine and stays one
      if (!(err instanceof InputError)) throw err;
      throw new InputError(`checkpoint: ${where}: line ${i + 2}: ${err.message}`);
    }
  });
  return DiagramSum.fromIntTerms(terms, Rational.parse(factor));
}

/**
 * The largest class C_s can hold: merging with L joins a class of C_{s−1} and a diagram of L, so
 * nodes and edges grow at most by L's largest per level, from C_0 = L or the observable G.
 */
export function classSizeLimit(model: Model, observable: Diagram | null, s: number): ClassSizeLimit {
  let nL = 0;
  let eL = 0;
  for (const t of lossDiagrams(model).sum.unorderedIntTerms()) {
    nL = Math.max(nL, t.form.diagram.nH + t.form.diagram.nP);
    eL = Math.max(eL, edgeCount(t.form.diagram));
  }
  const n0 = observable ? observable.nH + observable.nP : nL;
  const e0 = observable ? edgeCount(observable) : eL;
  return { nodes: n0 + s * nL, edges: e0 + s * eL, colours: model.scenario === 'sym' ? 1 : model.nu };
}

const pad = (n: number) => String(n).padStart(4, '0');

export class CheckpointStore {
  private constructor(
    readonly dir: string,
    readonly identity: CheckpointIdentity,
  ) {}

  /**
   * Opens (or starts) the checkpoint in `dir` for `identity`. A directory that is missing, not a
   * directory, or holds a checkpoint of another model or observable is refused (InputError).
   */
  static open(dir: string, identity: CheckpointIdentity, create = true): CheckpointStore {
    let isDir = false;
    try {
      isDir = statSync(dir).isDirectory();
    } catch {
      if (!create) throw new InputError(`checkpoint: directory ${dir} does not exist`);
      try {
        mkdirSync(dir);
        isDir = true;
      } catch (err) {
        throw new InputError(`checkpoint: cannot create directory ${dir} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    }
    if (!isDir) throw new InputError(`checkpoint: ${dir} is not a directory`);
    const path = join(dir, MANIFEST);
    if (existsSync(path)) {
      verifyCheckpointFiles(dir);
      const found = CheckpointStore.readIdentity(dir);
      if (!sameIdentity(found, identity)) {
        throw new InputError(`checkpoint: ${dir} belongs to ${describeIdentity(found)}, not ${describeIdentity(identity)}`);
      }
    } else {
      if (!create) throw new InputError(`checkpoint: ${dir} holds no checkpoint (no ${MANIFEST})`);
      const manifest = { format: 'gfd-checkpoint', version: CHECKPOINT_VERSION, model: identity.model, observable: identity.observable };
      writeAtomic(path, [`${JSON.stringify(manifest)}\n`]);
    }
    return new CheckpointStore(dir, identity);
  }

  /** The identity recorded in `dir` (InputError if there is none). */
  static readIdentity(dir: string): CheckpointIdentity {
    const path = join(dir, MANIFEST);
    if (!existsSync(path)) throw new InputError(`checkpoint: ${dir} holds no checkpoint (no ${MANIFEST})`);
    let m: Record<string, unknown>;
    try {
      m = JSON.parse(readCheckpointFile(path, 'manifest')) as Record<string, unknown>;
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError(`checkpoint: ${path} is not a checkpoint manifest (bad JSON)`);
    }
    const model = m.model as CheckpointIdentity['model'] | undefined;
    if (m.format !== 'gfd-checkpoint' || typeof model !== 'object' || model === null || typeof m.observable !== 'string') {
      throw new InputError(`checkpoint: ${path} is not a checkpoint manifest`);
    }
    if (m.version !== CHECKPOINT_VERSION) throw new InputError(`checkpoint: ${path}: format version ${String(m.version)} is not supported (expected ${CHECKPOINT_VERSION})`);
    return { model: { nu: model.nu, scenario: model.scenario, target: model.target }, observable: m.observable };
  }

  levelPath(s: number): string {
    return join(this.dir, `level-${pad(s)}.classes`);
  }
  termPath(s: number): string {
    return join(this.dir, `level-${pad(s)}.term.json`);
  }

  /** The largest s with Y_0 … Y_s and the class table of C_s written (−1 if none). */
  finished(): number {
    let s = -1;
    while (isWritten(this.termPath(s + 1))) s++;
    while (s >= 0 && !isWritten(this.levelPath(s))) s--;
    return s;
  }

  writeLevel(s: number, sum: DiagramSum): void {
    const lines = classLines(sum);
    const header: ClassTableHeader = { format: 'gfd-classes', version: CHECKPOINT_VERSION, ...this.identity, s, factor: sum.factor.toString(), classes: lines.length };
    writeAtomic(this.levelPath(s), classTableChunks(header, lines));
  }

  writeTerm(s: number, classes: number, poly: Poly): void {
    writeAtomic(this.termPath(s), [termFileText(this.identity, s, classes, poly)]);
  }

  /** The class table of C_s as written (lines in file order). */
  readLevelLines(s: number): { header: ClassTableHeader; lines: ClassLine[] } {
    const path = this.levelPath(s);
    const table = parseClassTable(readCheckpointFile(path, 'class table'), path);
    this.check(table.header, s, path);
    return table;
  }

  /** C_s as a sum; `limit` bounds the size of every class (a larger one is refused). */
  readLevel(s: number, limit?: ClassSizeLimit): DiagramSum {
    const { header, lines } = this.readLevelLines(s);
    return sumFromLines(lines, header.factor, this.levelPath(s), limit);
  }

  /** Y_s and the number of classes of C_s. */
  readTerm(s: number): { poly: Poly; classes: number } {
    const path = this.termPath(s);
    const { file, poly } = parseTermFile(readCheckpointFile(path, 'term file'), path);
    this.check(file, s, path);
    return { poly, classes: file.classes };
  }

  private check(file: CheckpointIdentity & { s: number }, s: number, path: string): void {
    if (!sameIdentity(file, this.identity) || file.s !== s) throw new InputError(`checkpoint: ${path} does not belong to this checkpoint (level ${s} of ${describeIdentity(this.identity)})`);
  }
}
