import { CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type ConversationReference } from 'botbuilder';
import type { ConversationRef, ReminderMessage, SendResult, Sender } from '../reminders/types';

/**
 * The reminders' Sender over botbuilder's CloudAdapter (stack-notes.md, Proactive). With `onTurnError`
 * set, a failing proactive send never rejects, so the result is caught inside the callback.
 * Note: the connector client retries by itself (429 with Retry-After, 5xx: 3 times); our engine sees the
 * final answer only, so its rate budget stays below Teams' limit to leave room for those.
 */
export function createProactiveSender(adapter: CloudAdapter, botAppId: string): Sender {
  return {
    async send(reference: ConversationRef, message: ReminderMessage): Promise<SendResult> {
      let result: SendResult = { ok: false, reason: 'the bot adapter did not run the proactive callback' };
      try {
        await adapter.continueConversationAsync(botAppId, reference as Partial<ConversationReference>, async (context) => {
          try {
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

export interface ReminderAdapterConfig {
  BOT_ID?: string;
  BOT_PASSWORD?: string;
  BOT_TYPE?: string;
  BOT_TENANT_ID?: string;
}

/** A CloudAdapter for processes without the server (CLI `reminders tick`); BOT_ID empty = local mode. */
export function createReminderAdapter(config: ReminderAdapterConfig): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.BOT_ID ?? '',
    MicrosoftAppPassword: config.BOT_PASSWORD ?? '',
    MicrosoftAppType: config.BOT_TYPE ?? 'MultiTenant',
    MicrosoftAppTenantId: config.BOT_TENANT_ID ?? '',
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async () => undefined; // proactive failures are caught in the callback above
  return adapter;
}
