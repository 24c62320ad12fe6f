import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './types';

/** Bad flags: a clear message and the command's help on stderr, exit code 2. */
export function usageError(io: CliIo, message: string, help: string): number {
  io.err(`hotpatch-bot: ${message}\n\n${help}`);
  return 2;
}

type Options = NonNullable<ParseArgsConfig['options']> & { help: { type: 'boolean'; short?: string } };
type Parsed<O extends Options, P extends boolean> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: P; strict: true }>>;

/**
 * Every command's first lines: parse strictly, print help on --help (exit 0), or a usage error (exit 2).
 * Returns the parsed flags, or the exit code to return.
 */
export function parseCommand<O extends Options, P extends boolean = false>(
  argv: string[],
  options: O,
  help: string,
  io: CliIo,
  allowPositionals?: P,
): Parsed<O, P> | number {
  let parsed: Parsed<O, P>;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: (allowPositionals ?? false) as P });
  } catch (e) {
    return usageError(io, (e as Error).message, help);
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.out(help);
    return 0;
  }
  return parsed;
}
