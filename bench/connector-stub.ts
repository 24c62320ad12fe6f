import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';

/**
 * A real local HTTP server standing in for the Bot Connector: `POST /v3/conversations/{id}/activities[/{replyTo}]`.
 * It enforces Teams' limits (Teams rate limits: https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit): 50 requests/s per tenant, and per thread 7/1 s, 8/2 s,
 * 60/30 s, 1800/h — every request counts, and one over a limit gets 429 (Retry-After: 1). `chaos` can
 * answer 429 (with or without Retry-After) and 5xx on chosen attempts to test retries.
 */
export interface StubFailure {
  status: number;
  retryAfterSeconds?: number;
}

export interface ConnectorStubOptions {
  /** Decide a failure for the n-th request (0-based) to a conversation; null = normal handling. */
  chaos?: (conversationId: string, n: number) => StubFailure | null;
  latencyMs?: number;
  tenantPerSecond?: number;
  /** Divide every window by this factor (quick mode); 1 = Teams' real limits. */
  timeScale?: number;
}

export interface ConnectorStub {
  url: string;
  /** Activities accepted (200) per conversation id. */
  delivered: Map<string, number>;
  requests: number;
  /** Requests that went over a limit (answered 429). Must stay 0 for a well-behaved sender. */
  violations: Array<{ rule: string; conversationId: string; at: number }>;
  /** Highest number of requests seen in any 1 s window for one tenant. */
  peakTenantPerSecond: number;
  firstAt?: number;
  lastAt?: number;
  close(): Promise<void>;
}

const THREAD = [
  { limit: 7, ms: 1000, rule: 'thread 7/1s' },
  { limit: 8, ms: 2000, rule: 'thread 8/2s' },
  { limit: 60, ms: 30_000, rule: 'thread 60/30s' },
  { limit: 1800, ms: 3600_000, rule: 'thread 1800/h' },
];

export async function startConnectorStub(opts: ConnectorStubOptions = {}): Promise<ConnectorStub> {
  const scale = opts.timeScale ?? 1;
  const tenantLimit = opts.tenantPerSecond ?? 50;
  const tenantStamps = new Map<string, number[]>();
  const threadStamps = new Map<string, number[]>();
  const perConversation = new Map<string, number>();
  const stub: ConnectorStub = { url: '', delivered: new Map(), requests: 0, violations: [], peakTenantPerSecond: 0, close: async () => undefined };

  // Arrival stamps can be handled out of order (simulated latency): count by value, keep sorted.
  const countIn = (list: number[], now: number, ms: number) => list.filter((x) => x > now - ms && x <= now).length;
  const insert = (list: number[], x: number) => {
    let i = list.length;
    while (i > 0 && list[i - 1]! > x) i--;
    list.splice(i, 0, x);
  };
  const allTenantStamps = new Map<string, number[]>();

  const handle = (req: IncomingMessage, res: ServerResponse, body: string, now: number) => {
    const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]*)?$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !m) return send(res, 404, { error: { code: 'NotFound', message: req.url } });
    const conversationId = decodeURIComponent(m[1]!);
    let activity: { conversation?: { tenantId?: string } };
    try {
      activity = JSON.parse(body);
    } catch {
      return send(res, 400, { error: { code: 'BadArgument', message: 'invalid JSON' } });
    }
    stub.requests++;
    stub.firstAt ??= now;
    stub.lastAt = now;
    const tenant = activity.conversation?.tenantId ?? 'no-tenant';
    const t = tenantStamps.get(tenant) ?? [];
    const th = threadStamps.get(conversationId) ?? [];
    insert(t, now);
    insert(th, now);
    tenantStamps.set(
      tenant,
      t.filter((x) => x > now - 2000 / scale),
    );
    threadStamps.set(conversationId, th);
    const all = allTenantStamps.get(tenant) ?? [];
    insert(all, now);
    allTenantStamps.set(tenant, all);
    const inTenantSecond = countIn(t, now, 1000 / scale);

    const n = perConversation.get(conversationId) ?? 0;
    perConversation.set(conversationId, n + 1);

    const over = inTenantSecond > tenantLimit ? 'tenant 50/s' : THREAD.find((r) => countIn(th, now, r.ms / scale) > r.limit)?.rule;
    if (over) {
      stub.violations.push({ rule: over, conversationId, at: now });
      res.setHeader('Retry-After', '1');
      return send(res, 429, { error: { code: 'Throttled', message: over } });
    }
    const failure = opts.chaos?.(conversationId, n);
    if (failure) {
      if (failure.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(failure.retryAfterSeconds));
      return send(res, failure.status, { error: { code: 'Injected', message: `injected ${failure.status}` } });
    }
    stub.delivered.set(conversationId, (stub.delivered.get(conversationId) ?? 0) + 1);
    return send(res, 200, { id: `1${randomUUID().replace(/-/g, '').slice(0, 12)}` });
  };

  const server = createServer((req, res) => {
    // Counted when the request arrives (as Teams would), not after the simulated latency.
    const arrived = Date.now();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const go = () => handle(req, res, body, arrived);
      if (opts.latencyMs) setTimeout(go, opts.latencyMs);
      else go();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  stub.url = `http://127.0.0.1:${port}/`;
  Object.defineProperty(stub, 'peakTenantPerSecond', {
    get: () => Math.max(0, ...[...allTenantStamps.values()].map((list) => peak(list, 1000 / scale))),
  });
  stub.close = () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())));
  return stub;
}

/** Most requests in any window of `ms` (sorted stamps, two pointers). */
export function peak(sorted: number[], ms: number): number {
  let best = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[i]! <= sorted[j]! - ms) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
}
