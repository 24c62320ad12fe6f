import { newTicket } from '../../src/escalation';
import type { Actor, Ticket, TicketState } from '../../src/escalation';

export const T0 = '2026-11-25T12:00:00.000Z';
export const T1 = '2026-11-25T12:05:00.000Z';

export const requester = { id: '29:user-1', name: 'Camille Martin', aadObjectId: 'aad-user-1' };
export const alex: Actor = { id: '29:staff-alex', name: 'Alex Doe', aadObjectId: 'aad-alex', isStaff: true };
export const sam: Actor = { id: '29:staff-sam', name: 'Sam Roe', aadObjectId: 'aad-sam', isStaff: true };
export const user: Actor = { ...requester, isStaff: false };

export function ticketIn(state: TicketState, assignee?: Actor, overrides: Partial<Ticket> = {}): Ticket {
  const t = newTicket({
    id: 'HB-7K3Q9P2M',
    tenantId: 'tenant-a',
    locale: 'fr',
    requester,
    question: 'Pourquoi mon PC a-t-il redémarré ?',
    botAttempt: 'Raisons possibles : mois de baseline…',
    userRef: { channelId: 'msteams', serviceUrl: 'https://smba.test/emea/', conversation: { id: 'a:personal-1', tenantId: 'tenant-a' } },
    now: T0,
  });
  const { isStaff: _s, ...person } = assignee ?? alex;
  return { ...t, state, ...(assignee ? { assignee: person } : {}), ...overrides };
}
