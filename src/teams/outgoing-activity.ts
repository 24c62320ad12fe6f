import { ActionTypes, ActivityTypes, type Activity } from 'botbuilder';
import type { Reply, SuggestedAction } from '../pipeline';
import type { ReminderMessage } from '../reminders';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

/**
 * Anything the bot says, as plain data: pipeline replies, reminders, ticket cards and notices. Each
 * field the message has becomes the activity's; a field it lacks is not set at all (a reminder carries
 * no locale, a notice no attachments list), so every kind keeps the exact activity it always had.
 */
export interface OutgoingMessage {
  /** The message when there is no card; sent as plain text (Teams must not read it as markdown). */
  text?: string;
  /** With a card: the notification and chat-list preview. */
  summary?: string;
  /** BCP 47 tag of the words (en-US, fr-FR). */
  locale?: string;
  attachments?: ReadonlyArray<{ contentType: string; content: unknown }>;
  suggestedActions?: SuggestedAction[];
  /** Mention entities for what the card mentions (a reminder's tag). */
  entities?: unknown[];
  /** A bare card is not a message: a ReminderMessage goes through reminderToMessage (a type error otherwise). */
  card?: never;
}

/** Suggested actions show only in personal chats in Teams; the card carries the same buttons. */
export function suggestedActionsOf(actions: SuggestedAction[]): Activity['suggestedActions'] | undefined {
  if (!actions.length) return undefined;
  return { to: [], actions: actions.slice(0, 6).map((s) => ({ type: ActionTypes.ImBack, title: s.title, value: s.value })) };
}

/**
 * The one builder of outgoing activities (issue 14 §2 for the rule). With a card, the message has no
 * text: Teams would show it as a bubble above the card saying the same thing; the card's summary goes
 * in `summary`, which Teams uses for the notification and the chat-list preview. Without a card, the
 * plain text is the message.
 */
export function toActivity(message: OutgoingMessage): Partial<Activity> {
  const card = !!message.attachments?.length;
  return {
    type: ActivityTypes.Message,
    ...(card ? { summary: message.summary } : { text: message.text, textFormat: 'plain' as const }),
    ...(message.locale ? { locale: message.locale } : {}),
    ...(message.attachments ? { attachments: message.attachments.map((a) => ({ contentType: a.contentType, content: a.content })) } : {}),
    ...(message.suggestedActions ? { suggestedActions: suggestedActionsOf(message.suggestedActions) } : {}),
    ...(message.entities ? { entities: message.entities as Activity['entities'] } : {}),
  };
}

/**
 * A pipeline reply as one Teams message. The card's fallback text (else the first line) is the summary;
 * the full plain text stays in Reply.text for the CLI, --json and logs.
 */
export function replyToActivity(reply: Pick<Reply, 'text' | 'attachments' | 'suggestedActions' | 'locale'>): Partial<Activity> {
  const card = reply.attachments[0]?.content as { fallbackText?: string } | undefined;
  return toActivity({
    text: reply.text,
    summary: card?.fallbackText ?? reply.text.split('\n')[0],
    locale: reply.locale === 'fr' ? 'fr-FR' : 'en-US',
    attachments: reply.attachments,
    suggestedActions: reply.suggestedActions,
  });
}

/** A weekly reminder (src/replies/reminder-card.ts) as the message sent: its card, the toast summary, its mentions. */
export function reminderToMessage(message: ReminderMessage): OutgoingMessage {
  const entities = (message.card?.msteams as { entities?: unknown[] } | undefined)?.entities;
  return { summary: message.summary, attachments: [{ contentType: ADAPTIVE, content: message.card }], ...(entities ? { entities } : {}) };
}
