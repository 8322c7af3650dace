import type { Command } from 'commander';
import { InputError } from '../../model/errors.js';

/** Placeholder registration; the command is being implemented. */
export function register(program: Command): void {
  program
    .command('experiment')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(() => {
      throw new InputError('experiment: not yet available in this build');
    });
}
