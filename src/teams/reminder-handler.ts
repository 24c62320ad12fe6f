import { TurnContext, type Activity } from 'botbuilder';
import type { Question } from '../language';
import type { Locale } from '../core/vocabulary';
import {
  type ConversationRef,
  type ReminderDeps,
  type Subscription,
  addSubscription,
  findSubscription,
  markConversationRemoved,
  REFERENCE_REFRESH_MS,
  saveConversation,
  snoozeSubscription,
  stopSubscription,
  listConversationSubscriptions,
  ReminderCapError,
  tenantOf,
} from '../reminders';
import { isValidTimeZone } from '../core/dates';
import { reminderWords } from '../replies';

/**
 * Chat side of the weekly reminders: subscribe / list / stop from a channel or group
 * chat, the card's Snooze / Unsubscribe buttons, and the conversation references the sends need.
 * Business rules live in src/reminders; this file only reads the activity and answers.
 */

export type ReminderAction = { verb?: string; subscriptionId?: string };

/** The conversation reference of this turn, with the tenant Teams puts in channelData when missing. */
export function referenceOf(activity: Partial<Activity>): ConversationRef {
  const ref = TurnContext.getConversationReference(activity) as unknown as ConversationRef;
  const tenant = (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return tenant && !ref.conversation.tenantId ? { ...ref, conversation: { ...ref.conversation, tenantId: tenant } } : ref;
}

function isBotRemoval(activity: Partial<Activity>): boolean {
  if (activity.type === 'installationUpdate' && /^remove/.test(activity.action ?? '')) return true;
  const botId = activity.recipient?.id;
  return activity.type === 'conversationUpdate' && !!botId && (activity.membersRemoved ?? []).some((m) => m.id === botId);
}

/**
 * References this process saved or found fresh, per storage: saveConversation skips a refresh within
 * the hour anyway, but still reads storage to know — one read per turn (an HTTP call with blobs).
 * Messages within that hour skip the read; installs and membership changes always go to storage (a
 * reinstall must clear a "removed" mark another instance wrote). Bounded.
 */
const recentlySaved = new WeakMap<object, Map<string, number>>();
const MAX_RECENT = 10_000;

/** Call on every inbound activity: stores / refreshes the reference (serviceUrl can change); on uninstall it forgets. */
export async function recordConversation(context: TurnContext, deps: ReminderDeps): Promise<void> {
  const activity = context.activity;
  if (!activity?.conversation?.id || !activity.serviceUrl) return;
  if (isBotRemoval(activity)) {
    recentlySaved.get(deps.storage)?.clear();
    return forgetConversation(context, deps, activity.type === 'installationUpdate' ? 'uninstalled' : 'bot removed from the conversation');
  }
  const ref = referenceOf(activity);
  const key = `${tenantOf(ref)}\n${ref.conversation.id}\n${ref.serviceUrl}`;
  const now = deps.clock().getTime();
  let recent = recentlySaved.get(deps.storage);
  if (!recent) recentlySaved.set(deps.storage, (recent = new Map()));
  const at = recent.get(key);
  if (activity.type === 'message' && at !== undefined && now - at < REFERENCE_REFRESH_MS) return;
  await saveConversation(deps.storage, ref, new Date(now));
  recent.delete(key);
  if (recent.size >= MAX_RECENT) recent.delete(recent.keys().next().value!);
  recent.set(key, now);
}

/** The bot left the conversation: the reference is kept with why, its reminders are stopped. */
export async function forgetConversation(context: TurnContext, deps: ReminderDeps, reason: string): Promise<void> {
  const ref = referenceOf(context.activity);
  await markConversationRemoved(deps.storage, tenantOf(ref), ref.conversation.id, reason, deps.clock());
  deps.log?.info({ conversationId: ref.conversation.id, reason }, 'conversation forgotten');
}

function mayChange(context: TurnContext, deps: ReminderDeps): boolean {
  const admins = deps.settings.admins;
  return admins.length === 0 || admins.includes(context.activity.from?.aadObjectId ?? '');
}

async function subsHere(context: TurnContext, deps: ReminderDeps): Promise<Subscription[]> {
  const ref = referenceOf(context.activity);
  return listConversationSubscriptions(deps.storage, tenantOf(ref), ref.conversation.id);
}

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

function tagMention(activity: Partial<Activity>): { id: string; name: string } | undefined {
  for (const e of activity.entities ?? []) {
    const mentioned = (e as { type?: string; mentioned?: { id?: string; name?: string; type?: string } }).mentioned;
    if (e.type === 'mention' && mentioned?.type === 'tag' && mentioned.id && mentioned.name) return { id: mentioned.id, name: mentioned.name };
  }
  return undefined;
}

export async function handleReminderIntent(context: TurnContext, question: Question, deps: ReminderDeps): Promise<void> {
  const w = reminderWords(question.locale);
  const activity = context.activity;
  if (activity.conversation?.conversationType === 'personal' && question.intent === 'reminders-subscribe') {
    await context.sendActivity(w.personalChat);
    return;
  }
  if (question.intent === 'reminders-list') {
    const subs = await subsHere(context, deps);
    if (!subs.length) {
      await context.sendActivity(w.none);
      return;
    }
    const pages = Math.ceil(subs.length / LIST_PAGE_SIZE);
    const page = Math.min(pageOf(question.text), pages);
    const shown = subs.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE);
    const more = page < pages ? [w.morePages(page + 1, pages)] : [];
    await context.sendActivity([w.listHeader, ...shown.map((s) => `• ${w.describe(s)} — id ${s.id}`), ...more].join('\n'));
    return;
  }
  if (!mayChange(context, deps)) {
    await context.sendActivity(w.notAllowed);
    return;
  }
  if (question.intent === 'reminders-unsubscribe') {
    const subs = await subsHere(context, deps);
    for (const s of subs)
      await stopSubscription(deps.storage, s.tenantId, s.id, 'stopped from chat', deps.clock(), activity.from?.aadObjectId ?? activity.from?.id);
    await context.sendActivity(subs.length ? w.stopped(subs.length) : w.none);
    return;
  }
  const slots = question.slots.reminder ?? {};
  const timeZone = slots.timeZone ?? deps.settings.defaultTimeZone;
  if (!isValidTimeZone(timeZone)) {
    await context.sendActivity(w.badZone(timeZone));
    return;
  }
  const day = slots.day && slots.day >= 1 && slots.day <= 7 ? slots.day : 1;
  const time = slots.time && /^([01]\d|2[0-3]):[0-5]\d$/.test(slots.time) ? slots.time : '09:00';
  const existing = (await subsHere(context, deps)).find((s) => s.day === day && s.time === time && s.timeZone === timeZone);
  if (existing) {
    await context.sendActivity(w.already(existing));
    return;
  }
  const within = parseWithinDays(question.text);
  const tag = tagMention(activity);
  const max = deps.settings.maxPerConversation;
  let sub: Awaited<ReturnType<typeof addSubscription>>;
  try {
    sub = await addSubscription(
      deps.storage,
      {
        reference: referenceOf(activity),
        day,
        time,
        timeZone,
        locale: question.locale,
        options: { ...(within !== undefined ? { onlyIfWithinDays: within } : {}), ...(tag ? { mentionTag: tag } : {}) },
        createdBy: activity.from?.aadObjectId ?? activity.from?.id,
      },
      deps.clock(),
      { maxPerConversation: max },
    );
  } catch (err) {
    if (!(err instanceof ReminderCapError)) throw err;
    deps.log?.info({ conversationId: activity.conversation?.id, max: err.max }, 'reminder cap reached');
    await context.sendActivity(w.capReached(err.max));
    return;
  }
  await context.sendActivity(w.subscribed(sub, !slots.day || !slots.time));
}

