import { TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import { botAuth, type Config } from '../config';
import { createAdapter } from './adapter';
import type { ReminderMessage, SendResult, Sender } from '../reminders';
import { reminderToMessage, toActivity, type OutgoingMessage } from './outgoing-activity';

/** Where a proactive message goes: a stored ConversationReference (reminders, requesters) or a channel (tickets). */
export interface ProactiveTarget {
  serviceUrl?: string;
  conversation?: { id: string };
}

export interface ProactiveOptions {
  /** A new message in the conversation (POST …/activities, a new channel post), not a reply to the reference's activity. */
  newPost?: boolean;
  /**
   * The caller retries itself (reminders, through their rate limiter): the connector client's own retry
   * policy (429 with Retry-After, 5xx: 3 times) is removed from the turn's pipeline. Those hidden retries
   * bypass the limiter, and under throttling they turned one 429 into a storm (bench/reminders.ts).
   */
  ownRetries?: boolean;
}

/** The one way the bot speaks outside a turn: reminders, ticket cards and requester notices. */
export interface ProactiveSender {
  /** Never throws: a failure comes back typed (status code, Retry-After), with the error that caused it. */
  send(reference: ProactiveTarget, message: OutgoingMessage, opts?: ProactiveOptions): Promise<SendResult>;
}

/** The part of botframework-connector's ConnectorClient used for new posts (set in turnState by CloudAdapter). */
interface ConversationsClient {
  conversations: { sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<{ id?: string }> };
}

/**
 * The proactive sender over botbuilder's CloudAdapter. With `onTurnError` set, a failing proactive send
 * never rejects, so the result is caught inside the callback. The activity is built inside the callback,
 * after the connector for the reference's service URL was accepted (connector-cache.ts refuses others).
 */
/** The adapter's part a proactive send uses: the server's TeamsAdapter, or createReminderAdapter's. */
export type ProactiveAdapter = Pick<CloudAdapter, 'continueConversationAsync'>;

export function createProactiveSender(adapter: ProactiveAdapter, botAppId: string): ProactiveSender {
  return {
    async send(reference, message, opts = {}) {
      let result: SendResult = { ok: false, reason: 'the bot adapter did not run the proactive callback' };
      try {
        await adapter.continueConversationAsync(botAppId, reference as Partial<ConversationReference>, async (context) => {
          try {
            const connector = context.turnState.get<ConversationsClient | undefined>(context.adapter.ConnectorClientKey);
            if (opts.ownRetries) withoutHiddenRetries(connector);
            const activity = toActivity(message);
            let id: string | undefined;
            if (opts.newPost && connector) {
              const full = TurnContext.applyConversationReference({ ...activity }, TurnContext.getConversationReference(context.activity));
              delete full.replyToId;
              id = (await connector.conversations.sendToConversation(full.conversation!.id, full)).id;
            } else {
              id = (await context.sendActivity(activity))?.id;
            }
            result = { ok: true, ...(id ? { activityId: id } : {}) };
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

/** The reminders' Sender (src/reminders/types.ts): a reminder card through the one proactive sender, retried by the engine. */
export function reminderSender(proactive: ProactiveSender): Sender {
  return { send: (reference, message: ReminderMessage) => proactive.send(reference, reminderToMessage(message), { ownRetries: true }) };
}

/** Drops core-rest-pipeline's `defaultRetryPolicy` from this turn's ConnectorClient, if the shape is the known one. */
function withoutHiddenRetries(connector: unknown): void {
  const pipeline = (connector as { client?: { pipeline?: { removePolicy?(o: { name: string }): unknown } } } | undefined)?.client?.pipeline;
  pipeline?.removePolicy?.({ name: 'defaultRetryPolicy' });
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
  return {
    ok: false,
    ...(err.statusCode ? { statusCode: err.statusCode } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    reason,
    error: e,
  };
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
