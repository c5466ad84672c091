// Placeholder: being written now. Replaced by the real command.
import type { Command } from '../command.ts';
import { CliError, EXIT } from '../command.ts';

export const command: Command = {
  name: 'qr',
  summary: '(not yet available)',
  usage: 'fanzha qr',
  async run() {
    throw new CliError('fanzha qr is not available yet', EXIT.failure);
  },
};
