import { ActionTypes, ActivityTypes, type Activity } from 'botbuilder';
import type { Reply } from '../pipeline';
import type { SuggestedAction } from '../replies';

/** Suggested actions show only in personal chats in Teams; the card carries the same buttons. */
export function suggestedActionsOf(actions: SuggestedAction[]): Activity['suggestedActions'] | undefined {
  if (!actions.length) return undefined;
  return { to: [], actions: actions.slice(0, 6).map((s) => ({ type: ActionTypes.ImBack, title: s.title, value: s.value })) };
}

/**
 * Reply → one Teams message (issue 14 §2). With a card, the message has no text: Teams would show it
 * as a bubble above the card saying the same thing. The card's summary goes in `summary`, which Teams
 * uses for the notification and the chat-list preview. Without a card, the plain text is the message.
 * The full plain text stays in Reply.text for the CLI, --json and logs.
 */
export function replyToActivity(reply: Pick<Reply, 'text' | 'attachments' | 'suggestedActions' | 'locale'>): Partial<Activity> {
  const card = reply.attachments[0]?.content as { fallbackText?: string } | undefined;
  const summary = card?.fallbackText ?? reply.text.split('\n')[0];
  return {
    type: ActivityTypes.Message,
    ...(reply.attachments.length ? { summary } : { text: reply.text, textFormat: 'plain' as const }),
    locale: reply.locale === 'fr' ? 'fr-FR' : 'en-US',
    attachments: reply.attachments.map((a) => ({ contentType: a.contentType, content: a.content })),
    suggestedActions: suggestedActionsOf(reply.suggestedActions),
  };
}
