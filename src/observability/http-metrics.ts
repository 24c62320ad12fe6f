import type { IncomingMessage, ServerResponse } from 'node:http';

/** The route label of a request that matched no route (404s, junk paths, probes). */
export const UNMATCHED_ROUTE = 'unmatched';

type Routed = IncomingMessage & { route?: { path?: unknown; method?: string } };

/**
 * restify `server.pre(...)` handler, registered first: times every request, including those refused
 * before routing (413, 415) and 404s, and reports it with a label from the route table — the route's
 * path (`/api/messages`, `/healthz`…), else the request path when it is exactly a table path, else
 * {@link UNMATCHED_ROUTE}. The raw request path is never a label, so junk paths cannot create series
 * (or push real routes out of a capped family).
 */
export function httpMetrics(routePaths: () => readonly string[], record: (labels: { route: string; method: string; status: string }, seconds: number) => void) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      record({ ...routeOf(req as Routed, routePaths), status: String(res.statusCode) }, seconds);
    });
    next();
  };
}

function routeOf(req: Routed, routePaths: () => readonly string[]): { route: string; method: string } {
  const spec = req.route?.path;
  if (typeof spec === 'string') return { route: spec, method: req.route?.method ?? req.method ?? 'other' };
  const path = (req.url ?? '').split('?')[0] ?? '';
  return routePaths().includes(path) ? { route: path, method: req.method ?? 'other' } : { route: UNMATCHED_ROUTE, method: 'other' };
}

/** The paths of a restify server's route table. */
export function restifyRoutePaths(server: { router: unknown }): () => readonly string[] {
  let cached: { n: number; paths: string[] } | undefined;
  return () => {
    const routes = Object.values((server.router as { getRoutes(): Record<string, { path?: unknown }> }).getRoutes());
    if (cached?.n !== routes.length) cached = { n: routes.length, paths: routes.map((r) => r.path).filter((p): p is string => typeof p === 'string') };
    return cached.paths;
  };
}
