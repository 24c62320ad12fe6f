import restify, { type Request, type Response, type Server } from 'restify';
import type { AddressInfo } from 'node:net';
import type { Storage } from '../storage';
import type { BotAdapter, BotApplication } from '../teams/adapter';
import { type Config, botAuth, listenHost } from '../config';
import {
  silentLogger,
  type Logger,
  createBotMetrics,
  MetricsRegistry,
  type BotMetrics,
  livenessEndpoint,
  metricsEndpoint,
  readinessEndpoint,
  type ReadinessReport,
  requestIdHandler,
  httpMetrics,
  restifyRoutePaths,
} from '../observability';
import type { ReleaseData } from '../core/calendar';
import { createAdapter, botAppIdOf, serviceUrlModeOf } from '../teams/adapter';
import { createBotApp } from '../teams/bot-app';
import { createHooks, type BotHooks } from '../teams/hooks';
import type { AskPipeline } from '../teams/route-deps';
import {
  serviceUrlProblem,
  localIdentityGuard,
  readJsonBody,
  refuseEncodedBodies,
  type BodyRejection,
  authErrorsAs401,
  bodySizeLimit,
  checkActivityBody,
  replayGuard,
  tenantGuard,
  textGuard,
  withInvokeFallback,
} from '../teams/guards';
import { boundOpenIdFetch, processInbound } from '../teams/process-activity';
import type { IncomingMessage } from 'node:http';
import { registerCalendarIcsRoute } from './server-calendar';
import { systemClock } from './clock';

export interface BuildOptions {
  config: Config;
  pipeline: AskPipeline;
  logger?: Logger;
  hooks?: BotHooks;
  /** The clock, read at the edge (tests pass a fixed one). */
  now?: () => Date;
  storage?: Storage;
  typingDelayMs?: number;
  /** Release data for GET /calendar.ics (omit to leave the route out). */
  releases?: ReleaseData;
  /** Extra routes other modules mount (e.g. GET /reminders/status). */
  mounts?: ((server: Server) => void)[];
  /** GET /readyz check (observability `readiness(storage)`); default: ready once listening. */
  readiness?: () => Promise<ReadinessReport>;
  /** Metrics registry served on GET /metrics (loopback or METRICS_TOKEN); one is created if omitted. */
  metrics?: MetricsRegistry;
  metricsToken?: string;
}

export interface Built {
  server: Server;
  app: BotApplication;
  adapter: BotAdapter;
  hooks: BotHooks;
  metrics: BotMetrics;
  /** Bot id for proactive sends (a placeholder in local mode). */
  botAppId: string;
  url?: string;
  listen(port: number, host?: string): Promise<string>;
  /** Stops listening, then runs the onClose hooks (reminder tick, storage) in order. */
  close(): Promise<void>;
  onClose(hook: () => Promise<void>): void;
}

