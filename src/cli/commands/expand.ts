import type { Command } from 'commander';
import { InputError } from '../../model/errors.js';

/** Placeholder registration; the command is being implemented. */
export function register(program: Command): void {
  program
    .command('expand')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(() => {
      throw new InputError('expand: not yet available in this build');
    });
}
