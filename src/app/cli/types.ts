import type { Writable } from 'node:stream';

/** What a CLI command gets from the outside world: the only place it may touch I/O and the clock. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Standard output as a stream, for commands that stream large outputs (fleet --csv); else they use out(). */
  stdoutStream?: Writable;
  /** The clock, read once per command at the edge. */
  now(): Date;
  /** The environment, read only through src/config (loadConfig, cliSettings): commands never pick variables from it. */
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** A sub-command: parses its own argv, returns the process exit code (0 ok, 1 failure, 2 usage error). */
export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;
