// Placeholder: being written now. Replaced by the real command.
import type { Command } from '../command.ts';
import { CliError, EXIT } from '../command.ts';

export const command: Command = {
  name: 'number',
  summary: '(not yet available)',
  usage: 'fanzha number',
  async run() {
    throw new CliError('fanzha number is not available yet', EXIT.failure);
  },
};
