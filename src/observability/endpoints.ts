import { timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Storage } from '../storage';
import { MetricsRegistry, PROMETHEUS_CONTENT_TYPE } from './metrics';
import { isLocalRequest } from './access';

/** Handlers for restify 11 (async, no `next`) or plain node http: they write the whole response. */
export type Endpoint = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.startsWith('::ffff:') ? address.slice(7) : address;
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

function sameSecret(given: string, expected: string): boolean {
  // Hash both so timingSafeEqual gets equal lengths and the comparison leaks no length.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function bearer(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  const m = h ? /^Bearer\s+(\S+)$/i.exec(h) : null;
  return m?.[1];
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.statusCode = status;
  res.setHeader('content-type', contentType);
  res.setHeader('cache-control', 'no-store');
  res.end(body);
}

/**
 * `GET /metrics`: counters are operational data (tenant activity, volumes), so they are served only
 * to loopback callers (a sidecar scraper) or to callers presenting `Authorization: Bearer METRICS_TOKEN`.
 * Behind a reverse proxy the socket address is the proxy's: set METRICS_TOKEN there.
 */
export function metricsEndpoint(opts: { registry: MetricsRegistry; token?: string; allowLoopback?: boolean }): Endpoint {
  return async (req, res) => {
    const given = bearer(req);
    const byToken = opts.token !== undefined && opts.token !== '' && given !== undefined && sameSecret(given, opts.token);
    // Forwarded / X-Real-IP count too: src/observability/access.ts isLocalRequest.
    const byLoopback = (opts.allowLoopback ?? true) && isLocalRequest(req);
    if (!byToken && !byLoopback) {
      res.setHeader('www-authenticate', 'Bearer');
      return send(res, given === undefined ? 401 : 403, 'text/plain; charset=utf-8', 'metrics need a bearer token\n');
    }
    send(res, 200, PROMETHEUS_CONTENT_TYPE, await opts.registry.render());
  };
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, 'ok' | string>;
}

const PROBE_KEY = 'hotpatch-bot/readyz-probe';

/**
 * `readiness(storage)` → a check for `/readyz`: the instance is ready when its storage answers a read
 * within `timeoutMs`. A read of a key that never exists touches the backend (SQLite file, blob
 * container) without writing, so probes cost nothing and cannot conflict across instances.
 */
export function readiness(storage: Storage, opts: { timeoutMs?: number } = {}): () => Promise<ReadinessReport> {
  const timeoutMs = opts.timeoutMs ?? 2000;
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        storage.read([PROBE_KEY]),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`storage did not answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      // A store whose writes fail (disk full) still answers reads: it is not ready either.
      const writes = (storage as { writeHealth?: () => string | undefined }).writeHealth?.();
      if (writes) {
        // One small write tells whether it has recovered (space freed): it clears the failure if so.
        const ok = await storage.write({ [`${PROBE_KEY}-write`]: { at: Date.now(), eTag: '*' } }).then(
          () => true,
          () => false,
        );
        if (!ok) return { ready: false, checks: { storage: `writes failing: ${writes}` } };
      }
      return { ready: true, checks: { storage: 'ok' } };
    } catch (e) {
      // Only the error's class and first line: a storage error can carry a connection string.
      const first = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).split('\n')[0] ?? '';
      return { ready: false, checks: { storage: first.replace(/(AccountKey|SharedAccessSignature|sig)=[^;&\s]+/gi, '$1=[REDACTED]') } };
    } finally {
      if (timer) clearTimeout(timer);
    }
  };
}

/** `GET /readyz`: 200 with the report when ready, 503 when not (load balancers stop routing). */
export function readinessEndpoint(check: () => Promise<ReadinessReport>): Endpoint {
  return async (_req, res) => {
    const report = await check();
    send(res, report.ready ? 200 : 503, 'application/json; charset=utf-8', JSON.stringify(report));
  };
}

/** `GET /healthz` (liveness): the process answers; deliberately checks nothing else. */
export function livenessEndpoint(): Endpoint {
  return async (_req, res) => send(res, 200, 'application/json; charset=utf-8', '{"status":"ok"}');
}
