// Placeholder: being written now. Replaced by the real command.
import type { Command } from '../command.ts';
import { CliError, EXIT } from '../command.ts';

export const command: Command = {
  name: 'serve',
  summary: '(not yet available)',
  usage: 'fanzha serve',
  async run() {
    throw new CliError('fanzha serve is not available yet', EXIT.failure);
  },
};
