/**
 * Extraction of the TSDoc `@example` blocks of src/ into runnable modules (used by
 * test/doctest.test.ts).
 *
 * What an example is. The text after an `@example` tag, up to the next block tag or the end of the
 * comment. If it holds ``` fences, the code is what lies inside them; otherwise the whole text
 * (including the rest of the tag's own line) is the code.
 *
 * How it runs. The code becomes the body of an async function (so `await` works), inside a module
 * that binds every identifier the code uses from, in this order of preference: `src/index.ts`,
 * `src/internal.ts`, the nearest `index.ts` of the example's folder, the example's own file
 * (test/publicApi.test.ts checks that the examples of public symbols use public names only).
 * `import` lines of the example are kept as module imports (e.g. `import { writeFileSync } from
 * 'node:fs'`).
 *
 * Expected-value comments. A line comment is asserted only when its whole text is one of:
 *   - a literal: a number (`3`, `-0.5`, `1e-6`, `NaN`, `Infinity`), a BigInt (`3n`), a quoted
 *     string (`'H'`, `"1/2*p"`), `true`, `false`, `null`, `undefined`, or an array/object literal
 *     built from these (`[1, 1, 2, 6]`, `{ h: 2, dh: 6 }`) — the value must be deeply equal, except
 *     that a lone number is met by a number within a relative 1e-12 of it (floating-point rounding);
 *   - a quoted string ending in `…` or `...` — the value must be a string starting with the part
 *     before the ellipsis;
 *   - `≈ <number>` — the value must be a number agreeing with it to the digits written (within half
 *     a unit of the last written digit, and never tighter than a relative 1e-12).
 * The asserted value is the expression on the same line (`x.toString(); // "1"`), or the variable of
 * a `const x = …; // 3` line; a comment line standing alone asserts the expression statement just
 * above it. Any other comment is prose and is not asserted.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export interface DocExample {
  /** Path relative to the repository root, e.g. `src/rational/rational.ts`. */
  file: string;
  /** The documented symbol (the declaration following the comment). */
  symbol: string;
  /** The example's code as written (comment markers stripped). */
  code: string;
  /** 1-based line of the `@example` tag in the file. */
  line: number;
}

/** Every `.ts` file under `dir`, sorted. */
export function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...tsFiles(full));
    else if (name.endsWith('.ts')) out.push(full);
  }
  return out;
}

const DECLARATION =
  /^\s*(?:export\s+)?(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|class|const|let|var|interface|type|enum)\s+([A-Za-z_$][\w$]*)/;
const MEMBER = /^\s*(?:(?:public|private|protected|static|readonly|async|get|set|override)\s+)*\*?([A-Za-z_$][\w$]*)\s*[(<:=?]/;

function symbolAfter(source: string, from: number): string {
  for (const line of source.slice(from).split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('@') || line.trim().startsWith('//')) continue;
    if (/^\s*import\b/.test(line)) return '(module)';
    const m = DECLARATION.exec(line) ?? MEMBER.exec(line);
    return m ? m[1]! : '(anonymous)';
  }
  return '(anonymous)';
}

/** The `@example` blocks of one source file. */
export function extractExamples(root: string, path: string): DocExample[] {
  const source = readFileSync(path, 'utf8');
  const file = relative(root, path);
  const out: DocExample[] = [];
  const comment = /\/\*\*([\s\S]*?)\*\//g;
  for (let m = comment.exec(source); m; m = comment.exec(source)) {
    const lines = m[1]!.split('\n').map((l) => l.replace(/^\s*\*(?: ?)/, ''));
    const startLine = source.slice(0, m.index).split('\n').length;
    const symbol = symbolAfter(source, m.index + m[0].length);
    for (let i = 0; i < lines.length; i++) {
      const tag = /^\s*@example\b(.*)$/.exec(lines[i]!);
      if (!tag) continue;
      const body = [tag[1]!.trim()];
      const tagLine = startLine + i;
      let j = i + 1;
      for (; j < lines.length && !/^\s*@\w/.test(lines[j]!); j++) body.push(lines[j]!);
      i = j - 1;
      out.push({ file, symbol, code: exampleCode(body), line: tagLine });
    }
  }
  return out;
}

