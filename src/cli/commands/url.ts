// Placeholder: being written now. Replaced by the real command.
import type { Command } from '../command.ts';
import { CliError, EXIT } from '../command.ts';

export const command: Command = {
  name: 'url',
  summary: '(not yet available)',
  usage: 'fanzha url',
  async run() {
    throw new CliError('fanzha url is not available yet', EXIT.failure);
  },
};
