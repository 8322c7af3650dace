/**
 * A closed stdout ends the run quietly: `gfd … | head -c 100` exits 0 with nothing on stderr,
 * whichever command was writing (a streamed document, one large write, a text listing).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { built, gfdPath } from './run.js';

/** Runs `gfd args | head -c 100` in bash; returns gfd's exit status and stderr, and what head read. */
function piped(args: string[]): { code: number; stderr: string; head: string } {
  const quoted = args.map((a) => `'${a}'`).join(' ');
  const script = `"${process.execPath}" "${gfdPath}" ${quoted} 2>"$ERR" | head -c 100; echo; echo "status=\${PIPESTATUS[0]}"; cat "$ERR" >&2`;
  const r = spawnSync('bash', ['-c', `ERR=$(mktemp); ${script}; rm -f "$ERR"`], { encoding: 'utf8', timeout: 60_000 });
  const m = /status=(\d+)\s*$/.exec(r.stdout);
  return { code: m ? Number(m[1]) : -1, stderr: r.stderr, head: r.stdout.replace(/\n?status=\d+\s*$/, '') };
}

describe.skipIf(!built)('a closed stdout (EPIPE)', () => {
  const cases: [string, string[]][] = [
    ['expand, text', ['expand', '--nu', '2', '--scenario', 'sym', '--order', '6', '--quiet']],
    ['expand, streamed JSON', ['expand', '--nu', '2', '--scenario', 'sym', '--order', '6', '--format', 'json', '--quiet']],
    ['diagrams', ['diagrams', '--nu', '2', '--scenario', 'sym', '--order', '5', '--quiet']],
    ['curve, one large write', ['curve', '--formula', 'ntk-asym', '--nu', '3', '--p', '10', '--H', '100', '--sigma2', '0.1', '--T', '1', '--tmax', '10', '--points', '200000', '--format', 'csv']],
  ];
  it.each(cases)('%s: exit 0, nothing on stderr', (_name, args) => {
    const r = piped(args);
    expect(r.head.length).toBe(100);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
