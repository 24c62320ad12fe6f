import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { ActivityTypes, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { HelpdeskSettings } from '../config';
import { isHbError } from '../errors';
import {
  ESC,
  cardMessage,
  conversationLink,
  noticeMessage,
  plainMessage,
  escalationWords as W,
  formatTicketId,
  helpdeskTicketCard,
  newTicket,
  parseTicketAction,
  sameConversation,
  ticketVerbs,
  sentToHelpdeskNotice,
  ticketSummary,
  ticketUpdateNotice,
  transition,
  type CardActionType,
  type ConversationRef,
  type EscLocale,
  type RefusalReason,
  type ExchangeStore,
  type Ticket,
  type TicketStore,
  type TicketVerb,
} from '../escalation';
import type { Logger } from '../observability';
import { localeOf, tenantOf } from './conversation';

/** What the escalation handlers need; built once by the composition root. */
export interface EscalationDeps {
  settings: HelpdeskSettings;
  store: TicketStore;
  /** Remembers each user's last question and the bot's answer (see rememberExchange). */
  exchanges?: ExchangeStore;
  /** The bot's CloudAdapter / TeamsAdapter (proactive sends). */
  adapter: {
    continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
  };
  botAppId: string;
  now: () => Date;
  /** Entra object ids of helpdesk staff (HELPDESK_ADMIN_IDS); anyone acting from the helpdesk channel is staff too. */
  helpdeskIds?: readonly string[];
  actionType?: CardActionType;
  /** One ticket per requester per this many ms (a double click must not open two tickets). Default 120 000. */
  cooldownMs?: number;
  randomBytes?: (n: number) => Uint8Array;
  logger?: Pick<Logger, 'info' | 'warn' | 'error'>;
}

export type EscalationOutcome =
  { status: 'posted'; ticket: Ticket } | { status: 'not-configured' } | { status: 'throttled'; ticketId: string } | { status: 'failed'; code: string };

export type TicketActionResult = {
  ok: boolean;
  /** Action.Execute: the updated card, to return as the invoke response. */
  card?: Record<string, unknown>;
  /** For the person who pressed: refusals and errors; on Execute success a short "done" (Submit success: none). */
  text?: string;
  ticket?: Ticket;
};

/** The part of botframework-connector's ConnectorClient used here (set in turnState by CloudAdapter). */
interface ConversationsClient {
  conversations: { sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<{ id?: string }> };
}

function refOf(activity: Activity): ConversationRef {
  return JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity))) as ConversationRef;
}

/**
 * Proactive send. `newPost`: a new message in the conversation (POST …/activities, a new channel post),
 * not a reply to the continuation activity (POST …/activities/{id}, which is what sendActivity does).
 */
async function sendTo(deps: EscalationDeps, ref: Partial<ConversationReference>, activity: Partial<Activity>, newPost = false): Promise<string | undefined> {
  let id: string | undefined;
  let failure: unknown;
  // With onTurnError set, a proactive failure never rejects: catch inside the callback.
  await deps.adapter.continueConversationAsync(deps.botAppId, ref, async (ctx) => {
    try {
      const client = newPost ? ctx.turnState.get<ConversationsClient>(ctx.adapter.ConnectorClientKey) : undefined;
      if (client) {
        const full = TurnContext.applyConversationReference({ ...activity }, TurnContext.getConversationReference(ctx.activity));
        delete full.replyToId;
        id = (await client.conversations.sendToConversation(full.conversation!.id, full)).id;
      } else {
        id = (await ctx.sendActivity(activity))?.id;
      }
    } catch (e) {
      failure = e;
    }
  });
  if (failure) throw failure;
  return id;
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
  const locale = input.locale ?? localeOf(a);
  const { conversationId, contactText } = deps.settings;
  if (!conversationId) {
    await context.sendActivity(plainMessage(contactText ?? W[locale].notConfigured, locale));
    return { status: 'not-configured' };
  }
  const tenantId = tenantOf(a) ?? 'local';
  const userId = a.from?.id ?? 'unknown';
  const now = deps.now();
  const last = await deps.store.lastOf(tenantId, userId);
  if (last && now.getTime() - Date.parse(last.at) < (deps.cooldownMs ?? 120_000)) {
    await context.sendActivity(plainMessage(W[locale].throttled(last.ticketId), locale));
    return { status: 'throttled', ticketId: last.ticketId };
  }
  const userRef = refOf(a);
  const ticket = newTicket({
    id: formatTicketId((deps.randomBytes ?? nodeRandomBytes)(5)),
    tenantId,
    locale,
    requester: { id: userId, ...(a.from?.name ? { name: a.from.name } : {}), ...(a.from?.aadObjectId ? { aadObjectId: a.from.aadObjectId } : {}) },
    question: input.question,
    botAttempt: input.botAttempt,
    userRef,
    conversationLink: conversationLink(userRef, a.id),
    now: now.toISOString(),
  });
  await deps.store.create(ticket);

  const serviceUrl = deps.settings.serviceUrl ?? a.serviceUrl;
  const helpdeskRef: Partial<ConversationReference> = {
    channelId: a.channelId ?? 'msteams',
    serviceUrl,
    conversation: { id: conversationId, isGroup: true, conversationType: 'channel', tenantId, name: '' },
    bot: a.recipient,
  };
  const card = helpdeskTicketCard(ticket, deps.settings.locale, { actionType: deps.actionType });
  let activityId: string | undefined;
  try {
    activityId = await sendTo(deps, helpdeskRef, cardMessage(card, ticketSummary(ticket, deps.settings.locale), deps.settings.locale), true);
  } catch (err) {
    deps.logger?.error({ err, code: ESC.postFailed, ticketId: ticket.id }, 'posting the ticket card failed');
    await deps.store.delete(tenantId, ticket.id);
    await context.sendActivity(plainMessage(W[locale].postFailed(contactText), locale));
    return { status: 'failed', code: ESC.postFailed };
  }
  const stored = activityId
    ? await deps.store.update(tenantId, ticket.id, (t) => ({
        ticket: { ...t, helpdeskCard: { conversationId, activityId: activityId!, serviceUrl } },
        result: null,
      }))
    : undefined;
  await deps.store.setLastOf(tenantId, userId, ticket.id, ticket.createdAt);
  deps.logger?.info({ ticketId: ticket.id, tenantId }, 'ticket posted to the helpdesk');
  await context.sendActivity(noticeMessage(sentToHelpdeskNotice(ticket), locale));
  return { status: 'posted', ticket: stored?.ok ? stored.ticket : ticket };
}

