import type { CliIo } from './types';

/** Bad flags: a clear message and the command's help on stderr, exit code 2 (issue 2). */
export function usageError(io: CliIo, message: string, help: string): number {
  io.err(`hotpatch-bot: ${message}\n\n${help}`);
  return 2;
}
