import { createRequire } from 'node:module';
import type { CloudAdapter } from 'botbuilder';

// The AuthenticationError class that botbuilder's CloudAdapter itself checks with `instanceof`:
// resolved from botbuilder's own location so it is the same module instance.
const fromBotbuilder = createRequire(require.resolve('botbuilder'));
const { AuthenticationError } = fromBotbuilder('botframework-connector') as {
  AuthenticationError: new (message: string, statusCode: number) => Error;
};

/** jsonwebtoken's error names: botbuilder lets them escape, and CloudAdapter.process answers them with 500. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);
const PATCHED = Symbol.for('hotpatch-bot.auth-errors-as-401');

type ProcessActivity = (this: CloudAdapter, ...args: unknown[]) => Promise<unknown>;

/**
 * botbuilder 4.23 turns a token with a bad signature, a disallowed algorithm or an `nbf` in the
 * future into a 500 (the jsonwebtoken error is rethrown as is; only its own AuthenticationError
 * maps to 401). Teams would retry a 500, and monitoring would count attacks as server faults.
 * This wraps the adapter's processActivity so those errors become 401. Idempotent.
 */
export function authErrorsAs401<T extends CloudAdapter>(adapter: T): T {
  const a = adapter as unknown as { processActivity: ProcessActivity; [PATCHED]?: true };
  if (a[PATCHED]) return adapter;
  const original = a.processActivity;
  a.processActivity = async function (this: CloudAdapter, ...args: unknown[]) {
    try {
      return await original.apply(this, args);
    } catch (err) {
      if (err instanceof Error && TOKEN_ERRORS.has(err.name)) throw new AuthenticationError(`Unauthorized: ${err.message}`, 401);
      throw err;
    }
  };
  a[PATCHED] = true;
  return adapter;
}
