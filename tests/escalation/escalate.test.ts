import { describe, expect, it } from 'vitest';
import {
  ExchangeStore,
  TicketStore,
  actOnTicket,
  escalate,
  escalateLastQuestion,
  isStaff,
  rememberExchange,
  type EscalationDeps,
  type EscalationMessage,
  type EscalationSender,
  type EscalationTurn,
  type ProactiveResult,
} from '../../src/escalation';
import { InMemoryStorage } from './in-memory-storage';

/** The escalation use cases as plain functions: no TurnContext, no adapter — a recording sender stands in. */
const HELPDESK = '19:helpdesk@thread.tacv2';
const NOW = new Date('2026-11-25T12:00:00Z');

function recordingSender(answer: () => ProactiveResult = () => ({ ok: true, activityId: 'card-1' })) {
  const sent: Array<{ to: string; message: EscalationMessage; newPost: boolean }> = [];
  const sender: EscalationSender = {
    async send(reference, message, opts) {
      sent.push({ to: reference.conversation.id, message, newPost: !!opts?.newPost });
      return answer();
    },
  };
  return { sender, sent };
}

function setup(answer?: () => ProactiveResult) {
  const storage = new InMemoryStorage();
  const { sender, sent } = recordingSender(answer);
  const deps: EscalationDeps = {
    settings: { conversationId: HELPDESK, locale: 'en', contactText: 'Call 1234.' },
    store: new TicketStore(storage),
    exchanges: new ExchangeStore(storage),
    sender,
    now: () => NOW,
    randomBytes: () => new Uint8Array([1, 2, 3, 4, 5]),
  };
  return { storage, deps, sent };
}

const turn: EscalationTurn & { conversationId: string; userId: string } = {
  tenantId: 'tenant-a',
  requester: { id: '29:user-1', name: 'Camille Martin' },
  userRef: { channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: 'a:personal-1', tenantId: 'tenant-a' } },
  activityId: 'msg-1',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  bot: { id: '28:bot', name: 'Hotpatch' },
  conversationId: 'a:personal-1',
  userId: '29:user-1',
};

describe('escalate (plain input)', () => {
  it('posts the card as a new channel post, stores where it is, and answers the requester with a notice', async () => {
    const { deps, sent } = setup();
    const r = await escalate(turn, { question: 'Why did my PC restart?', locale: 'fr' }, deps);
    expect(r.outcome.status).toBe('posted');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: HELPDESK, newPost: true, message: { locale: 'en-US' } });
    const ticket = r.outcome.status === 'posted' ? r.outcome.ticket : undefined;
    expect(ticket?.helpdeskCard).toEqual({ conversationId: HELPDESK, activityId: 'card-1', serviceUrl: turn.serviceUrl });
    expect(r.reply).toMatchObject({ locale: 'fr-FR', summary: expect.stringContaining(ticket!.id) });
  });

  it('a second escalation within the cooldown is refused with the first ticket id, and nothing is posted', async () => {
    const { deps, sent } = setup();
    const first = await escalate(turn, { question: 'One', locale: 'en' }, deps);
    const again = await escalate(turn, { question: 'Two', locale: 'en' }, deps);
    expect(again.outcome).toEqual({ status: 'throttled', ticketId: first.outcome.status === 'posted' ? first.outcome.ticket.id : '' });
    expect(again.reply.text).toContain('a moment ago');
    expect(sent).toHaveLength(1);
  });

  it('without a channel: the contact text, nothing stored', async () => {
    const { deps, storage, sent } = setup();
    deps.settings = { locale: 'en', contactText: 'Call 1234.' };
    const r = await escalate(turn, { question: 'Help', locale: 'en' }, deps);
    expect(r).toEqual({ outcome: { status: 'not-configured' }, reply: { text: 'Call 1234.', locale: 'en-US' } });
    expect(storage.items.size + sent.length).toBe(0);
  });

  it('a card the channel refuses drops the ticket and says HB-ESC-003; a send that never ran (no error) is not a failure', async () => {
    const refused = setup(() => ({ ok: false, reason: 'Forbidden', error: new Error('Forbidden') }));
    const r = await escalate(turn, { question: 'Help', locale: 'en' }, refused.deps);
    expect(r.outcome).toEqual({ status: 'failed', code: 'HB-ESC-003' });
    expect(r.reply.text).toContain('HB-ESC-003');
    expect(refused.storage.items.size).toBe(0);

    const notRun = setup(() => ({ ok: false, reason: 'the bot adapter did not run the proactive callback' }));
    const posted = await escalate(turn, { question: 'Help', locale: 'en' }, notRun.deps);
    expect(posted.outcome.status).toBe('posted');
    expect(posted.outcome.status === 'posted' && posted.outcome.ticket.helpdeskCard).toBe(undefined);
  });

  it('"Contact the helpdesk" escalates the remembered question with the bot’s answer', async () => {
    const { deps, sent } = setup();
    await rememberExchange(turn, { question: 'Can I roll back a hotpatch?', botAttempt: 'Uninstall the update.' }, deps);
    await escalateLastQuestion(turn, { text: 'Contact the helpdesk', locale: 'en' }, deps);
    const card = JSON.stringify(sent[0]!.message);
    expect(card).toContain('Can I roll back a hotpatch?');
    expect(card).not.toContain('Contact the helpdesk');
  });
});

describe('ticket actions (plain input)', () => {
  it('staff: the helpdesk channel (any thread of it) or HELPDESK_ADMIN_IDS; nobody else', () => {
    const deps = { settings: { conversationId: HELPDESK, locale: 'en' as const }, helpdeskIds: ['aad-admin'] };
    expect(isStaff({ conversationId: `${HELPDESK};messageid=1`, actor: {} }, deps)).toBe(true);
    expect(isStaff({ conversationId: 'a:personal-1', actor: { aadObjectId: 'aad-admin' } }, deps)).toBe(true);
    expect(isStaff({ conversationId: 'a:personal-1', actor: { aadObjectId: 'aad-user' } }, deps)).toBe(false);
  });

  it('assign from the channel: the card is replaced in place and the requester is told', async () => {
    const { deps, sent } = setup();
    const posted = await escalate(turn, { question: 'Help', locale: 'en' }, deps);
    const ticketId = posted.outcome.status === 'posted' ? posted.outcome.ticket.id : '';
    const updates: string[] = [];
    const r = await actOnTicket(
      {
        value: { verb: 'ticket-assign', ticketId, tenantId: 'tenant-a' },
        tenantId: 'tenant-a',
        locale: 'en',
        actor: { id: '29:staff', name: 'Alex Doe' },
        conversationId: HELPDESK,
        isInvoke: true,
        updateCard: async (id) => void updates.push(id),
      },
      deps,
    );
    expect(r).toMatchObject({ ok: true, text: 'Ticket assigned to you.' });
    expect(updates).toEqual(['card-1']);
    expect(sent.at(-1)).toMatchObject({ to: 'a:personal-1', newPost: false });
  });
});
