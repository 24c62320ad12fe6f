import type { UserNotice } from './user-cards';
import type { EscLocale } from './words';
import { localeTag } from '../core/vocabulary';

/**
 * What escalation says, as plain data (no botbuilder in this folder): src/teams turns it into an
 * activity with its one builder (outgoing-activity.ts `toActivity`).
 */
export interface EscalationMessage {
  /** Plain text (Teams must not render names or contact text as markdown). */
  text?: string;
  summary?: string;
  locale: string;
  attachments?: { contentType: string; content: unknown }[];
}

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const tag = (l: EscLocale) => localeTag(l, 'message');

export function cardMessage(card: Record<string, unknown>, summary: string, locale: EscLocale): EscalationMessage {
  return { summary, locale: tag(locale), attachments: [{ contentType: ADAPTIVE, content: card }] };
}

export function noticeMessage(n: UserNotice, locale: EscLocale): EscalationMessage {
  return cardMessage(n.card, n.summary, locale);
}

export function plainMessage(text: string, locale: EscLocale): EscalationMessage {
  return { text, locale: tag(locale) };
}
