import { card, label, labelled, plain, type CardElement } from './card-parts';
import type { Ticket, TicketPerson, TicketVerb } from './ticket';
import { W } from './words';

export interface UserNotice {
  /** Plain text for the activity summary / notification feed. */
  summary: string;
  card: CardElement;
}

/** Told to the requester right after escalating. */
export function sentToHelpdeskNotice(ticket: Ticket): UserNotice {
  const w = W[ticket.locale];
  const colon = ticket.locale === 'fr' ? ' : ' : ': ';
  return {
    summary: w.sent(ticket.id),
    card: card([label(w.sentTitle, { color: 'Good' }), plain(w.sent(ticket.id)), labelled(w.yourQuestion, ticket.question, colon)]),
  };
}

/** Told to the requester when the helpdesk assigns, replies or closes. */
export function ticketUpdateNotice(ticket: Ticket, verb: TicketVerb, by: TicketPerson): UserNotice {
  const w = W[ticket.locale];
  const name = by.name ?? w.someone;
  if (verb === 'ticket-reply') {
    const last = ticket.replies[ticket.replies.length - 1];
    const head = w.replied(ticket.id, name);
    return { summary: head, card: card([plain(head, { bold: true }), plain(last?.text ?? '')]) };
  }
  const text = verb === 'ticket-close' ? w.closed(ticket.id, name) : w.assigned(ticket.id, name);
  return { summary: text, card: card([plain(text, { color: verb === 'ticket-close' ? 'Good' : 'Accent' })]) };
}
