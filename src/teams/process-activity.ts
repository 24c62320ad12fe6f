import { createRequire } from 'node:module';
import type { Request, Response } from 'restify';
import type { TurnContext } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Logger } from '../observability';

// botframework-connector as botbuilder itself loads it (same module instances for instanceof).
const fromBotbuilder = createRequire(require.resolve('botbuilder'));
const connector = fromBotbuilder('botframework-connector') as {
  AuthenticationError: new (message: string, statusCode: number) => Error & { statusCode: number };
};
const { AuthenticationError } = connector;
const { OpenIdMetadata } = fromBotbuilder('botframework-connector/lib/auth/openIdMetadata') as {
  OpenIdMetadata: { prototype: { refreshCache: () => Promise<void> } };
};
const { validateAndFixActivity } = fromBotbuilder('botbuilder/lib/activityValidator') as { validateAndFixActivity: <T>(a: T) => T };

/** How long fetching the OpenID metadata and signing keys may take before the request gets a 503. */
export const OPENID_TIMEOUT_MS = 5000;
const PATCHED = Symbol.for('hotpatch-bot.openid-timeout');

/** Thrown when the signing keys cannot be fetched: the token cannot be checked now (503, retry later). */
export class KeysUnavailableError extends Error {
  constructor(readonly reason: string) {
    super('HB-TEAMS-503 the Bot Framework signing keys could not be fetched');
    this.name = 'KeysUnavailableError';
  }
}

/**
 * botframework-connector fetches the OpenID metadata with no timeout and turns a failure into a 500
 * carrying its own text (issue 15 finding 9). The refresh is bounded here and fails as
 * KeysUnavailableError, which processInbound answers 503 with a code and no internal detail.
 */
export function boundOpenIdFetch(timeoutMs = OPENID_TIMEOUT_MS): void {
  const proto = OpenIdMetadata.prototype as { refreshCache: () => Promise<void>; [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const original = proto.refreshCache;
  proto.refreshCache = function (this: unknown) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new KeysUnavailableError(`no answer within ${timeoutMs} ms`)), timeoutMs);
      timer.unref();
    });
    return Promise.race([original.call(this), timeout])
      .catch((err: unknown) => {
        throw err instanceof KeysUnavailableError ? err : new KeysUnavailableError(err instanceof Error ? err.message : String(err));
      })
      .finally(() => clearTimeout(timer));
  };
  proto[PATCHED] = true;
}

const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

function sendJson(res: Response, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

/**
 * CloudAdapter.process without its catch: that one writes the error to stderr with console.error
 * (outside the JSON logs) and answers 401 with the token's own text (the audience it expected) or 500
 * with internal text. Here the error and its stack go through the logger (redacted), and the answer
 * is a code: 401 Unauthorized, 503 when the signing keys cannot be fetched, 500 otherwise.
 */
export async function processInbound(
  adapter: TeamsAdapter,
  req: Request,
  res: Response,
  logic: (context: TurnContext) => Promise<void>,
  logger: Logger,
): Promise<void> {
  const activity = validateAndFixActivity(req.body as Record<string, unknown>);
  const authHeader = String(req.headers.authorization ?? '');
  try {
    const run = (adapter as unknown as { processActivity: (auth: string, a: unknown, l: typeof logic) => Promise<unknown> }).processActivity.bind(adapter);
    const invokeResponse = (await run(authHeader, activity, logic)) as { status?: number; body?: unknown } | undefined;
    res.status(invokeResponse?.status ?? 200);
    if (invokeResponse?.body) res.send(invokeResponse.body);
    res.end();
  } catch (err) {
    const e = err as Error & { statusCode?: number };
    if (e instanceof KeysUnavailableError) {
      logger.warn({ code: 'HB-TEAMS-503', reason: e.reason }, 'signing keys unavailable: request refused with 503');
      res.setHeader('retry-after', '30');
      return sendJson(res, 503, { code: 'HB-TEAMS-503', error: 'Authentication is unavailable; try again later.' });
    }
    if (e instanceof Error && e.message.startsWith('HB-TEAMS-403')) {
      logger.warn({ code: 'HB-TEAMS-403', reason: e.message }, 'activity refused: service URL not allowed');
      return sendJson(res, 403, { code: 'HB-TEAMS-403', error: 'serviceUrl is not an allowed Bot Framework service URL.' });
    }
    if ((e instanceof AuthenticationError && e.statusCode === 401) || TOKEN_ERRORS.has(e?.name)) {
      logger.info({ code: 'HB-TEAMS-401', reason: e.name }, 'request refused: not authenticated');
      res.setHeader('www-authenticate', 'Bearer');
      return sendJson(res, 401, { code: 'HB-TEAMS-401', error: 'Unauthorized.' });
    }
    logger.error({ code: 'HB-TEAMS-500', err: e }, 'activity processing failed');
    return sendJson(res, 500, { code: 'HB-TEAMS-500', error: 'The request could not be processed.' });
  }
}
