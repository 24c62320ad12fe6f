import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { ESC } from './errors';
import { W, type EscLocale } from './words';
import { cardMessage, noticeMessage, plainMessage, type EscalationMessage } from './messages';
import { conversationLink, formatTicketId, newTicket } from './new-ticket';
import { helpdeskTicketCard, ticketSummary } from './ticket-card';
import { sentToHelpdeskNotice } from './user-cards';
import type { ConversationRef, Ticket } from './ticket';
import { sendError, type EscalationDeps } from './deps';

/** The requester's turn, as plain data (src/teams reads it from the activity). */
export interface EscalationTurn {
  /** The turn's tenant; a turn without one (local tests) files under "local". */
  tenantId?: string;
  requester: { id?: string; name?: string; aadObjectId?: string };
  /** Where the requester is told about the ticket later: this turn's conversation reference. */
  userRef: ConversationRef;
  /** The escalated message (the deep link points at it). */
  activityId?: string;
  channelId?: string;
  serviceUrl: string;
  /** The bot's account in this conversation: the ticket card is posted as it. */
  bot?: { id: string; name?: string };
}

export type EscalationOutcome =
  { status: 'posted'; ticket: Ticket } | { status: 'not-configured' } | { status: 'throttled'; ticketId: string } | { status: 'failed'; code: string };

/** `reply`: what the requester is told in this turn, after everything else was done. */
export interface EscalationResult {
  outcome: EscalationOutcome;
  reply: EscalationMessage;
}

const tenantOfTurn = (turn: Pick<EscalationTurn, 'tenantId'>) => turn.tenantId ?? 'local';

/**
 * Hands a question to humans: posts a ticket card to HELPDESK_CONVERSATION_ID and tells the user.
 * Without a channel, says whom to contact (HELPDESK_CONTACT_TEXT). One ticket per requester per
 * cooldown; a card the channel refuses drops the ticket (HB-ESC-003).
 */
export async function escalate(
  turn: EscalationTurn,
  input: { question: string; botAttempt?: string; locale: EscLocale },
  deps: EscalationDeps,
): Promise<EscalationResult> {
  const { locale } = input;
  const { conversationId, contactText } = deps.settings;
  if (!conversationId) return { outcome: { status: 'not-configured' }, reply: plainMessage(contactText ?? W[locale].notConfigured, locale) };
  const tenantId = tenantOfTurn(turn);
  const userId = turn.requester.id ?? 'unknown';
  const now = deps.now();
  const last = await deps.store.lastOf(tenantId, userId);
  if (last && now.getTime() - Date.parse(last.at) < (deps.cooldownMs ?? 120_000)) {
    return { outcome: { status: 'throttled', ticketId: last.ticketId }, reply: plainMessage(W[locale].throttled(last.ticketId), locale) };
  }
  const { userRef, requester } = turn;
  const ticket = newTicket({
    id: formatTicketId((deps.randomBytes ?? nodeRandomBytes)(5)),
    tenantId,
    locale,
    requester: { id: userId, ...(requester.name ? { name: requester.name } : {}), ...(requester.aadObjectId ? { aadObjectId: requester.aadObjectId } : {}) },
    question: input.question,
    botAttempt: input.botAttempt,
    userRef,
    conversationLink: conversationLink(userRef, turn.activityId),
    now: now.toISOString(),
  });
  await deps.store.create(ticket);

  const serviceUrl = deps.settings.serviceUrl ?? turn.serviceUrl;
  const helpdeskRef: ConversationRef = {
    channelId: turn.channelId ?? 'msteams',
    serviceUrl,
    conversation: { id: conversationId, isGroup: true, conversationType: 'channel', tenantId, name: '' },
    bot: turn.bot,
  };
  const card = helpdeskTicketCard(ticket, deps.settings.locale, { actionType: deps.actionType });
  let activityId: string | undefined;
  let failure: { error: unknown } | undefined;
  try {
    const posted = await deps.sender.send(helpdeskRef, cardMessage(card, ticketSummary(ticket, deps.settings.locale), deps.settings.locale), { newPost: true });
    failure = sendError(posted);
    if (posted.ok) activityId = posted.activityId;
  } catch (error) {
    failure = { error };
  }
  if (failure) {
    deps.logger?.error({ err: failure.error, code: ESC.postFailed, ticketId: ticket.id }, 'posting the ticket card failed');
    await deps.store.delete(tenantId, ticket.id);
    return { outcome: { status: 'failed', code: ESC.postFailed }, reply: plainMessage(W[locale].postFailed(contactText), locale) };
  }
  const cardId = activityId;
  const stored = cardId
    ? await deps.store.update(tenantId, ticket.id, (t) => ({
        ticket: { ...t, helpdeskCard: { conversationId, activityId: cardId, serviceUrl } },
        result: null,
      }))
    : undefined;
  await deps.store.setLastOf(tenantId, userId, ticket.id, ticket.createdAt);
  deps.logger?.info({ ticketId: ticket.id, tenantId }, 'ticket posted to the helpdesk');
  return { outcome: { status: 'posted', ticket: stored?.ok ? stored.ticket : ticket }, reply: noticeMessage(sentToHelpdeskNotice(ticket), locale) };
}

/** The turn's conversation and user: where the last exchange is kept. */
export interface ExchangeTurn {
  tenantId?: string;
  conversationId?: string;
  userId?: string;
}

/**
 * After the bot answered a question (not an escalation): "Contact the helpdesk" then escalates that
 * question with this answer as the bot's attempt.
 */
export async function rememberExchange(turn: ExchangeTurn, exchange: { question: string; botAttempt: string }, deps: EscalationDeps): Promise<void> {
  if (!deps.exchanges || !turn.conversationId || !turn.userId || !exchange.question.trim()) return;
  await deps.exchanges.remember(tenantOfTurn(turn), turn.conversationId, turn.userId, { ...exchange, at: deps.now().toISOString() });
}

/** "Contact the helpdesk": escalates the user's last question (if recent) with the bot's answer, else this message. */
export async function escalateLastQuestion(
  turn: EscalationTurn & ExchangeTurn,
  message: { text: string; locale: EscLocale },
  deps: EscalationDeps,
): Promise<EscalationResult> {
  const last =
    deps.exchanges && turn.conversationId && turn.userId
      ? await deps.exchanges.recall(tenantOfTurn(turn), turn.conversationId, turn.userId, deps.now())
      : undefined;
  return escalate(turn, { question: last?.question ?? message.text, botAttempt: last?.botAttempt, locale: message.locale }, deps);
}
