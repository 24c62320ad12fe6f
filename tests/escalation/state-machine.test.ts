import { describe, expect, it } from 'vitest';
import { allowedVerbs, transition, type Actor, type TicketAction, type TicketState } from '../../src/escalation';
import { T1, alex, sam, ticketIn, user } from './fixtures';

type Row = [label: string, state: TicketState, assignee: Actor | undefined, action: TicketAction, actor: Actor, expected: TicketState | string];

// Expected: the new state, or the refusal reason.
const table: Row[] = [
  ['staff assigns an unassigned ticket', 'unassigned', undefined, { verb: 'ticket-assign' }, alex, 'assigned'],
  ['staff takes over a ticket assigned to someone else', 'assigned', sam, { verb: 'ticket-assign' }, alex, 'assigned'],
  ['assignee assigns again', 'assigned', alex, { verb: 'ticket-assign' }, alex, 'already-yours'],
  ['assigning a closed ticket', 'closed', alex, { verb: 'ticket-assign' }, sam, 'closed'],
  ['a requester cannot assign', 'unassigned', undefined, { verb: 'ticket-assign' }, user, 'not-staff'],
  ['replying to an unassigned ticket assigns it', 'unassigned', undefined, { verb: 'ticket-reply', text: 'Bonjour' }, alex, 'assigned'],
  ['the assignee replies', 'assigned', alex, { verb: 'ticket-reply', text: 'Voici' }, alex, 'assigned'],
  ['someone else replies to an assigned ticket', 'assigned', alex, { verb: 'ticket-reply', text: 'Moi aussi' }, sam, 'not-assignee'],
  ['an empty reply', 'assigned', alex, { verb: 'ticket-reply', text: '   ' }, alex, 'empty-reply'],
  ['replying to a closed ticket', 'closed', alex, { verb: 'ticket-reply', text: 'x' }, alex, 'closed'],
  ['a requester cannot reply through the card', 'assigned', alex, { verb: 'ticket-reply', text: 'x' }, user, 'not-staff'],
  ['the assignee closes', 'assigned', alex, { verb: 'ticket-close' }, alex, 'closed'],
  ['any staff closes an unassigned ticket', 'unassigned', undefined, { verb: 'ticket-close' }, sam, 'closed'],
  ['someone else closes an assigned ticket', 'assigned', alex, { verb: 'ticket-close' }, sam, 'not-assignee'],
  ['closing twice', 'closed', alex, { verb: 'ticket-close' }, alex, 'closed'],
  ['a requester cannot close', 'unassigned', undefined, { verb: 'ticket-close' }, user, 'not-staff'],
];

describe('ticket state machine', () => {
  it.each(table)('%s: %s → %s', (_label, state, assignee, action, actor, expected) => {
    const before = ticketIn(state, assignee);
    const r = transition(before, action, actor, T1);
    if (r.ok) {
      expect(r.ticket.state).toBe(expected);
      expect(r.from).toBe(state);
      expect(r.ticket.history.at(-1)).toMatchObject({ verb: action.verb, from: state, to: expected, at: T1, by: { id: actor.id } });
      expect(r.ticket.updatedAt).toBe(T1);
    } else {
      expect(r.reason).toBe(expected);
    }
    expect(before.state).toBe(state); // pure: the input is untouched
  });

  it('records the assignee on assign and take-over, and keeps the owner when closing', () => {
    const taken = transition(ticketIn('assigned', sam), { verb: 'ticket-assign' }, alex, T1);
    expect(taken.ok && taken.ticket.assignee?.id).toBe(alex.id);
    const closed = transition(ticketIn('assigned', alex), { verb: 'ticket-close' }, alex, T1);
    expect(closed.ok && closed.ticket.assignee?.id).toBe(alex.id);
  });

  it('keeps the reply text verbatim (trimmed, clipped at 2000) and the last 10 replies', () => {
    let t = ticketIn('assigned', alex);
    for (let i = 0; i < 12; i++) {
      const r = transition(t, { verb: 'ticket-reply', text: `  **reply ${i}** [x](https://evil.test)  ` }, alex, T1);
      if (!r.ok) throw new Error(r.reason);
      t = r.ticket;
    }
    expect(t.replies).toHaveLength(10);
    expect(t.replies.at(-1)?.text).toBe('**reply 11** [x](https://evil.test)');
    const long = transition(t, { verb: 'ticket-reply', text: 'a'.repeat(5000) }, alex, T1);
    expect(long.ok && long.ticket.replies.at(-1)?.text.length).toBe(2000);
  });

  it('recognises the assignee by Entra id when the channel account id differs', () => {
    const sameAlexOtherId = { ...alex, id: '29:alex-other-client' };
    const r = transition(ticketIn('assigned', alex), { verb: 'ticket-close' }, sameAlexOtherId, T1);
    expect(r.ok).toBe(true);
  });

  it('offers no actions on a closed ticket', () => {
    expect(allowedVerbs('closed')).toEqual([]);
    expect(allowedVerbs('unassigned')).toEqual(['ticket-assign', 'ticket-reply', 'ticket-close']);
  });
});
