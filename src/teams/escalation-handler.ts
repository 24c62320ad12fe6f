import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import {
  actOnTicket,
  escalate as escalateTicket,
  escalateLastQuestion,
  rememberExchange as rememberTurnExchange,
  ticketVerbs,
  type ConversationRef,
  type EscalationDeps,
  type EscalationOutcome,
  type EscalationTurn,
  type EscLocale,
  type TicketActionResult,
} from '../escalation';
import { localeOf, tenantOf } from './conversation';
import { toActivity } from './outgoing-activity';

/**
 * Chat side of the helpdesk hand-off: turns a turn into the input of the escalation use cases
 * (src/escalation/escalate.ts, ticket-actions.ts) and their messages into activities.
 */
export type { EscalationDeps, EscalationOutcome, TicketActionResult } from '../escalation';

function refOf(activity: Activity): ConversationRef {
  return JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity))) as ConversationRef;
}

function turnOf(a: Activity): EscalationTurn & { conversationId?: string; userId?: string } {
  return {
    tenantId: tenantOf(a),
    requester: { id: a.from?.id, name: a.from?.name, aadObjectId: a.from?.aadObjectId },
    userRef: refOf(a),
    activityId: a.id,
    channelId: a.channelId,
    serviceUrl: a.serviceUrl,
    bot: a.recipient,
    conversationId: a.conversation?.id,
    userId: a.from?.id,
  };
}

/**
 * Hands a question to humans: posts a ticket card to HELPDESK_CONVERSATION_ID and tells the user.
 * Without a channel, says whom to contact (HELPDESK_CONTACT_TEXT).
 */
export async function escalate(
  context: TurnContext,
  input: { question: string; botAttempt?: string; locale?: EscLocale },
  deps: EscalationDeps,
): Promise<EscalationOutcome> {
  const a = context.activity;
  const { outcome, reply } = await escalateTicket(turnOf(a), { ...input, locale: input.locale ?? localeOf(a) }, deps);
  await context.sendActivity(toActivity(reply));
  return outcome;
}

/** Card buttons 'ticket-assign' | 'ticket-reply' | 'ticket-close': update the card in place, tell the user. */
export async function handleTicketAction(context: TurnContext, value: unknown, deps: EscalationDeps): Promise<TicketActionResult> {
  const a = context.activity;
  return actOnTicket(
    {
      value,
      tenantId: tenantOf(a),
      // Messages to the one who pressed follow their client's language; the card keeps HELPDESK_LOCALE.
      locale: localeOf(a, deps.settings.locale),
      actor: { id: a.from?.id, name: a.from?.name, aadObjectId: a.from?.aadObjectId },
      conversationId: a.conversation?.id,
      isInvoke: a.type === ActivityTypes.Invoke,
      replyToId: a.replyToId,
      updateCard: async (id, message) => {
        await context.updateActivity({ ...toActivity(message), id });
      },
    },
    deps,
  );
}

/**
 * Call after the bot answered a question (not an escalation): "Contact the helpdesk" then escalates
 * that question with this answer as the bot's attempt.
 */
export async function rememberExchange(context: TurnContext, exchange: { question: string; botAttempt: string }, deps: EscalationDeps): Promise<void> {
  const a = context.activity;
  await rememberTurnExchange({ tenantId: tenantOf(a), conversationId: a.conversation?.id, userId: a.from?.id }, exchange, deps);
}

/**
 * For BotHooks.onEscalation: escalates the user's last question (if recent) with the bot's answer,
 * else the escalation message itself. Always handles the turn.
 */
export function createEscalationHook(deps: EscalationDeps): (context: TurnContext, question: { text: string; locale: EscLocale }) => Promise<boolean> {
  return async (context, question) => {
    const { reply } = await escalateLastQuestion(turnOf(context.activity), question, deps);
    await context.sendActivity(toActivity(reply));
    return true;
  };
}

/** For BotHooks.onAction: Execute → the new card (invoke response); Submit success → nothing to send. */
export function createTicketActionHandler(deps: EscalationDeps): (context: TurnContext, data: Record<string, unknown>) => Promise<ActionReply | undefined> {
  return async (context, data) => {
    const r = await handleTicketAction(context, data, deps);
    return r.text ? { text: r.text, ...(r.card ? { card: r.card } : {}) } : undefined;
  };
}

/** BotHooks' ActionResult shape: Execute shows `card` (else `text`); Submit sends them as a message. */
export type ActionReply = { text: string; card?: Record<string, unknown> };

/** The bits of BotHooks (src/teams/hooks.ts) escalation registers on. */
export interface EscalationHookTarget {
  onEscalation(hook: (context: TurnContext, question: { text: string; locale: EscLocale }) => Promise<boolean>): unknown;
  onAction(verb: string, handler: (context: TurnContext, data: Record<string, unknown>) => Promise<ActionReply | undefined>): unknown;
}

/** One call for the composition root: the escalate intent and the three ticket buttons. */
export function registerEscalation(hooks: EscalationHookTarget, deps: EscalationDeps): void {
  hooks.onEscalation(createEscalationHook(deps));
  const handler = createTicketActionHandler(deps);
  for (const verb of ticketVerbs) hooks.onAction(verb, handler);
}