/** Action.Submit from the reminder card: `value.verb` 'reminder-snooze' | 'reminder-unsubscribe'. */
export async function handleReminderAction(context: TurnContext, value: ReminderAction, deps: ReminderDeps): Promise<void> {
  const found = value.subscriptionId ? await findSubscription(deps.storage, String(value.subscriptionId)) : undefined;
  const ref = referenceOf(context.activity);
  const locale: Locale = found?.locale ?? deps.settings.defaultLocale;
  const w = reminderWords(locale);
  // A card's button only acts on a reminder of the conversation the card is in.
  if (!found || found.stopped || found.conversationId !== ref.conversation.id || found.tenantId !== tenantOf(ref)) {
    await context.sendActivity(w.none);
    return;
  }
  if (value.verb === 'reminder-snooze') {
    const until = new Date(deps.clock().getTime() + 7 * 86_400_000);
    await snoozeSubscription(deps.storage, found.tenantId, found.id, until);
    await context.sendActivity(w.snoozed(until, found.timeZone));
    return;
  }
  if (value.verb === 'reminder-unsubscribe') {
    if (!mayChange(context, deps)) {
      await context.sendActivity(w.notAllowed);
      return;
    }
    await stopSubscription(
      deps.storage,
      found.tenantId,
      found.id,
      'unsubscribed from the card',
      deps.clock(),
      context.activity.from?.aadObjectId ?? context.activity.from?.id,
    );
    await context.sendActivity(w.stopped(1));
    return;
  }
  await context.sendActivity(w.none);
}
