/**
 * A closed stdout (the reader of a pipe has gone, as in `gfd expand … | head -c 100`) ends the run
 * quietly with exit code 0, as for any Unix filter: nothing more can be delivered, and there is no
 * one left to read an error. The same holds for a closed stderr. Other write errors on stdout
 * (a full disk behind a redirection) are reported as one `gfd:` line with exit code 1.
 */

function isBrokenPipe(err: NodeJS.ErrnoException): boolean {
  return err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED';
}

let installed = false;

/** Installs the handlers (once, however often it is called), before any command runs. */
export function exitQuietlyOnClosedOutput(): void {
  if (installed) return;
  installed = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (isBrokenPipe(err)) process.exit(0);
    try {
      process.stderr.write(`gfd: cannot write the output: ${err.message}\n`);
    } finally {
      process.exit(1);
    }
  });
  process.stderr.on('error', (err: NodeJS.ErrnoException) => {
    process.exit(isBrokenPipe(err) ? 0 : 1);
  });
}
