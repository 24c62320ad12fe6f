import type { UserNotice } from './user-cards';
import type { EscLocale } from './words';
import { localeTag } from '../core/vocabulary';

/** Bot Framework message shapes, as plain objects (no botbuilder import in this folder). */
export interface OutgoingMessage {
  type: 'message';
  text?: string;
  textFormat?: 'plain';
  summary?: string;
  locale: string;
  attachments?: { contentType: string; content: unknown }[];
}

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const tag = (l: EscLocale) => localeTag(l, 'message');

export function cardMessage(card: Record<string, unknown>, summary: string, locale: EscLocale): OutgoingMessage {
  return { type: 'message', summary, locale: tag(locale), attachments: [{ contentType: ADAPTIVE, content: card }] };
}

export function noticeMessage(n: UserNotice, locale: EscLocale): OutgoingMessage {
  return cardMessage(n.card, n.summary, locale);
}

/** textFormat plain: Teams must not render names or contact text as markdown. */
export function plainMessage(text: string, locale: EscLocale): OutgoingMessage {
  return { type: 'message', text, textFormat: 'plain', locale: tag(locale) };
}
