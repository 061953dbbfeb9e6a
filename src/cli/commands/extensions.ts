// Commands of the capabilities built on the core.
import type { Command } from '../io.js';
import { checkReplyCommand } from './check-reply.js';

export const extensionCommands: Record<string, { run: Command; help: string }> = {
  'check-reply': { run: checkReplyCommand, help: 'check JSONL reply drafts with the PHI guard: redress check-reply --org <file> [--in file]' },
};
