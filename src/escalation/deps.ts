import type { HelpdeskSettings } from '../config';
import type { EscalationMessage } from './messages';
import type { ConversationRef } from './ticket';
import type { TicketStore } from './ticket-store';
import type { ExchangeStore } from './last-exchange';
import type { CardActionType } from './ticket-card';

/** A send's result: `error` is what was thrown; a failure without one is a send that did not run. */
export type ProactiveResult = { ok: true; activityId?: string } | { ok: false; reason: string; error?: unknown };

/** Sends outside the turn: the one proactive sender of src/teams/proactive-sender.ts. Never throws. */
export interface EscalationSender {
  /** `newPost`: a new message in the conversation (a channel post), not a reply to the reference's activity. */
  send(reference: ConversationRef, message: EscalationMessage, opts?: { newPost?: boolean }): Promise<ProactiveResult>;
}

export interface EscalationLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** What the escalation use cases need; built once by the composition root. */
export interface EscalationDeps {
  settings: HelpdeskSettings;
  store: TicketStore;
  /** Remembers each user's last question and the bot's answer (see rememberExchange). */
  exchanges?: ExchangeStore;
  sender: EscalationSender;
  now: () => Date;
  /** Entra object ids of helpdesk staff (HELPDESK_ADMIN_IDS); anyone acting from the helpdesk channel is staff too. */
  helpdeskIds?: readonly string[];
  actionType?: CardActionType;
  /** One ticket per requester per this many ms (a double click must not open two tickets). Default 120 000. */
  cooldownMs?: number;
  randomBytes?: (n: number) => Uint8Array;
  logger?: EscalationLogger;
}

/** The failure to act on: an error was thrown. A send the adapter's middleware did not run was never one for escalation. */
export function sendError(result: ProactiveResult): { error: unknown } | undefined {
  return !result.ok && result.error ? { error: result.error } : undefined;
}
