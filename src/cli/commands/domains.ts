// Placeholder: being written now. Replaced by the real command.
import type { Command } from '../command.ts';
import { CliError, EXIT } from '../command.ts';

export const command: Command = {
  name: 'domains',
  summary: '(not yet available)',
  usage: 'fanzha domains',
  async run() {
    throw new CliError('fanzha domains is not available yet', EXIT.failure);
  },
};
