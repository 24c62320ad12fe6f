import type { Ticket, TicketPerson, TicketState, TicketVerb } from './ticket';
import { LIMITS, clip } from './ticket';

/**
 * Ticket life cycle, Unassigned → Assigned → Closed. Who may do what:
 * - only helpdesk staff act on tickets (requesters see their ticket in their chat, not its buttons);
 * - assign: take an unassigned ticket, or take over one assigned to someone else;
 * - reply: the assignee; replying to an unassigned ticket assigns it to the one who replies;
 * - close: the assignee, or any staff member while nobody owns it; closed is final.
 */
export interface Actor extends TicketPerson {
  isStaff: boolean;
}

export type TicketAction = { verb: 'ticket-assign' } | { verb: 'ticket-close' } | { verb: 'ticket-reply'; text: string };

export type RefusalReason = 'not-staff' | 'closed' | 'already-yours' | 'not-assignee' | 'empty-reply';

export type TransitionResult = { ok: true; ticket: Ticket; from: TicketState } | { ok: false; reason: RefusalReason };

const sameAs = (a: TicketPerson | undefined, b: TicketPerson) => !!a && (a.id === b.id || (!!a.aadObjectId && a.aadObjectId === b.aadObjectId));

function refusal(ticket: Ticket, action: TicketAction, actor: Actor): RefusalReason | undefined {
  if (!actor.isStaff) return 'not-staff';
  if (ticket.state === 'closed') return 'closed';
  const mine = sameAs(ticket.assignee, actor);
  switch (action.verb) {
    case 'ticket-assign':
      return mine ? 'already-yours' : undefined;
    case 'ticket-reply':
      if (!action.text.trim()) return 'empty-reply';
      return ticket.state === 'assigned' && !mine ? 'not-assignee' : undefined;
    case 'ticket-close':
      return ticket.state === 'assigned' && !mine ? 'not-assignee' : undefined;
  }
}

function nextState(verb: TicketVerb): TicketState {
  return verb === 'ticket-close' ? 'closed' : 'assigned';
}

/** Pure: the ticket after `action` by `actor` at `at` (ISO), or why it is refused. */
export function transition(ticket: Ticket, action: TicketAction, actor: Actor, at: string): TransitionResult {
  const reason = refusal(ticket, action, actor);
  if (reason) return { ok: false, reason };
  const by = { id: actor.id, ...(actor.name ? { name: actor.name } : {}), ...(actor.aadObjectId ? { aadObjectId: actor.aadObjectId } : {}) };
  const to = nextState(action.verb);
  const assignee = action.verb === 'ticket-close' ? ticket.assignee : ticket.state === 'assigned' && action.verb === 'ticket-reply' ? ticket.assignee : by;
  const replies =
    action.verb === 'ticket-reply' ? [...ticket.replies, { by, text: clip(action.text, LIMITS.reply), at }].slice(-LIMITS.replies) : ticket.replies;
  return {
    ok: true,
    from: ticket.state,
    ticket: {
      ...ticket,
      state: to,
      ...(assignee ? { assignee } : {}),
      replies,
      history: [...ticket.history, { at, by, verb: action.verb, from: ticket.state, to }],
      updatedAt: at,
    },
  };
}

/** The verbs offered on the card in a state: closed tickets have none ("assign" reads "take over" once assigned). */
export function allowedVerbs(state: TicketState): TicketVerb[] {
  return state === 'closed' ? [] : ['ticket-assign', 'ticket-reply', 'ticket-close'];
}
