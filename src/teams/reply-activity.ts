import { ActionTypes, ActivityTypes, type Activity } from 'botbuilder';
import type { Reply, SuggestedAction } from '../pipeline/types';

/** Suggested actions show only in personal chats in Teams; the card carries the same buttons. */
export function suggestedActionsOf(actions: SuggestedAction[]): Activity['suggestedActions'] | undefined {
  if (!actions.length) return undefined;
  return { to: [], actions: actions.slice(0, 6).map((s) => ({ type: ActionTypes.ImBack, title: s.title, value: s.value })) };
}

/**
 * Reply → Teams message. With a card, the text would repeat the whole card in Teams, so the message
 * text is the card's summary line; the full plain text stays in Reply.text for the CLI and logs.
 */
export function replyToActivity(reply: Pick<Reply, 'text' | 'attachments' | 'suggestedActions' | 'locale'>): Partial<Activity> {
  const card = reply.attachments[0]?.content as { fallbackText?: string } | undefined;
  const summary = card?.fallbackText ?? reply.text.split('\n')[0];
  return {
    type: ActivityTypes.Message,
    text: reply.attachments.length ? summary : reply.text,
    textFormat: 'plain',
    locale: reply.locale === 'fr' ? 'fr-FR' : 'en-US',
    attachments: reply.attachments.map((a) => ({ contentType: a.contentType, content: a.content })),
    suggestedActions: suggestedActionsOf(reply.suggestedActions),
  };
}
