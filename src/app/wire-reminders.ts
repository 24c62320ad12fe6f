import type { Server, Request, Response } from 'restify';
import type { Config } from '../config';
import type { ReleaseData } from '../core/calendar';
import { type Logger, operationalAccess, type BotMetrics } from '../observability';
import type { Storage } from '../storage';
import type { Built } from './server';
import {
  startScheduler,
  tenantReminderStatus,
  tenantsOverview,
  type ReminderDeps,
  type RunRecord,
  type ReminderLogger,
  calendarContent,
  createReminderCaches,
  newInstanceId,
  reminderSettingsFromConfig,
} from '../reminders';
import { createProactiveSender, createReminderAdapter, reminderSender, type ProactiveAdapter } from '../teams/proactive-sender';
import { handleReminderAction, handleReminderIntent, recordConversation } from '../teams/reminder-handler';
import { renderReminder } from '../replies';
import { loadReleaseData } from '../data/load-release-data';

export interface ReminderDepsOptions {
  storage: Storage;
  /** The bot's adapter, or one made from the config (processes without the server). */
  adapter?: ProactiveAdapter;
  log?: ReminderLogger;
  /** Release data already loaded by the root; else loaded here (with RELEASES_OVERRIDE_PATH). */
  releases?: ReleaseData;
  /** The clock, from the composition root. */
  clock: () => Date;
}

/**
 * Everything the reminders engine needs, from the config: the one call of the server and of the CLI.
 * The engine's caches are made here, once per process (src/reminders/caches.ts).
 */
export function createReminderDeps(config: Config, opts: ReminderDepsOptions): ReminderDeps {
  return {
    storage: opts.storage,
    sender: reminderSender(createProactiveSender(opts.adapter ?? createReminderAdapter(config), config.BOT_ID ?? '')),
    content: calendarContent(opts.releases ?? loadReleaseData(config.RELEASES_OVERRIDE_PATH ? { overridePath: config.RELEASES_OVERRIDE_PATH } : {})),
    render: renderReminder,
    settings: reminderSettingsFromConfig(config),
    clock: opts.clock,
    instanceId: newInstanceId(),
    caches: createReminderCaches(),
    ...(opts.log ? { log: opts.log } : {}),
  };
}

/**
 * GET /reminders/status — the same rule as /metrics: a caller on this machine (loopback, no proxy
 * header) or `Authorization: Bearer METRICS_TOKEN` (issue 15 finding 6). Per tenant and paged, from the
 * tenant's index: `?tenant=<id>&cursor=…&limit=1..200`; without `tenant`, the subscription count per
 * tenant (paged). Filled in by wireReminders (the sender needs the built adapter).
 */
export function reminderStatusMount(holder: { deps?: ReminderDeps }, token?: string) {
  return (server: Server) => {
    server.get('/reminders/status', async (req: Request, res: Response) => {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      const access = operationalAccess(req, token);
      if (!access.ok) {
        res.statusCode = access.status;
        res.setHeader('www-authenticate', 'Bearer');
        return res.end(JSON.stringify({ code: 'HB-REMIND-401', error: 'reminder status needs a bearer token (METRICS_TOKEN) or a call from this machine' }));
      }
      if (!holder.deps) {
        res.statusCode = 503;
        return res.end(JSON.stringify({ code: 'HB-REMIND-503', error: 'reminders not started yet' }));
      }
      const q = new URL(req.url ?? '/', 'http://localhost').searchParams;
      const tenant = q.get('tenant') ?? undefined;
      const cursor = q.get('cursor') ?? undefined;
      const limitText = q.get('limit');
      const limit = limitText === null ? undefined : Number(limitText);
      if (
        (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 200)) ||
        (tenant !== undefined && !/^[\w.@:-]{1,128}$/.test(tenant)) ||
        (cursor?.length ?? 0) > 300
      ) {
        res.statusCode = 400;
        return res.end(JSON.stringify({ code: 'HB-REMIND-400', error: 'use /reminders/status?tenant=<tenant id>&cursor=<nextCursor>&limit=1..200' }));
      }
      res.statusCode = 200;
      const body = tenant ? await tenantReminderStatus(holder.deps, tenant, { cursor, limit }) : await tenantsOverview(holder.deps.storage, { cursor, limit });
      res.end(JSON.stringify(body));
    });
  };
}

/**
 * Weekly reminders on a built server: conversation references refreshed on every activity,
 * chat commands and card buttons, the in-process scheduler tick, and its counters on /metrics.
 * Returns the scheduler's stop, for graceful shutdown.
 */
export function wireReminders(
  built: Built,
  config: Config,
  opts: { storage: Storage; releases: ReleaseData; logger: Logger; now: () => Date; holder: { deps?: ReminderDeps }; schedule: boolean },
): () => Promise<void> {
  const deps = createReminderDeps(config, { storage: opts.storage, adapter: built.adapter, log: opts.logger, releases: opts.releases, clock: opts.now });
  opts.holder.deps = deps;
  built.hooks.onActivity((context) => recordConversation(context, deps));
  built.hooks.onReminderIntent(async (context, question) => {
    await handleReminderIntent(context, question, deps);
    return true;
  });
  for (const verb of ['reminder-snooze', 'reminder-unsubscribe']) {
    built.hooks.onAction(verb, async (context, data) => {
      await handleReminderAction(context, data as { verb?: string; subscriptionId?: string }, deps);
    });
  }
  if (!opts.schedule) return async () => {};
  const scheduler = startScheduler(deps, 60_000, (run) => {
    if (run.sent) built.metrics.remindersSent.inc({}, run.sent);
    if (run.failed) built.metrics.remindersFailed.inc({ reason: 'after-retries' }, run.failed);
    recordReminderDelays(built.metrics, run);
  });
  return () => scheduler.stop();
}

/** Per reminder sent in a tick: scheduled occurrence → the tick's end (an upper bound on its delivery). */
export function recordReminderDelays(metrics: Pick<BotMetrics, 'reminderDelay'>, run: RunRecord): void {
  const end = Date.parse(run.finishedAt);
  for (const [, , occurrence, status] of run.targets) {
    if (status === 'sent') metrics.reminderDelay.observe({}, Math.max(0, (end - Date.parse(occurrence)) / 1000));
  }
}