function isStaff(context: TurnContext, deps: EscalationDeps): boolean {
  const a = context.activity;
  const inHelpdesk = sameConversation(a.conversation?.id, deps.settings.conversationId);
  const aad = a.from?.aadObjectId;
  return inHelpdesk || (!!aad && (deps.helpdeskIds ?? []).includes(aad));
}

/** Card buttons 'ticket-assign' | 'ticket-reply' | 'ticket-close': update the card in place, tell the user. */
export async function handleTicketAction(context: TurnContext, value: unknown, deps: EscalationDeps): Promise<TicketActionResult> {
  const a = context.activity;
  const staffLocale = deps.settings.locale;
  // Messages to the one who pressed follow their client's language; the card keeps HELPDESK_LOCALE.
  const w = W[localeOf(a, staffLocale)];
  const parsed = parseTicketAction(value);
  if (!parsed) return { ok: false, text: w.badAction };
  const { verb, ticketId, tenantId, replyText } = parsed;
  const turnTenant = tenantOf(a);
  // A ticket of another tenant is "not found", never revealed.
  if (turnTenant && turnTenant !== tenantId) return { ok: false, text: w.notFound(ticketId) };
  const actor = {
    id: a.from?.id ?? 'unknown',
    ...(a.from?.name ? { name: a.from.name } : {}),
    ...(a.from?.aadObjectId ? { aadObjectId: a.from.aadObjectId } : {}),
    isStaff: isStaff(context, deps),
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
  await updateHelpdeskCard(context, ticket, card, deps);
  await notifyRequester(ticket, verb, actor, deps);
  return { ok: true, ticket, ...(a.type === ActivityTypes.Invoke ? { card, text: w.done(verb) } : {}) };
}

async function updateHelpdeskCard(context: TurnContext, ticket: Ticket, card: Record<string, unknown>, deps: EscalationDeps): Promise<void> {
  const id = ticket.helpdeskCard?.activityId ?? context.activity.replyToId;
  if (!id) return;
  try {
    await context.updateActivity({ ...cardMessage(card, ticketSummary(ticket, deps.settings.locale), deps.settings.locale), id });
  } catch (err) {
    // The invoke response still shows the new card to the one who clicked; the others see it on refresh.
    deps.logger?.warn({ err, ticketId: ticket.id }, 'updating the ticket card in place failed');
  }
}

async function notifyRequester(ticket: Ticket, verb: TicketVerb, by: { id: string; name?: string }, deps: EscalationDeps): Promise<void> {
  try {
    await sendTo(deps, ticket.userRef as Partial<ConversationReference>, noticeMessage(ticketUpdateNotice(ticket, verb, by), ticket.locale));
  } catch (err) {
    deps.logger?.warn({ err, ticketId: ticket.id, verb }, 'telling the requester about the ticket failed');
  }
}

/**
 * Call after the bot answered a question (not an escalation): "Contact the helpdesk" then escalates
 * that question with this answer as the bot's attempt.
 */
export async function rememberExchange(context: TurnContext, exchange: { question: string; botAttempt: string }, deps: EscalationDeps): Promise<void> {
  const a = context.activity;
  if (!deps.exchanges || !a.conversation?.id || !a.from?.id || !exchange.question.trim()) return;
  await deps.exchanges.remember(tenantOf(a) ?? 'local', a.conversation.id, a.from.id, { ...exchange, at: deps.now().toISOString() });
}

/**
 * For BotHooks.onEscalation: escalates the user's last question (if recent) with the bot's answer,
 * else the escalation message itself. Always handles the turn.
 */
export function createEscalationHook(deps: EscalationDeps): (context: TurnContext, question: { text: string; locale: EscLocale }) => Promise<boolean> {
  return async (context, question) => {
    const a = context.activity;
    const last =
      deps.exchanges && a.conversation?.id && a.from?.id
        ? await deps.exchanges.recall(tenantOf(a) ?? 'local', a.conversation.id, a.from.id, deps.now())
        : undefined;
    await escalate(context, { question: last?.question ?? question.text, botAttempt: last?.botAttempt, locale: question.locale }, deps);
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