function sendJson(res: Response, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** Composition of the HTTP surface; separate from listen() so tests run it on port 0. */
export async function build(opts: BuildOptions): Promise<Built> {
  const logger = opts.logger ?? silentLogger();
  const now = opts.now ?? systemClock;
  const auth = botAuth(opts.config);
  const adapter = createAdapter(auth);
  // botbuilder 4.23 answers 500 to a bad JWT signature / alg / nbf: map to 401 (src/teams/guards).
  authErrorsAs401(adapter);
  // Inbound service URLs get the same check as the connector clients the adapter makes (guards/service-url.ts).
  const serviceUrls = serviceUrlModeOf(auth);
  // The OpenID metadata fetch gets a timeout; failing it is a 503 with a code (process-activity.ts).
  boundOpenIdFetch();
  // An invoke no route handles would get botbuilder's 501: answer an empty 200 instead.
  withInvokeFallback(adapter);
  const hooks = opts.hooks ?? createHooks();
  const botAppId = botAppIdOf(auth);
  const registry = opts.metrics ?? new MetricsRegistry({ processMetrics: true });
  const metrics = createBotMetrics(registry);
  // Guards run before the routes (src/teams/guards): tenant allow-list, redelivery, text hygiene.
  if (opts.config.ALLOWED_TENANT_IDS.length) adapter.use(tenantGuard({ allowed: opts.config.ALLOWED_TENANT_IDS, logger, metrics }));
  // Local mode: privileges follow this machine's configuration, never the request (guards/local-identity.ts).
  if (auth.mode === 'local') {
    adapter.use(
      localIdentityGuard({
        localUser: opts.config.LOCAL_USER_AAD_ID,
        helpdeskIds: opts.config.HELPDESK_ADMIN_IDS,
        helpdeskConversationId: opts.config.HELPDESK_CONVERSATION_ID,
        logger,
      }),
    );
  }
  adapter.use(replayGuard({ logger, metrics }));
  adapter.use(textGuard({ logger, metrics }));
  const app = createBotApp({
    adapter,
    botAppId,
    pipeline: opts.pipeline,
    hooks,
    logger,
    now,
    helpdeskIds: opts.config.HELPDESK_ADMIN_IDS,
    typingDelayMs: opts.typingDelayMs,
    defaultLocale: opts.config.DEFAULT_LOCALE,
    storage: opts.storage,
    metrics,
  });

  // restify's own logger is ours: JSON lines with Authorization and secrets redacted (issue 15 finding 9).
  const server = restify.createServer({ name: 'hotpatch-bot', handleUncaughtExceptions: false, log: logger.child({ component: 'restify' }) as never });
  // First: every request is timed and counted, labelled by its route in the route table (never the raw path).
  server.pre(
    httpMetrics(restifyRoutePaths(server), (labels, seconds) => {
      metrics.httpRequests.inc({ route: labels.route, status: labels.status });
      metrics.httpDuration.observe(labels, seconds);
    }),
  );
  server.use(requestIdHandler(logger));
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // No restify bodyParser: it inflates gzip (a crash and a bomb), writes multipart to disk and reads forms.
  // Only POST /api/messages reads a body, as UTF-8 JSON with a limit on the bytes read (json-body.ts).
  const onBodyRejected = (r: BodyRejection) => metrics.rejectedActivities.inc({ reason: String(r.status) });
  server.pre(refuseEncodedBodies(onBodyRejected));
  server.pre(bodySizeLimit(opts.config.MAX_BODY_BYTES, onBodyRejected));
  // A stream error on any request is logged, never an unhandled 'error' event that ends the process.
  server.server.on('request', (req: IncomingMessage) => {
    req.on('error', (err) => logger.warn({ code: 'HB-HTTP-400', err: err.message }, 'request stream error'));
  });
  server.on('restifyError', (req: Request, res: Response, err: { statusCode?: number; message?: string }, cb: () => void) => {
    const status = err.statusCode ?? 500;
    logger.warn({ status, path: req.path(), code: status === 400 ? 'HB-TEAMS-400' : undefined }, err.message ?? 'request error');
    return cb();
  });

  const production = auth.mode !== 'local';
  // Production: a request without a bearer token is refused before its body is read (a 401, never a
  // 400 that describes the schema to an unauthenticated caller).
  const requireBearer = (req: Request, res: Response, next: (err?: false) => void) => {
    if (production && !/^Bearer\s+\S+/i.test(String(req.headers.authorization ?? ''))) {
      metrics.rejectedActivities.inc({ reason: '401' });
      req.resume();
      res.setHeader('www-authenticate', 'Bearer');
      res.setHeader('connection', 'close');
      sendJson(res, 401, { code: 'HB-TEAMS-401', error: 'Unauthorized.' });
      return next(false);
    }
    next();
  };
  server.post('/api/messages', requireBearer, readJsonBody(opts.config.MAX_BODY_BYTES, onBodyRejected), async (req: Request, res: Response) => {
    const check = checkActivityBody(req.body);
    if (!check.ok) {
      metrics.rejectedActivities.inc({ reason: 'invalid' });
      // The schema detail helps a developer in local mode; production says only that it is invalid.
      return sendJson(res, 400, { code: 'HB-TEAMS-400', error: production ? 'Invalid activity.' : check.error });
    }
    // Local mode checks the service URL here (nothing is authenticated); production after the token
    // (an unauthenticated caller gets 401 whatever it sends): the connector factory refuses it there.
    const refused = production ? undefined : serviceUrlProblem((req.body as { serviceUrl: string }).serviceUrl, serviceUrls);
    if (refused) {
      metrics.rejectedActivities.inc({ reason: 'service-url' });
      logger.warn({ code: 'HB-TEAMS-403', reason: refused }, 'activity refused: service URL not allowed');
      return sendJson(res, 403, { code: 'HB-TEAMS-403', error: 'serviceUrl is not an allowed Bot Framework service URL.' });
    }
    await processInbound(adapter, req, res, (context) => app.run(context).then(() => undefined), logger);
  });

  // The Agents Playground probes the endpoint with HEAD before connecting.
  server.head('/api/messages', async (_req: Request, res: Response) => {
    res.statusCode = 200;
    res.end();
  });

  let ready = false;
  const liveness = livenessEndpoint();
  const readinessCheck = opts.readiness ?? (async (): Promise<ReadinessReport> => ({ ready: true, checks: {} }));
  const readyz = readinessEndpoint(async () => {
    const report = await readinessCheck();
    return ready ? report : { ready: false, checks: { ...report.checks, server: 'not listening' } };
  });
  const metricsRoute = metricsEndpoint({ registry, token: opts.metricsToken ?? opts.config.METRICS_TOKEN });
  server.get('/healthz', async (req: Request, res: Response) => liveness(req, res));
  server.get('/readyz', async (req: Request, res: Response) => readyz(req, res));
  server.get('/metrics', async (req: Request, res: Response) => metricsRoute(req, res));
  if (opts.releases) registerCalendarIcsRoute(server, opts.releases, opts.config, now);
  for (const mount of opts.mounts ?? []) mount(server);

  const closeHooks: (() => Promise<void>)[] = [];
  const built: Built = {
    server,
    app,
    adapter,
    hooks,
    metrics,
    botAppId,
    listen(port, host = listenHost(opts.config)) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const addr = server.address() as AddressInfo;
          // The URL to call from this machine; `address` is what the socket is really bound to.
          const callable = addr.address === '0.0.0.0' || addr.address === '::' ? '127.0.0.1' : addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
          built.url = `http://${callable}:${addr.port}`;
          ready = true;
          logger.info({ url: built.url, address: addr.address, port: addr.port, auth: auth.mode }, `hotpatch-bot listening on ${addr.address}:${addr.port}`);
          resolve(built.url);
        });
      });
    },
    onClose(hook) {
      closeHooks.push(hook);
    },
    async close() {
      ready = false;
      await new Promise<void>((resolve) => {
        if (!server.server.listening) return resolve();
        server.close(() => resolve());
      });
      for (const hook of closeHooks) await hook();
    },
  };
  return built;
}

export async function listen(built: Built, port: number, host?: string): Promise<string> {
  return built.listen(port, host);
}
