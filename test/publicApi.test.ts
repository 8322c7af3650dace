/**
 * The public API is what the documentation shows: README.md's code and every `@example` in the
 * documentation of a public symbol (a name src/index.ts exports, or a member of a public class)
 * use only names `gf-diagrams` exports. Names of `gf-diagrams/internal` appear only in the
 * examples of internal symbols, and README code that imports them says so
 * (`from 'gf-diagrams/internal'`).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as internalApi from '../src/internal.js';
import * as publicApi from '../src/index.js';
import { extractExamples, tsFiles, type DocExample } from './doctestExtract.js';

const ROOT = resolve(import.meta.dirname, '..');
const PUBLIC = new Set(Object.keys(publicApi));
const INTERNAL_ONLY = new Set(Object.keys(internalApi).filter((k) => !PUBLIC.has(k)));

/** The free identifiers of `code` (not property names, not the names it declares itself). */
function identifiers(code: string): string[] {
  const declared = new Set([...code.matchAll(/\b(?:const|let|var|function)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!));
  for (const m of code.matchAll(/\b(?:const|let|var)\s*[{[]([^}\]]*)[}\]]/g)) for (const n of m[1]!.split(',')) declared.add(n.trim().split(/\s*:\s*/).pop()!);
  return [...new Set([...code.matchAll(/(?<![.\w$])[A-Za-z_$][\w$]*/g)].map((m) => m[0]))].filter((n) => !declared.has(n));
}

/** Names imported from `module` by the import statements of `code`. */
function importedFrom(code: string, module: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    if (m[2] !== module) continue;
    out.push(...m[1]!.split(',').map((s) => s.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!).filter(Boolean));
  }
  return out;
}

/** The class an example documents a member of (the last top-level class opened above it), if any. */
function enclosingClass(source: string, line: number): string | null {
  const lines = source.split('\n').slice(0, line);
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    const cls = /^export (?:abstract )?class ([A-Za-z_$][\w$]*)/.exec(l);
    if (cls) return cls[1]!;
    if (/^(?:export )?(?:async )?(?:function|const|interface|type) /.test(l) || l === '}') return null;
  }
  return null;
}

function isPublicDoc(ex: DocExample, source: string): boolean {
  if (PUBLIC.has(ex.symbol)) return true;
  const cls = enclosingClass(source, ex.line);
  return cls !== null && PUBLIC.has(cls);
}

describe('public API in the documentation', () => {
  it('src/index.ts exports a curated set: no reference implementation, no per-curve function', () => {
    for (const name of ['naiveCanonicalForm', 'wickByPairings', 'lossSeries', 'expandLossParallel', 'freeUnderLoss', 'sym2NarayanaLoss', 'ntkAsymLoss']) {
      expect(PUBLIC.has(name), name).toBe(false);
      expect(name in internalApi, name).toBe(true);
    }
  });

  const files = tsFiles(join(ROOT, 'src'));
  const examples = files.flatMap((f) => {
    const source = readFileSync(f, 'utf8');
    return extractExamples(ROOT, f).filter((ex) => isPublicDoc(ex, source));
  });

  it('the public symbols have examples to check', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it.each(examples.map((ex) => [`${ex.file}:${ex.line} ${ex.symbol}`, ex] as const))('the example of %s uses only public names', (_, ex) => {
    const internal = identifiers(ex.code).filter((n) => INTERNAL_ONLY.has(n));
    expect(internal).toEqual([]);
    expect(importedFrom(ex.code, 'gf-diagrams/internal')).toEqual([]);
    expect(importedFrom(ex.code, 'gf-diagrams').filter((n) => !PUBLIC.has(n))).toEqual([]);
  });

  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

  it("README's imports from 'gf-diagrams' name only public exports", () => {
    const imported = blocks.flatMap((b) => importedFrom(b, 'gf-diagrams'));
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((n) => !PUBLIC.has(n))).toEqual([]);
  });

  it("README's imports from 'gf-diagrams/internal' name only internal exports", () => {
    const imported = blocks.flatMap((b) => importedFrom(b, 'gf-diagrams/internal'));
    expect(imported.filter((n) => !(n in internalApi) || PUBLIC.has(n))).toEqual([]);
  });

  it("README's library section uses only public names", () => {
    const library = readme.slice(readme.indexOf('\n## The library'), readme.indexOf('\n## Architecture'));
    const code = [...library.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).join('\n');
    expect(code.length).toBeGreaterThan(0);
    expect(identifiers(code).filter((n) => INTERNAL_ONLY.has(n))).toEqual([]);
  });
});
