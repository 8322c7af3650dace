/**
 * docs/limits.md and the code cannot drift apart: every row of the "Sizes" table that names a
 * constant (`NAME`, src/path.ts) states the constant's value. A `MAX_LOG2_…` constant is the
 * exponent of the power of 2 the row states. For the caps of command-line options, the command
 * itself is run one above the documented value: it must refuse, quoting that value.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { built, gfd } from './run.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const doc = readFileSync(`${root}docs/limits.md`, 'utf8');

interface Row {
  what: string;
  limit: string;
  name: string;
  file: string;
}

function rows(): Row[] {
  const out: Row[] = [];
  for (const line of doc.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length !== 5 || cells[0] !== '' || cells[4] !== '') continue;
    const m = /^`(\w+)`, (src\/[\w/]+\.ts)$/.exec(cells[3]!);
    if (m) out.push({ what: cells[1]!, limit: cells[2]!, name: m[1]!, file: m[2]! });
  }
  return out;
}

/** "64", "1,000,000", "10^9", "2^44 ≈ 1.8·10^13", "2·10^6", "100,000 times" → the number. */
function value(limit: string): number {
  const head = limit.split('≈')[0]!.replace(/\s*times$/, '').trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d[\d,]*)$/.exec(head))) return Number(m[1]!.replace(/,/g, ''));
  if ((m = /^(\d+)\^(\d+)$/.exec(head))) return Number(m[1]) ** Number(m[2]);
  if ((m = /^(\d+)·(\d+)\^(\d+)$/.exec(head))) return Number(m[1]) * Number(m[2]) ** Number(m[3]);
  throw new Error(`docs/limits.md: cannot read the limit "${limit}"`);
}

describe('docs/limits.md states the limits of the code', () => {
  const table = rows();

  it('has a table of constants', () => {
    expect(table.length).toBeGreaterThanOrEqual(20);
  });

  it.each(table.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
    const mod = (await import(`${root}${row.file}`)) as Record<string, unknown>;
    const actual = mod[row.name];
    expect(typeof actual, `${row.name} is not exported by ${row.file}`).toBe('number');
    const expected = value(row.limit);
    expect(row.name.startsWith('MAX_LOG2_') ? 2 ** (actual as number) : actual, `${row.what}: docs say ${row.limit}`).toBe(expected);
  });
});

/** A command one above the documented cap of `name` (the cap is substituted for `CAP`). */
const PROBES: [name: string, args: string[]][] = [
  ['MAX_LEADING_ORDER', ['pareto', '--nu', '2', '--scenario', 'sym', '--order', 'CAP']],
  ['MAX_LEADING_ORDER', ['limit', '--nu', '2', '--scenario', 'sym', '--alpha', '1,0,0', '--order', 'CAP']],
  ['MAX_LEADING_ORDER', ['check', '--nu', '2', '--scenario', 'sym', '--against', 'limit', '--formula', 't', '--order', 'CAP']],
  ['MAX_ASYMPTOTIC_ORDER', ['pareto', '--nu', '2', '--scenario', 'sym', '--engine', 'full', '--order', 'CAP']],
  ['MAX_ASYMPTOTIC_ORDER', ['check', '--nu', '2', '--scenario', 'sym', '--against', 'limit', '--formula', 't', '--engine', 'full', '--order', 'CAP']],
  ['MAX_NU', ['expand', '--scenario', 'sym', '--order', '1', '--nu', 'CAP']],
  ['MAX_THREADS', ['expand', '--nu', '2', '--scenario', 'sym', '--order', '1', '--threads', 'CAP']],
  ['MAX_CURVE_POINTS', ['curve', '--formula', 'ntk-asym', '--nu', '3', '--p', '10', '--H', '100', '--sigma2', '0.1', '--T', '1', '--tmax', '1', '--points', 'CAP']],
  ['MAX_SEEDS', ['simulate', '--nu', '2', '--scenario', 'sym', '--p', '2', '--H', '2', '--sigma2', '1', '--T', '1', '--tmax', '1', '--steps', '10', '--seeds', 'CAP']],
  ['MAX_STEPS', ['simulate', '--nu', '2', '--scenario', 'sym', '--p', '2', '--H', '2', '--sigma2', '1', '--T', '1', '--tmax', '1', '--steps', 'CAP']],
];

describe.skipIf(!built)('the commands refuse one above the documented cap', () => {
  const table = rows();
  it.each(PROBES.map(([name, args]) => [`${name}: ${args[0]} ${args.slice(1).join(' ')}`, name, args] as const))('%s', (_t, name, args) => {
    const row = table.find((r) => r.name === name);
    expect(row, `${name} is not in docs/limits.md`).toBeDefined();
    const cap = value(row!.limit);
    const r = gfd(args.map((a) => (a === 'CAP' ? String(cap + 1) : a)));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^gfd: [^\n]*\n$/);
    expect(r.stderr).toContain(String(cap));
  });
});
