/**
 * The layout as README.md "Architecture" describes it: every library folder has an index.ts of
 * the same shape, other folders import it only through that index, data flows one way along the
 * pipeline, and the package's two entry points (`.` and `./internal`) split the researcher-facing
 * API from the kernels.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as internalApi from '../src/internal.js';
import * as publicApi from '../src/index.js';

const SRC = join(__dirname, '..', 'src');

/** The pipeline, in order: a folder may import only folders listed before it. */
const STAGES = [
  'rational',
  'series',
  'model',
  'diagram',
  'canon',
  'merge',
  'wick',
  'expansion',
  'asymptotics',
  'solutions',
  'simulate',
  'render',
  'experiments',
  'cli',
];
/** Folders whose index.ts is their interface (cli is the application on top and has none). */
const LIBRARY = STAGES.filter((s) => s !== 'cli' && existsSync(join(SRC, s)));

/** Every index.ts below src/ (its folder's interface), relative to src/; cli/ is the application and has none of that shape. */
const INDEX_FILES = sourceFiles(SRC)
  .map((f) => relative(SRC, f))
  .filter((f) => f.endsWith(`${sep}index.ts`) && !f.startsWith(`cli${sep}`));

/** The leading doc comment of a file under src/, as prose (comment markers stripped). */
function headerOf(file: string): string {
  const text = readFileSync(join(SRC, file), 'utf8');
  const comment = /^\/\*\*([\s\S]*?)\*\//.exec(text)?.[1] ?? '';
  return comment.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join(' ').replace(/\s+/g, ' ');
}

/** The functions, classes and constants (not types) src/index.ts re-exports, by folder. */
const PUBLIC_VALUES: Map<string, string[]> = (() => {
  const code = readFileSync(join(SRC, 'index.ts'), 'utf8').replace(/\/\*\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const out = new Map<string, string[]>();
  for (const m of code.matchAll(/export\s+(type\s+)?\{([^}]*)\}\s*from\s*'\.\/(\w+)\/index\.js'/g)) {
    if (m[1]) continue;
    const names = m[2]!.split(',').map((n) => n.trim()).filter((n) => n !== '' && !n.startsWith('type '));
    out.set(m[3]!, [...(out.get(m[3]!) ?? []), ...names]);
  }
  return out;
})();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

interface Import {
  file: string;
  from: string; // folder of the importing file ('' for src/*.ts)
  to: string; // folder of the imported module ('' for a leaf module src/*.ts)
  rest: string[]; // path inside that folder
}

function crossImports(): Import[] {
  const out: Import[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const from = relative(SRC, file).split(sep);
    for (const m of text.matchAll(/(?:import|export)[^;]*?from '(\.[^']+)'/gs)) {
      const target = relative(SRC, normalize(join(dirname(file), m[1]!))).split(sep);
      const fromFolder = from.length > 1 ? from[0]! : '';
      const toFolder = target.length > 1 ? target[0]! : '';
      if (fromFolder === toFolder) continue;
      out.push({ file: relative(SRC, file), from: fromFolder, to: toFolder, rest: target.slice(1) });
    }
  }
  return out;
}

