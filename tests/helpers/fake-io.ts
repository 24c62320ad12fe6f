import type { CliIo } from '../../src/app/cli/types';

/** A CliIo that records what a command prints; the clock is fixed. */
export function fakeIo(now = '2026-11-25T10:00:00Z', env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    now: () => new Date(now),
    env: { STORAGE: 'memory', ...env },
    cwd: process.cwd(),
  };
  return { io, out, err, stdout: () => out.join('\n'), stderr: () => err.join('\n'), json: <T = any>() => JSON.parse(out.join('\n')) as T };
}