function exampleCode(body: string[]): string {
  const fenced: string[] = [];
  let inside = false;
  let sawFence = false;
  for (const l of body) {
    if (/^\s*```/.test(l)) {
      inside = !inside;
      sawFence = true;
      continue;
    }
    if (inside) fenced.push(l);
  }
  const code = sawFence ? fenced : body;
  return code.join('\n').trim();
}

/** Where the `//` of a trailing line comment starts, outside string literals; −1 if none. */
export function commentStart(line: string): number {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return i;
  }
  return -1;
}

/** An expected value read from a comment, as JavaScript source for the checker. */
export type Expectation =
  | { kind: 'equal'; source: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'approx'; value: number; tolerance: number };

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const STRING = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')$/;
const WORDS = new Set(['true', 'false', 'null', 'undefined', 'NaN', 'Infinity']);

function isLiteral(text: string): boolean {
  if (NUMBER.test(text) || /^-?\d+n$/.test(text) || STRING.test(text) || WORDS.has(text) || text === '-Infinity') return true;
  if (!/^[[{][\s\S]*[\]}]$/.test(text)) return false;
  // composite: outside strings, only numbers, punctuation, object keys and the literal words
  const bare = text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '0');
  if (/[^\w\s$.,:[\]{}+-]/.test(bare)) return false;
  for (const w of bare.matchAll(/[A-Za-z_$][\w$]*/g)) {
    const after = bare.slice(w.index + w[0].length).trimStart();
    const numeric = /\d$/.test(bare.slice(0, w.index)); // exponent or BigInt suffix of a number
    if (!WORDS.has(w[0]) && !after.startsWith(':') && !numeric) return false;
  }
  try {
    new Function(`return (${text});`);
    return true;
  } catch {
    return false;
  }
}

/** The expectation stated by a comment's text, or null when the comment is prose. */
export function parseExpectation(comment: string): Expectation | null {
  const text = comment.trim();
  const approx = /^≈\s*(\S+)$/.exec(text);
  if (approx) {
    if (!NUMBER.test(approx[1]!)) return null;
    const value = Number(approx[1]);
    const [mantissa, exponent] = approx[1]!.toLowerCase().split('e');
    const decimals = mantissa!.includes('.') ? mantissa!.split('.')[1]!.length : 0;
    const halfUnit = 0.5 * 10 ** (Number(exponent ?? 0) - decimals);
    return { kind: 'approx', value, tolerance: Math.max(halfUnit, 1e-12 * Math.abs(value)) };
  }
  if (!isLiteral(text)) return null;
  if (STRING.test(text)) {
    const s = new Function(`return ${text};`)() as string;
    if (s.endsWith('…')) return { kind: 'prefix', prefix: s.slice(0, -1) };
    if (s.endsWith('...')) return { kind: 'prefix', prefix: s.slice(0, -3) };
  }
  return { kind: 'equal', source: text };
}

function expectationSource(e: Expectation): string {
  switch (e.kind) {
    case 'equal':
      return `{ kind: 'equal', value: (${e.source}) }`;
    case 'prefix':
      return `{ kind: 'prefix', prefix: ${JSON.stringify(e.prefix)} }`;
    case 'approx':
      return `{ kind: 'approx', value: ${e.value}, tolerance: ${e.tolerance} }`;
  }
}

/** The example's code with every expected-value comment turned into a call of `__check`. */
export function instrument(code: string): { imports: string[]; body: string; checks: number } {
  const imports: string[] = [];
  const body: string[] = [];
  let lastStatement = -1;
  let checks = 0;
  const asCheck = (statement: string, e: Expectation, label: string): string[] => {
    const s = statement.trim().replace(/;$/, '');
    const decl = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(s);
    const at = JSON.stringify(label.trim());
    if (decl) return [`${s};`, `__check(${decl[1]}, ${expectationSource(e)}, ${at});`];
    return [`__check((${s}), ${expectationSource(e)}, ${at});`];
  };
  for (const line of code.split('\n')) {
    if (/^\s*import\s/.test(line)) {
      imports.push(line.trim());
      continue;
    }
    const at = commentStart(line);
    const codePart = at < 0 ? line : line.slice(0, at);
    const e = at < 0 ? null : parseExpectation(line.slice(at + 2));
    if (e && codePart.trim() !== '') {
      const out = asCheck(codePart, e, line);
      body.push(out.join(' '));
      lastStatement = -1;
      checks++;
    } else if (e && lastStatement >= 0) {
      body[lastStatement] = asCheck(body[lastStatement]!, e, `${body[lastStatement]!.trim()} ${line.trim()}`).join(' ');
      lastStatement = -1;
      checks++;
    } else {
      body.push(codePart.trimEnd());
      if (codePart.trim() !== '') lastStatement = body.length - 1;
    }
  }
  return { imports, body: body.join('\n'), checks };
}

/** The nearest `index.ts` from the example's folder up to (excluding) `src/` itself. */
export function folderIndex(root: string, file: string): string | null {
  for (let dir = dirname(join(root, file)); relative(join(root, 'src'), dir) !== '' && !relative(join(root, 'src'), dir).startsWith('..'); dir = dirname(dir)) {
    const index = join(dir, 'index.ts');
    if (existsSync(index)) return index;
  }
  return null;
}
