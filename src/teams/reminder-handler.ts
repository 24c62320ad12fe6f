import { TurnContext, type Activity } from 'botbuilder';
import type { Question } from '../language';
import {
  type ConversationRef,
  type ReminderDeps,
  conversationLeft,
  conversationSeen,
  runReminderButton,
  runReminderCommand,
  type ReminderActor,
  type ReminderOutcome,
} from '../reminders';
import { reminderWords } from '../replies';

/**
 * Chat side of the weekly reminders: turns a turn into the input of the reminder use cases
 * (src/reminders/commands.ts, conversations.ts) and their outcome into the words sent back.
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

const actorOf = (activity: Partial<Activity>): ReminderActor => ({ id: activity.from?.id, aadObjectId: activity.from?.aadObjectId });

function tagMention(activity: Partial<Activity>): { id: string; name: string } | undefined {
  for (const e of activity.entities ?? []) {
    const mentioned = (e as { type?: string; mentioned?: { id?: string; name?: string; type?: string } }).mentioned;
    if (e.type === 'mention' && mentioned?.type === 'tag' && mentioned.id && mentioned.name) return { id: mentioned.id, name: mentioned.name };
  }
  return undefined;
}

/** Call on every inbound activity: stores / refreshes the reference (serviceUrl can change); on uninstall it forgets. */
export async function recordConversation(context: TurnContext, deps: ReminderDeps): Promise<void> {
  const activity = context.activity;
  if (!activity?.conversation?.id || !activity.serviceUrl) return;
  if (isBotRemoval(activity)) {
    return conversationLeft(deps, referenceOf(activity), activity.type === 'installationUpdate' ? 'uninstalled' : 'bot removed from the conversation');
  }
  await conversationSeen(deps, referenceOf(activity), { isMessage: activity.type === 'message' });
}

/** A use case's outcome in the words of reminderWords (plain text). */
function wordsOf(outcome: ReminderOutcome, w: ReturnType<typeof reminderWords>): string {
  switch (outcome.kind) {
    case 'personal-chat':
      return w.personalChat;
    case 'none':
      return w.none;
    case 'list': {
      const more = outcome.page < outcome.pages ? [w.morePages(outcome.page + 1, outcome.pages)] : [];
      return [w.listHeader, ...outcome.shown.map((s) => `• ${w.describe(s)} — id ${s.id}`), ...more].join('\n');
    }
    case 'not-allowed':
      return w.notAllowed;
    case 'stopped':
      return w.stopped(outcome.count);
    case 'bad-zone':
      return w.badZone(outcome.timeZone);
    case 'already':
      return w.already(outcome.subscription);
    case 'cap-reached':
      return w.capReached(outcome.max);
    case 'subscribed':
      return w.subscribed(outcome.subscription, outcome.defaulted);
    case 'snoozed':
      return w.snoozed(outcome.until, outcome.timeZone);
  }
}

export async function handleReminderIntent(context: TurnContext, question: Question, deps: ReminderDeps): Promise<void> {
  const activity = context.activity;
  const outcome = await runReminderCommand(
    {
      intent: question.intent,
      locale: question.locale,
      text: question.text,
      slots: question.slots.reminder ?? {},
      reference: referenceOf(activity),
      actor: actorOf(activity),
      mentionTag: tagMention(activity),
    },
    deps,
  );
  await context.sendActivity(wordsOf(outcome, reminderWords(question.locale)));
}

/** Action.Submit from the reminder card: `value.verb` 'reminder-snooze' | 'reminder-unsubscribe'. */
export async function handleReminderAction(context: TurnContext, value: ReminderAction, deps: ReminderDeps): Promise<void> {
  const { locale, outcome } = await runReminderButton(
    { verb: value.verb, subscriptionId: value.subscriptionId, reference: referenceOf(context.activity), actor: actorOf(context.activity) },
    deps,
  );
  await context.sendActivity(wordsOf(outcome, reminderWords(locale)));
}
