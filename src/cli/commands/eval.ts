// Placeholder: being written now. Replaced by the real command.
import type { Command } from '../command.ts';
import { CliError, EXIT } from '../command.ts';

export const command: Command = {
  name: 'eval',
  summary: '(not yet available)',
  usage: 'fanzha eval',
  async run() {
    throw new CliError('fanzha eval is not available yet', EXIT.failure);
  },
};
