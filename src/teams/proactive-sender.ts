import { CardFactory, type CloudAdapter, type Activity, type ConversationReference } from 'botbuilder';
import { botAuth, type Config } from '../config';
import { createAdapter } from './adapter';
import {
  type ConversationRef,
  type ReminderDeps,
  type ReminderLogger,
  type ReminderMessage,
  type SendResult,
  type Sender,
  calendarContent,
  newInstanceId,
  reminderSettingsFromConfig,
} from '../reminders';
import type { Storage } from '../storage';
import type { ReleaseData } from '../core/calendar';
import { renderReminder } from '../replies';
import { loadReleaseData } from '../data/load-release-data';

/**
 * The reminders' Sender over botbuilder's CloudAdapter. With `onTurnError`
 * set, a failing proactive send never rejects, so the result is caught inside the callback.
 *
 * The connector client's own retry policy (429 with Retry-After, 5xx: 3 times) is
 * removed from the turn's pipeline: those hidden retries bypass the reminders' rate limiter, and under
 * throttling they turned one 429 into a storm (measured with bench/reminders.ts). The engine retries
 * instead, through the limiter, with Retry-After or backoff with jitter, and records every attempt.
 */
export function createProactiveSender(adapter: CloudAdapter, botAppId: string): Sender {
  return {
    async send(reference: ConversationRef, message: ReminderMessage): Promise<SendResult> {
      let result: SendResult = { ok: false, reason: 'the bot adapter did not run the proactive callback' };
      try {
        await adapter.continueConversationAsync(botAppId, reference as Partial<ConversationReference>, async (context) => {
          try {
            withoutHiddenRetries(context.turnState.get(adapter.ConnectorClientKey));
            const sent = await context.sendActivity(toActivity(message));
            result = { ok: true, ...(sent?.id ? { activityId: sent.id } : {}) };
          } catch (e) {
            result = toFailure(e);
          }
        });
      } catch (e) {
        result = toFailure(e);
      }
      return result;
    },
  };
}

/** Drops core-rest-pipeline's `defaultRetryPolicy` from this turn's ConnectorClient, if the shape is the known one. */
function withoutHiddenRetries(connector: unknown): void {
  const pipeline = (connector as { client?: { pipeline?: { removePolicy?(o: { name: string }): unknown } } } | undefined)?.client?.pipeline;
  pipeline?.removePolicy?.({ name: 'defaultRetryPolicy' });
}

function toActivity(message: ReminderMessage): Partial<Activity> {
  const entities = (message.card.msteams as { entities?: unknown[] } | undefined)?.entities;
  return {
    type: 'message',
    summary: message.summary,
    attachments: [CardFactory.adaptiveCard(message.card)],
    ...(entities ? { entities: entities as Activity['entities'] } : {}),
  };
}

/** A RestError (statusCode, Retry-After seconds or HTTP date) → a typed failure; no secrets in `reason`. */
export function toFailure(e: unknown): SendResult {
  const err = e as { statusCode?: number; message?: string; code?: string; response?: { headers?: { get?(n: string): string | undefined } } };
  const header = err.response?.headers?.get?.('retry-after');
  let retryAfterMs: number | undefined;
  if (header) {
    const seconds = Number(header);
    retryAfterMs = Number.isFinite(seconds) ? seconds * 1000 : Math.max(0, Date.parse(header) - Date.now()) || undefined;
  }
  const reason = (err.code ? `${err.code}: ` : '') + (err.message ?? String(e)).replace(/Bearer\s+\S+/gi, 'Bearer ***').slice(0, 300);
  return { ok: false, ...(err.statusCode ? { statusCode: err.statusCode } : {}), ...(retryAfterMs !== undefined ? { retryAfterMs } : {}), reason };
}

export type ReminderAdapterConfig = Pick<Config, 'BOT_ID' | 'BOT_PASSWORD' | 'BOT_TYPE' | 'BOT_TENANT_ID'>;

/**
 * The adapter for processes without the server (CLI `reminders tick`), from the same factory and the
 * same `botAuth` rules as the server: an unset BOT_TYPE is SingleTenant in both (it used to be
 * MultiTenant here, so cron asked for multi-tenant tokens for a single-tenant bot).
 */
export function createReminderAdapter(config: ReminderAdapterConfig): CloudAdapter {
  const adapter = createAdapter(botAuth(config));
  adapter.onTurnError = async () => undefined; // proactive failures are caught in the callback above
  return adapter;
}

export interface ReminderDepsOptions {
  storage: Storage;
  /** The bot's adapter, or one made from the config (processes without the server). */
  adapter?: CloudAdapter;
  log?: ReminderLogger;
  /** Release data already loaded by the root; else loaded here (with RELEASES_OVERRIDE_PATH). */
  releases?: ReleaseData;
  /** The clock, from the composition root. */
  clock: () => Date;
}

/** Everything the reminders engine needs, from the config: the composition root's one call. */
export function createReminderDeps(config: Config, opts: ReminderDepsOptions): ReminderDeps {
  return {
    storage: opts.storage,
    sender: createProactiveSender(opts.adapter ?? createReminderAdapter(config), config.BOT_ID ?? ''),
    content: calendarContent(opts.releases ?? loadReleaseData(config.RELEASES_OVERRIDE_PATH ? { overridePath: config.RELEASES_OVERRIDE_PATH } : {})),
    render: renderReminder,
    settings: reminderSettingsFromConfig(config),
    clock: opts.clock,
    instanceId: newInstanceId(),
    ...(opts.log ? { log: opts.log } : {}),
  };
}
