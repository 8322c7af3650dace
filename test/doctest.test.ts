/**
 * Every TSDoc `@example` in src/ runs, one test each (named by file and symbol), and its
 * expected-value comments are asserted — the conventions are in test/doctestExtract.ts. Each
 * example runs with a fresh temporary directory as working directory, so one that writes files
 * leaves nothing behind.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extractExamples, folderIndex, instrument, tsFiles, type DocExample, type Expectation } from './doctestExtract.js';

/** An expectation as the instrumented example passes it: literals already evaluated. */
type Stated = Exclude<Expectation, { kind: 'equal' }> | { kind: 'equal'; value: unknown };

const ROOT = resolve(import.meta.dirname, '..');

/**
 * Examples known to fail, per file (path relative to the repository root), by documented symbol
 * (`symbol#2` for the second example of the same symbol), e.g.
 * `{ 'src/merge/diagramSum.ts': ['DiagramSum'] }`. They run as expected failures, so one that
 * starts passing must be taken off the list.
 */
const KNOWN_FAILING: Record<string, readonly string[]> = {};

const examples = tsFiles(join(ROOT, 'src')).flatMap((f) => extractExamples(ROOT, f));
const scratch = mkdtempSync(join(tmpdir(), 'gfd-doctest-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function check(actual: unknown, e: Stated, line: string): void {
  switch (e.kind) {
    case 'equal':
      if (typeof e.value === 'number' && typeof actual === 'number' && Number.isFinite(e.value)) {
        expect(Math.abs(actual - e.value), `${line}\n  got: ${actual}`).toBeLessThanOrEqual(1e-12 * Math.abs(e.value));
      } else {
        expect(actual, line).toEqual(e.value);
      }
      return;
    case 'prefix':
      expect(typeof actual, line).toBe('string');
      expect((actual as string).startsWith(e.prefix), `${line}\n  got: ${String(actual)}`).toBe(true);
      return;
    case 'approx':
      expect(typeof actual, line).toBe('number');
      expect(Math.abs((actual as number) - e.value), `${line}\n  got: ${String(actual)}`).toBeLessThanOrEqual(e.tolerance);
      return;
  }
}

async function exportNames(path: string | null): Promise<Set<string>> {
  return path ? new Set(Object.keys((await import(pathToFileURL(path).href)) as object)) : new Set();
}

async function runExample(ex: DocExample, index: number): Promise<number> {
  const { imports, body, checks } = instrument(ex.code);
  const sources = [join(ROOT, 'src/index.ts'), join(ROOT, 'src/internal.ts'), folderIndex(ROOT, ex.file), join(ROOT, ex.file)];
  const exported = await Promise.all(sources.map(exportNames));
  const imported = new Set(imports.flatMap((l) => [...l.matchAll(/[A-Za-z_$][\w$]*/g)].map((m) => m[0])));
  const used = new Set([...ex.code.matchAll(/[A-Za-z_$][\w$]*/g)].map((m) => m[0]));
  const bound = new Set<string>();
  const bindings: string[] = [];
  sources.forEach((src, k) => {
    if (!src) return;
    const names = [...exported[k]!].filter((n) => used.has(n) && !imported.has(n) && !bound.has(n));
    names.forEach((n) => bound.add(n));
    if (names.length) bindings.push(`const { ${names.join(', ')} } = __m${k};`);
  });
  const module = [
    ...sources.map((src, k) => (src ? `import * as __m${k} from ${JSON.stringify(pathToFileURL(src).href)};` : '')),
    ...imports,
    'export default async function (__check: (actual: unknown, e: unknown, line: string) => void): Promise<void> {',
    ...bindings,
    '{',
    body,
    '}',
    '}',
  ].join('\n');
  const path = join(scratch, `example${index}.ts`);
  writeFileSync(path, module);
  const run = ((await import(pathToFileURL(path).href)) as { default: (c: typeof check) => Promise<void> }).default;
  const cwd = process.cwd();
  const dir = mkdtempSync(join(scratch, 'cwd-'));
  let moved = false;
  try {
    process.chdir(dir); // not available in worker threads: vitest.config.ts uses the forks pool
    moved = true;
  } catch {
    // run in place
  }
  try {
    await run(check);
  } finally {
    if (moved) process.chdir(cwd);
  }
  return checks;
}

describe('@example blocks in src/', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(43);
  });

  const seen = new Map<string, number>();
  examples.forEach((ex, i) => {
    const base = `${ex.file} › ${ex.symbol}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const name = n > 1 ? `${base} (#${n})` : base;
    const known = KNOWN_FAILING[ex.file]?.includes(n > 1 ? `${ex.symbol}#${n}` : ex.symbol) ?? false;
    (known ? it.fails : it)(name, async () => {
      await runExample(ex, i);
    });
  });
});