describe('architecture', () => {
  const imports = crossImports();

  it('every folder of src/ is a known pipeline stage', () => {
    const folders = readdirSync(SRC).filter((f) => statSync(join(SRC, f)).isDirectory());
    expect(folders.filter((f) => !STAGES.includes(f))).toEqual([]);
  });

  it.each(LIBRARY)('%s/index.ts names the folder, says what it imports, and only re-exports', (folder) => {
    const text = readFileSync(join(SRC, folder, 'index.ts'), 'utf8');
    expect(text.startsWith(`/**\n * ${folder}/ — `)).toBe(true);
    expect(headerOf(join(folder, 'index.ts'))).toMatch(/Imports: /);
    const code = text.replace(/\/\*\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    for (const line of code.split(';').map((s) => s.trim()).filter(Boolean)) expect(line).toMatch(/^export /);
  });

  it.each(INDEX_FILES)("%s: the header's Imports: line names exactly the folders its files import", (index) => {
    const folder = dirname(index);
    const top = folder.split(sep)[0]!;
    const header = headerOf(index);
    const stated = /Imports: ([\s\S]*?)\.(?:\s|$)/.exec(header);
    if (folder === top) expect(stated, `${index} has no Imports: sentence`).not.toBeNull();
    if (!stated) return;
    const named = new Set([...stated[1]!.matchAll(/([a-z]+)\//g)].map((m) => m[1]!));
    const actual = new Set(imports.filter((i) => i.file.startsWith(folder + sep) && i.to !== '' && i.to !== top).map((i) => i.to));
    expect([...named].sort()).toEqual([...actual].sort());
  });

  it.each(LIBRARY)("%s/index.ts: the header's Public list names exactly what src/index.ts exports from it", (folder) => {
    const header = headerOf(join(folder, 'index.ts'));
    const stated = /Public \(re-exported by src\/index\.ts[^)]*\): ([\s\S]*?)\.(?:\s|$)/.exec(header);
    const named = stated ? stated[1]!.split(',').map((n) => n.trim()) : [];
    if (!stated) expect(header, `${folder}/index.ts states neither a Public list nor that it has none`).toMatch(/Public: no functions or classes/);
    expect([...named].sort()).toEqual([...(PUBLIC_VALUES.get(folder) ?? [])].sort());
    for (const n of named) expect(n in publicApi, n).toBe(true);
  });

  it('other folders import a folder only through its index.ts', () => {
    const deep = imports.filter((i) => i.to !== '' && i.from !== '' && !(i.rest.length === 1 && i.rest[0] === 'index.js'));
    expect(deep.map((i) => `${i.file} → ${i.to}/${i.rest.join('/')}`)).toEqual([]);
  });

  it('data flows one way: no folder imports a later stage', () => {
    const backwards = imports.filter((i) => i.from !== '' && i.to !== '' && STAGES.indexOf(i.to) >= STAGES.indexOf(i.from));
    expect(backwards.map((i) => `${i.file} → ${i.to}`)).toEqual([]);
  });

  it('graphology is loaded by diagram/graph.ts only, and only when a graph is built', () => {
    const users = sourceFiles(SRC).filter((f) => /from 'graphology'|require\(url\)\('graphology'\)|\('graphology'\)/.test(readFileSync(f, 'utf8')));
    expect(users.map((f) => relative(SRC, f))).toEqual([join('diagram', 'graph.ts')]);
    const graph = readFileSync(join(SRC, 'diagram', 'graph.ts'), 'utf8');
    expect(graph).not.toMatch(/^import (?!type )[^;]*from 'graphology'/m);
  });

  it('leaf modules (src/*.ts other than the entry points) import nothing from the folders', () => {
    const leafImports = imports.filter((i) => i.from === '' && !['index.ts', 'internal.ts'].includes(i.file) && i.to !== '');
    expect(leafImports.map((i) => `${i.file} → ${i.to}`)).toEqual([]);
  });
});

describe('entry points', () => {
  it('the public API is a subset of the internal one', () => {
    const missing = Object.keys(publicApi).filter((k) => !(k in internalApi));
    expect(missing).toEqual([]);
  });

  it('kernels and shared helpers are internal only', () => {
    for (const name of ['freezeDiagram', 'EDGE_STRIDE', 'packEdge', 'splitmix64', 'mergeClasses', 'PolyBuilder', 'WickCache', 'ExactSums', 'UnionFind']) {
      expect(name in publicApi, name).toBe(false);
      expect(name in internalApi, name).toBe(true);
    }
  });

  it('package.json exports "." and "./internal" and nothing deeper', () => {
    const root = join(__dirname, '..');
    if (!existsSync(join(root, 'dist', 'internal.js'))) throw new Error('dist/ is not built (the test global setup builds it)');
    const script = [
      "const a = await import('gf-diagrams');",
      "const b = await import('gf-diagrams/internal');",
      "let deep = 'resolved';",
      "try { await import('gf-diagrams/dist/index.js'); } catch (e) { deep = e.code; }",
      "console.log(JSON.stringify({ series: typeof a.series, packEdge: typeof a.packEdge, internalPackEdge: typeof b.packEdge, deep }));",
    ].join('\n');
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
    expect(out).toEqual({ series: 'function', packEdge: 'undefined', internalPackEdge: 'function', deep: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
  });
});
