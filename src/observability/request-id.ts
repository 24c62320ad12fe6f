import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

export const REQUEST_ID_HEADER = 'x-request-id';
/** A caller's id is kept only when it is short and plain, so it cannot inject text into log lines. */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  return value && SAFE_ID.test(value) ? value : randomUUID();
}

export interface RequestContext {
  id: string;
  log: Logger;
}

const CONTEXT = Symbol.for('hotpatch-bot.request-context');
type WithContext = IncomingMessage & { [CONTEXT]?: RequestContext };

/** The id and child logger the request-id handler attached (a fresh one if it did not run). */
export function requestContext(req: IncomingMessage, logger: Logger): RequestContext {
  const r = req as WithContext;
  if (!r[CONTEXT]) {
    const id = requestIdOf(req);
    r[CONTEXT] = { id, log: logger.child({ reqId: id }) };
  }
  return r[CONTEXT];
}

/**
 * restify `server.pre(...)` / `server.use(...)` handler: gives every request an id (the caller's
 * `x-request-id` when safe, else a UUID), echoes it in the response, and writes one access-log
 * line when the response finishes. The path is logged without its query string.
 */
export function requestIdHandler(logger: Logger) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const started = process.hrtime.bigint();
    const ctx = requestContext(req, logger);
    res.setHeader(REQUEST_ID_HEADER, ctx.id);
    res.once('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const path = (req.url ?? '').split('?')[0] ?? '';
      ctx.log.info({ method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  };
}
