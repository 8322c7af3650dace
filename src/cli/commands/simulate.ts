import type { Command } from 'commander';
import { InputError } from '../../model/errors.js';

/** Placeholder registration; the command is being implemented. */
export function register(program: Command): void {
  program
    .command('simulate')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(() => {
      throw new InputError('simulate: not yet available in this build');
    });
}
