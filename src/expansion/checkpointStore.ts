/**
 * A checkpoint directory (docs/scale-out.md): `checkpoint.json` names the model and observable;
 * `level-SSSS.classes` holds the class table of C_s and `level-SSSS.term.json` the finished Y_s.
 * Every file is written to a temporary name and renamed, so a killed process leaves either the
 * whole file or none; a level counts as finished once its term file exists.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalForm } from '../canon/index.js';
import { DiagramSum, type IntTerm } from '../merge/index.js';
import { Rational, type Poly } from '../rational/index.js';
import { InputError } from '../errors.js';
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
} from './checkpointFormat.js';

const MANIFEST = 'checkpoint.json';

/** Writes `chunks` to `path` atomically (temporary file, fsync, rename). */
export function writeAtomic(path: string, chunks: Iterable<string>): void {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  try {
    for (const c of chunks) writeSync(fd, c);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** Reads a file of a checkpoint, turning a missing or unreadable file into an InputError. */
export function readCheckpointFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(`checkpoint: cannot read ${what} ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** The class lines of a sum, sorted. */
export function classLines(sum: DiagramSum): ClassLine[] {
  const lines: ClassLine[] = [];
  for (const t of sum.unorderedIntTerms()) lines.push({ text: encodeClass(t.form), coeff: t.coeff });
  return sortLines(lines);
}

/** A class table read back as a sum (classes canonicalised again), in file order. */
export function sumFromLines(lines: readonly ClassLine[], factor: string, where: string): DiagramSum {
  const terms: IntTerm[] = lines.map((l, i) => {
    try {
      return { form: canonicalForm(decodeClass(l.text)), coeff: l.coeff };
    } catch (err) {
      // a malformed class is bad input; any other error is a fault of the engine and stays one
      if (!(err instanceof InputError)) throw err;
      throw new InputError(`${where}: line ${i + 2}: ${err.message}`);
    }
  });
  return DiagramSum.fromIntTerms(terms, Rational.parse(factor));
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
    while (existsSync(this.termPath(s + 1))) s++;
    while (s >= 0 && !existsSync(this.levelPath(s))) s--;
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

  /** C_s as a sum. */
  readLevel(s: number): DiagramSum {
    const { header, lines } = this.readLevelLines(s);
    return sumFromLines(lines, header.factor, this.levelPath(s));
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
