import { isHbError } from '../errors';
import { parseTicketAction, sameConversation } from './action-input';
import { ESC } from './errors';
import { W, type EscLocale } from './words';
import { cardMessage, noticeMessage, type EscalationMessage } from './messages';
import { transition, type RefusalReason } from './state-machine';
import { helpdeskTicketCard, ticketSummary } from './ticket-card';
import { ticketUpdateNotice } from './user-cards';
import type { Ticket, TicketVerb } from './ticket';
import { sendError, type EscalationDeps } from './deps';

/** The turn of a ticket button, as plain data (src/teams reads it from the activity). */
export interface TicketActionTurn {
  /** The button's payload (Action.Execute invoke value or Action.Submit data). */
  value: unknown;
  /** The turn's tenant, when it has one. */
  tenantId?: string;
  /** Language of the one who pressed (their client's); the card keeps HELPDESK_LOCALE. */
  locale: EscLocale;
  actor: { id?: string; name?: string; aadObjectId?: string };
  /** The conversation the button was pressed in (the helpdesk channel makes its members staff). */
  conversationId?: string;
  /** Action.Execute: the updated card is the invoke response. */
  isInvoke: boolean;
  /** The activity the button is on: the card to update when the ticket does not name its own. */
  replyToId?: string;
  /** Replaces the ticket card in place, in this turn's conversation. */
  updateCard(activityId: string, message: EscalationMessage): Promise<void>;
}

export type TicketActionResult = {
  ok: boolean;
  /** Action.Execute: the updated card, to return as the invoke response. */
  card?: Record<string, unknown>;
  /** For the person who pressed: refusals and errors; on Execute success a short "done" (Submit success: none). */
  text?: string;
  ticket?: Ticket;
};

/** Staff: anyone acting from the helpdesk channel, and HELPDESK_ADMIN_IDS anywhere. */
export function isStaff(turn: Pick<TicketActionTurn, 'conversationId' | 'actor'>, deps: Pick<EscalationDeps, 'settings' | 'helpdeskIds'>): boolean {
  const inHelpdesk = sameConversation(turn.conversationId, deps.settings.conversationId);
  const aad = turn.actor.aadObjectId;
  return inHelpdesk || (!!aad && (deps.helpdeskIds ?? []).includes(aad));
}

/** Card buttons 'ticket-assign' | 'ticket-reply' | 'ticket-close': update the card in place, tell the user. */
export async function actOnTicket(turn: TicketActionTurn, deps: EscalationDeps): Promise<TicketActionResult> {
  const staffLocale = deps.settings.locale;
  const w = W[turn.locale];
  const parsed = parseTicketAction(turn.value);
  if (!parsed) return { ok: false, text: w.badAction };
  const { verb, ticketId, tenantId, replyText } = parsed;
  // A ticket of another tenant is "not found", never revealed.
  if (turn.tenantId && turn.tenantId !== tenantId) return { ok: false, text: w.notFound(ticketId) };
  const actor = {
    id: turn.actor.id ?? 'unknown',
    ...(turn.actor.name ? { name: turn.actor.name } : {}),
    ...(turn.actor.aadObjectId ? { aadObjectId: turn.actor.aadObjectId } : {}),
    isStaff: isStaff(turn, deps),
  };
  const action = verb === 'ticket-reply' ? { verb, text: replyText ?? '' } : { verb };
  let outcome;
  try {
    outcome = await deps.store.update<{ reason?: RefusalReason; assignee?: string }>(tenantId, ticketId, (t) => {
      const r = transition(t, action as Parameters<typeof transition>[1], actor, deps.now().toISOString());
      return r.ok ? { ticket: r.ticket, result: {} } : { result: { reason: r.reason, assignee: t.assignee?.name ?? t.assignee?.id } };
    });
  } catch (e) {
    if (isHbError(e) && e.code === ESC.notFound) return { ok: false, text: w.notFound(ticketId) };
    if (isHbError(e) && e.code === ESC.conflict) return { ok: false, text: w.conflict };
    throw e;
  }
  if (!outcome.ok) return { ok: false, text: w.refused(outcome.result.reason!, outcome.result.assignee) };

  const ticket = outcome.ticket;
  const card = helpdeskTicketCard(ticket, staffLocale, { actionType: deps.actionType });
  await updateHelpdeskCard(turn, ticket, card, deps);
  await notifyRequester(ticket, verb, actor, deps);
  return { ok: true, ticket, ...(turn.isInvoke ? { card, text: w.done(verb) } : {}) };
}

async function updateHelpdeskCard(turn: TicketActionTurn, ticket: Ticket, card: Record<string, unknown>, deps: EscalationDeps): Promise<void> {
  const id = ticket.helpdeskCard?.activityId ?? turn.replyToId;
  if (!id) return;
  try {
    await turn.updateCard(id, cardMessage(card, ticketSummary(ticket, deps.settings.locale), deps.settings.locale));
  } catch (err) {
    // The invoke response still shows the new card to the one who clicked; the others see it on refresh.
    deps.logger?.warn({ err, ticketId: ticket.id }, 'updating the ticket card in place failed');
  }
}

async function notifyRequester(ticket: Ticket, verb: TicketVerb, by: { id: string; name?: string }, deps: EscalationDeps): Promise<void> {
  let failure: { error: unknown } | undefined;
  try {
    failure = sendError(await deps.sender.send(ticket.userRef, noticeMessage(ticketUpdateNotice(ticket, verb, by), ticket.locale)));
  } catch (error) {
    failure = { error };
  }
  if (failure) deps.logger?.warn({ err: failure.error, ticketId: ticket.id, verb }, 'telling the requester about the ticket failed');
}
