import type { Locale } from '../core/vocabulary';
import type { ConversationRef, Ticket, TicketPerson } from './ticket';
import { LIMITS, clip } from './ticket';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 5 random bytes → "HB-" + 8 Crockford base-32 characters (no I/L/O/U: easy to read out on a call). */
export function formatTicketId(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes.slice(0, 5)) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return `HB-${out.padEnd(8, '0')}`;
}

/**
 * Teams deep link to the escalated message, for channels and group chats ("19:…" conversation ids).
 * Personal chats with a bot have no link another person can open, so none is made.
 */
export function conversationLink(ref: ConversationRef, activityId: string | undefined): string | undefined {
  if (ref.channelId !== 'msteams' || !activityId) return undefined;
  const base = ref.conversation.id.split(';')[0];
  if (!base.startsWith('19:')) return undefined;
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(base)}/${encodeURIComponent(activityId)}`;
}

export interface NewTicketInput {
  id: string;
  tenantId: string;
  locale: Locale;
  requester: TicketPerson;
  question: string;
  botAttempt?: string;
  userRef: ConversationRef;
  conversationLink?: string;
  /** ISO instant. */
  now: string;
}

export function newTicket(i: NewTicketInput): Ticket {
  const attempt = i.botAttempt?.trim();
  return {
    id: i.id,
    tenantId: i.tenantId,
    state: 'unassigned',
    locale: i.locale,
    requester: i.requester,
    question: clip(i.question, LIMITS.question),
    ...(attempt ? { botAttempt: clip(attempt, LIMITS.botAttempt) } : {}),
    ...(i.conversationLink ? { conversationLink: i.conversationLink } : {}),
    userRef: i.userRef,
    replies: [],
    history: [],
    createdAt: i.now,
    updatedAt: i.now,
  };
}
