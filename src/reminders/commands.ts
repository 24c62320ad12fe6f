import type { Intent, Locale } from '../core/vocabulary';
import { isValidTimeZone } from '../core/dates';
import type { ConversationRef, ReminderDeps, Subscription } from './types';
import { tenantOf } from './keys';
import { addSubscription, findSubscription, listConversationSubscriptions, ReminderCapError, snoozeSubscription, stopSubscription } from './subscriptions';

/**
 * The reminder use cases of a conversation — subscribe, list, stop, and the card's Snooze / Unsubscribe —
 * as plain functions: src/teams turns a turn into their input and their outcome into words
 * (src/replies/reminder-card.ts `reminderWords`) and an activity.
 */

/** Who acts: the Teams account id and, when Teams sends it, the Entra object id (admins are listed by it). */
export interface ReminderActor {
  id?: string;
  aadObjectId?: string;
}

export interface ReminderCommand {
  intent: Intent;
  locale: Locale;
  /** The cleaned question text ("… page 2", "only within 7 days"). */
  text: string;
  slots: { day?: number; time?: string; timeZone?: string };
  /** This conversation, with its tenant. */
  reference: ConversationRef;
  actor: ReminderActor;
  /** A Teams tag @mentioned in the request, mentioned again in each reminder. */
  mentionTag?: { id: string; name: string };
}

export type ReminderOutcome =
  | { kind: 'personal-chat' }
  | { kind: 'none' }
  | { kind: 'list'; shown: Subscription[]; page: number; pages: number }
  | { kind: 'not-allowed' }
  | { kind: 'stopped'; count: number }
  | { kind: 'bad-zone'; timeZone: string }
  | { kind: 'already'; subscription: Subscription }
  | { kind: 'cap-reached'; max: number }
  | { kind: 'subscribed'; subscription: Subscription; defaulted: boolean }
  | { kind: 'snoozed'; until: Date; timeZone: string };

/** Reminders listed per message; "list reminders page 2" shows the next ones. */
export const LIST_PAGE_SIZE = 10;

function pageOf(text: string): number {
  const m = /\b(?:page|p\.?)\s*(\d{1,4})\b/i.exec(text);
  return m ? Math.max(1, Number(m[1])) : 1;
}

/** "only when a restart is due within 7 days" / "seulement si … dans les 7 jours". */
export function parseWithinDays(text: string): number | undefined {
  const m = /(?:within|in the next|dans les|sous)\s+(\d{1,2})\s+(?:days?|jours?)/i.exec(text);
  return m ? Math.min(31, Number(m[1])) : undefined;
}

/** REMINDER_ADMINS lists who may change reminders; empty = everyone. */
function mayChange(actor: ReminderActor, deps: ReminderDeps): boolean {
  const admins = deps.settings.admins;
  return admins.length === 0 || admins.includes(actor.aadObjectId ?? '');
}

/** What a stop or a creation records as its author. */
const authorOf = (actor: ReminderActor) => actor.aadObjectId ?? actor.id;

function subsHere(reference: ConversationRef, deps: ReminderDeps): Promise<Subscription[]> {
  return listConversationSubscriptions(deps.storage, tenantOf(reference), reference.conversation.id);
}

/** subscribe / unsubscribe / list from a channel or group chat. */
export async function runReminderCommand(command: ReminderCommand, deps: ReminderDeps): Promise<ReminderOutcome> {
  const { reference, actor } = command;
  if (reference.conversation.conversationType === 'personal' && command.intent === 'reminders-subscribe') return { kind: 'personal-chat' };
  if (command.intent === 'reminders-list') {
    const subs = await subsHere(reference, deps);
    if (!subs.length) return { kind: 'none' };
    const pages = Math.ceil(subs.length / LIST_PAGE_SIZE);
    const page = Math.min(pageOf(command.text), pages);
    return { kind: 'list', shown: subs.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE), page, pages };
  }
  if (!mayChange(actor, deps)) return { kind: 'not-allowed' };
  if (command.intent === 'reminders-unsubscribe') {
    const subs = await subsHere(reference, deps);
    for (const s of subs) await stopSubscription(deps.storage, s.tenantId, s.id, 'stopped from chat', deps.clock(), authorOf(actor));
    return subs.length ? { kind: 'stopped', count: subs.length } : { kind: 'none' };
  }
  const slots = command.slots;
  const timeZone = slots.timeZone ?? deps.settings.defaultTimeZone;
  if (!isValidTimeZone(timeZone)) return { kind: 'bad-zone', timeZone };
  const day = slots.day && slots.day >= 1 && slots.day <= 7 ? slots.day : 1;
  const time = slots.time && /^([01]\d|2[0-3]):[0-5]\d$/.test(slots.time) ? slots.time : '09:00';
  const existing = (await subsHere(reference, deps)).find((s) => s.day === day && s.time === time && s.timeZone === timeZone);
  if (existing) return { kind: 'already', subscription: existing };
  const within = parseWithinDays(command.text);
  const tag = command.mentionTag;
  const max = deps.settings.maxPerConversation;
  try {
    const subscription = await addSubscription(
      deps.storage,
      {
        reference,
        day,
        time,
        timeZone,
        locale: command.locale,
        options: { ...(within !== undefined ? { onlyIfWithinDays: within } : {}), ...(tag ? { mentionTag: tag } : {}) },
        createdBy: authorOf(actor),
      },
      deps.clock(),
      { maxPerConversation: max },
    );
    return { kind: 'subscribed', subscription, defaulted: !slots.day || !slots.time };
  } catch (err) {
    if (!(err instanceof ReminderCapError)) throw err;
    deps.log?.info({ conversationId: reference.conversation.id, max: err.max }, 'reminder cap reached');
    return { kind: 'cap-reached', max: err.max };
  }
}

/** A reminder card's button: `verb` 'reminder-snooze' | 'reminder-unsubscribe'. */
export interface ReminderButton {
  verb?: string;
  subscriptionId?: string;
  /** The conversation the card is in. */
  reference: ConversationRef;
  actor: ReminderActor;
}

/** Snooze (a week) or Unsubscribe from a reminder card; the words follow the reminder's language. */
export async function runReminderButton(button: ReminderButton, deps: ReminderDeps): Promise<{ locale: Locale; outcome: ReminderOutcome }> {
  const found = button.subscriptionId ? await findSubscription(deps.storage, String(button.subscriptionId)) : undefined;
  const { reference } = button;
  const locale: Locale = found?.locale ?? deps.settings.defaultLocale;
  // A card's button only acts on a reminder of the conversation the card is in.
  if (!found || found.stopped || found.conversationId !== reference.conversation.id || found.tenantId !== tenantOf(reference)) {
    return { locale, outcome: { kind: 'none' } };
  }
  if (button.verb === 'reminder-snooze') {
    const until = new Date(deps.clock().getTime() + 7 * 86_400_000);
    await snoozeSubscription(deps.storage, found.tenantId, found.id, until);
    return { locale, outcome: { kind: 'snoozed', until, timeZone: found.timeZone } };
  }
  if (button.verb === 'reminder-unsubscribe') {
    if (!mayChange(button.actor, deps)) return { locale, outcome: { kind: 'not-allowed' } };
    await stopSubscription(deps.storage, found.tenantId, found.id, 'unsubscribed from the card', deps.clock(), authorOf(button.actor));
    return { locale, outcome: { kind: 'stopped', count: 1 } };
  }
  return { locale, outcome: { kind: 'none' } };
}
