import type { Locale } from '../core/vocabulary';
/** Helpdesk tickets: plain data, stored through the Storage port. */

export type TicketState = 'unassigned' | 'assigned' | 'closed';
export type TicketVerb = 'ticket-assign' | 'ticket-reply' | 'ticket-close';
export const ticketVerbs: readonly TicketVerb[] = ['ticket-assign', 'ticket-reply', 'ticket-close'];

export interface TicketPerson {
  /** Channel account id (Teams "29:…"). */
  id: string;
  name?: string;
  aadObjectId?: string;
}

/** Enough of a botbuilder ConversationReference to send proactively (kept free of botbuilder types). */
export interface ConversationRef {
  channelId: string;
  serviceUrl: string;
  conversation: { id: string; tenantId?: string; conversationType?: string; isGroup?: boolean; name?: string };
  bot?: { id: string; name?: string };
  user?: { id: string; name?: string; aadObjectId?: string };
  activityId?: string;
  locale?: string;
}

export interface TicketReply {
  by: TicketPerson;
  text: string;
  at: string;
}

export interface TicketEvent {
  at: string;
  by: TicketPerson;
  verb: TicketVerb;
  from: TicketState;
  to: TicketState;
}

export interface Ticket {
  /** Short, human-friendly: "HB-7K3Q9P". */
  id: string;
  tenantId: string;
  state: TicketState;
  /** Language of the requester: the notifications they get. */
  locale: Locale;
  requester: TicketPerson;
  question: string;
  /** What the bot answered (or tried to), shown to the helpdesk. */
  botAttempt?: string;
  /** Teams deep link to the message that was escalated, when one can be built. */
  conversationLink?: string;
  /** Where the requester is told about assignment, replies and closing. */
  userRef: ConversationRef;
  /** Where the ticket card lives, to update it in place. */
  helpdeskCard?: { conversationId: string; activityId: string; serviceUrl: string };
  assignee?: TicketPerson;
  replies: TicketReply[];
  history: TicketEvent[];
  createdAt: string;
  updatedAt: string;
}

/** Limits that keep a card far below Teams' 28 KB budget. */
export const LIMITS = { question: 2000, botAttempt: 1500, reply: 2000, replies: 10 } as const;

export function clip(text: string, max: number): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
