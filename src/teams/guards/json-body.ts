import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The bot reads exactly one kind of body: a UTF-8 JSON activity on POST /api/messages. restify's
 * bodyParser also inflated gzip (an unhandled 'error' event on a non-gzip body killed the process,
 * restify issue #1785; a 204 KB bomb inflated to 200 MB before the 401), wrote multipart uploads to
 * the temp folder and parsed url-encoded forms. None of that is needed, so none of it runs here.
 */

type Req = IncomingMessage & { body?: unknown };
type Next = (err?: unknown) => void;

/** Deeper than any real activity (Teams nests adaptive card values a few levels); stops pathological bodies. */
export const MAX_JSON_DEPTH = 64;

export interface BodyRejection {
  status: 400 | 413 | 415;
  code: 'HB-HTTP-400' | 'HB-HTTP-413' | 'HB-HTTP-415';
  error: string;
}

function send(res: ServerResponse, r: BodyRejection): void {
  if (res.headersSent) return;
  res.statusCode = r.status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('connection', 'close');
  res.end(JSON.stringify({ code: r.code, error: r.error }));
}

/**
 * `server.pre(...)`: a declared body over the limit gets 413 before a byte of it is read.
 * (readJsonBody counts the bytes of chunked bodies, which declare no length.)
 */
export function bodySizeLimit(maxBytes: number, onReject?: (r: BodyRejection) => void) {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      const r: BodyRejection = { status: 413, code: 'HB-HTTP-413', error: `The body is larger than ${maxBytes} bytes.` };
      onReject?.(r);
      send(res, r);
      req.resume();
      return next(false);
    }
    next();
  };
}

/** A Content-Encoding other than identity is refused on every route: nothing here inflates bodies. */
export function refuseEncodedBodies(onReject?: (r: BodyRejection) => void) {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    // Any stream error on a request is logged by the caller's hook, never thrown (process-level guard).
    const encoding = String(req.headers['content-encoding'] ?? '')
      .trim()
      .toLowerCase();
    if (encoding && encoding !== 'identity') {
      const r: BodyRejection = { status: 415, code: 'HB-HTTP-415', error: 'Content-Encoding is not supported: send the body uncompressed.' };
      onReject?.(r);
      send(res, r);
      req.resume();
      return next(false);
    }
    next();
  };
}

/** `application/json`, with no charset or `charset=utf-8`. */
export function isJsonUtf8(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...params] = contentType.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || p === 'charset=utf-8' || p === 'charset="utf-8"');
}

/** Nesting depth of a parsed JSON value, stopping as soon as it passes `limit`. */
export function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Reads the body as UTF-8 JSON with a limit on the bytes actually read (chunked bodies included),
 * sets `req.body`, or answers 400/413/415 and stops the chain.
 */
export function readJsonBody(maxBytes: number, onReject?: (r: BodyRejection) => void) {
  return (req: Req, res: ServerResponse, next: Next): void => {
    const reject = (r: BodyRejection) => {
      onReject?.(r);
      send(res, r);
      next(false);
    };
    if (!isJsonUtf8(req.headers['content-type'])) {
      req.resume();
      return reject({ status: 415, code: 'HB-HTTP-415', error: 'The body must be application/json (UTF-8).' });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r?: BodyRejection) => {
      if (done) return;
      done = true;
      req.removeListener('data', onData);
      req.removeListener('end', onEnd);
      if (r) return reject(r);
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks, size).toString('utf8'));
      } catch {
        return reject({ status: 400, code: 'HB-HTTP-400', error: 'The body is not valid JSON.' });
      }
      if (depthExceeds(body, MAX_JSON_DEPTH)) {
        return reject({ status: 400, code: 'HB-HTTP-400', error: `The body nests deeper than ${MAX_JSON_DEPTH} levels.` });
      }
      req.body = body;
      next();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        req.resume();
        return finish({ status: 413, code: 'HB-HTTP-413', error: `The body is larger than ${maxBytes} bytes.` });
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish();
    req.on('data', onData);
    req.on('end', onEnd);
    req.once('error', () => finish({ status: 400, code: 'HB-HTTP-400', error: 'The body could not be read.' }));
  };
}
