import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import nock from 'nock';
import restify from 'restify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HelpdeskSettings } from '../../src/config/helpdesk-config';
import { ExchangeStore, TicketStore, type Ticket } from '../../src/escalation';
import { createEscalationHook, escalate, handleTicketAction, rememberExchange, type EscalationDeps } from '../../src/teams/escalation-handler';
import { createProactiveSender } from '../../src/teams/proactive-sender';
import { InMemoryStorage } from './in-memory-storage';
import { readIntercepted } from '../helpers/nock-request';

/**
 * The handlers through the real HTTP pipeline: restify → botbuilder CloudAdapter (auth off, as in local
 * mode) → our logic → Bot Connector calls, which nock answers (the connector cloud cannot run here).
 */
const CONNECTOR = 'https://smba.trafficmanager.net'; // a Bot Framework host: local mode sends nowhere else (issue 15)
const SERVICE_URL = `${CONNECTOR}/emea/`;
const HELPDESK = '19:helpdesk@thread.tacv2';
const BOT_APP_ID = '00000000-0000-0000-0000-000000000001';
const EVIL = '**bold** [click](https://evil.test) ${x}';

interface Call {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

let server: restify.Server;
let baseUrl: string;
let calls: Call[];
let storage: InMemoryStorage;
let deps: EscalationDeps;
let helpdeskStatus = 200;
let clock = Date.parse('2026-11-25T12:00:00Z');

function logic(context: TurnContext): Promise<void> {
  return (async () => {
    const a = context.activity;
    if (a.type === 'invoke') {
      const r = await handleTicketAction(context, a.value, deps);
      const body = r.card
        ? { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: r.card }
        : { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: r.text };
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } });
    } else if (a.value) {
      const r = await handleTicketAction(context, a.value, deps);
      if (r.text) await context.sendActivity(r.text);
    } else if (a.text?.startsWith('ASK ')) {
      // A normal answer; the routes remember it for a later "Contact the helpdesk".
      const answer = 'Raisons possibles : mois de baseline, pilotes…';
      await context.sendActivity(answer);
      await rememberExchange(context, { question: a.text.slice(4), botAttempt: answer }, deps);
    } else if (a.text === 'Contacter le support') {
      await createEscalationHook(deps)(context, { text: a.text, locale: 'fr' });
    } else {
      await escalate(context, { question: a.text ?? '', botAttempt: 'Je ne suis pas sûr : voir why-restarted.' }, deps);
    }
  })();
}

function settings(over: Partial<HelpdeskSettings> = {}): HelpdeskSettings {
  return { conversationId: HELPDESK, locale: 'en', contactText: 'Call the IT service desk on 1234.', ...over };
}

beforeAll(async () => {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (_ctx, err) => {
    throw err;
  };
  server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, logic);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  deps = {
    settings: settings(),
    store: new TicketStore(new InMemoryStorage()),
    sender: createProactiveSender(adapter, BOT_APP_ID),
    now: () => new Date(clock),
  };
});

afterAll(async () => {
  nock.cleanAll();
  nock.enableNetConnect();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  calls = [];
  helpdeskStatus = 200;
  storage = new InMemoryStorage();
  deps.store = new TicketStore(storage);
  deps.exchanges = new ExchangeStore(storage);
  deps.settings = settings();
  let n = 0;
  const record =
    (method: string) =>
    async (request: Request): Promise<[number, Record<string, unknown>]> => {
      const { path: uri, body } = await readIntercepted(request);
      const path = decodeURIComponent(uri);
      calls.push({ method, path, body: body as Record<string, unknown> });
      if (method === 'POST' && path.includes(HELPDESK) && helpdeskStatus !== 200)
        return [helpdeskStatus, { error: { code: 'Forbidden', message: 'no access' } }];
      return [200, { id: method === 'POST' && path.includes(HELPDESK) ? 'card-1' : `act-${++n}` }];
    };
  nock(CONNECTOR).persist().post(/.*/).reply(record('POST')).put(/.*/).reply(record('PUT'));
});

afterEach(() => nock.cleanAll());

const userMessage = (text: string, over: Record<string, unknown> = {}) => ({
  type: 'message',
  id: 'msg-1',
  channelId: 'msteams',
  serviceUrl: SERVICE_URL,
  from: { id: '29:user-1', name: 'Camille Martin', aadObjectId: 'aad-user-1' },
  recipient: { id: '28:bot', name: 'Hotpatch Bot' },
  conversation: { id: 'a:personal-1', conversationType: 'personal', tenantId: 'tenant-a' },
  channelData: { tenant: { id: 'tenant-a' } },
  locale: 'fr-FR',
  text,
  ...over,
});

const staffInvoke = (verb: string, ticketId: string, extra: Record<string, unknown> = {}, over: Record<string, unknown> = {}) => ({
  type: 'invoke',
  name: 'adaptiveCard/action',
  id: `inv-${verb}`,
  channelId: 'msteams',
  serviceUrl: SERVICE_URL,
  replyToId: 'card-1',
  from: { id: '29:staff-alex', name: 'Alex Doe', aadObjectId: 'aad-alex' },
  recipient: { id: '28:bot', name: 'Hotpatch Bot' },
  conversation: { id: `${HELPDESK};messageid=card-1`, conversationType: 'channel', tenantId: 'tenant-a' },
  channelData: { tenant: { id: 'tenant-a' } },
  locale: 'en-US',
  value: { action: { type: 'Action.Execute', verb, data: { verb, ticketId, tenantId: 'tenant-a', ...extra } }, trigger: 'manual' },
  ...over,
});

async function post(activity: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const cardOf = (c: Call) => ((c.body.attachments as { content: unknown }[])[0]?.content ?? {}) as Record<string, unknown>;
const storedTicket = async (id: string): Promise<Ticket | undefined> => deps.store.get('tenant-a', id);

async function escalateOnce(): Promise<Ticket> {
  const r = await post(userMessage(`Pourquoi mon PC a redémarré ? ${EVIL}`));
  expect(r.status).toBe(200);
  const card = calls.find((c) => c.path.includes(HELPDESK));
  const id = /HB-[0-9A-Z]{8}/.exec(JSON.stringify(card?.body))?.[0];
  const t = id && (await storedTicket(id));
  if (!t) throw new Error('no ticket');
  calls = [];
  return t;
}

describe('escalate over HTTP', () => {
  it('posts the ticket card to the helpdesk channel and confirms to the user (in French)', async () => {
    const r = await post(userMessage(`Pourquoi mon PC a redémarré ? ${EVIL}`));
    expect(r.status).toBe(200);
    const [toHelpdesk, toUser] = calls;
    expect(toHelpdesk.method).toBe('POST');
    // A new channel post (POST …/activities), not a reply to a made-up activity id.
    expect(toHelpdesk.path).toBe(`/emea/v3/conversations/${HELPDESK}/activities`);
    const card = JSON.stringify(cardOf(toHelpdesk));
    expect(card).toContain('Unassigned');
    expect(card).toContain(JSON.stringify(`Pourquoi mon PC a redémarré ? ${EVIL}`).slice(1, -1));
    expect(card).toContain('Camille Martin');
    expect(card).toContain('Je ne suis pas sûr');
    expect(toUser.path).toMatch(/^\/emea\/v3\/conversations\/a:personal-1\/activities/);
    expect(JSON.stringify(toUser.body)).toContain('Transmis au support');
    const id = /HB-[0-9A-Z]{8}/.exec(card)![0];
    const t = await storedTicket(id);
    expect(t).toMatchObject({
      state: 'unassigned',
      locale: 'fr',
      tenantId: 'tenant-a',
      helpdeskCard: { conversationId: HELPDESK, activityId: 'card-1', serviceUrl: SERVICE_URL },
    });
    expect(calls).toHaveLength(2);
  });

  it('opens one ticket per requester per 2 minutes (double clicks), then again after', async () => {
    await post(userMessage('Première question'));
    calls = [];
    clock += 30_000;
    await post(userMessage('Encore une fois', { id: 'msg-5' }));
    expect(calls).toHaveLength(1);
    expect(String(calls[0].body.text)).toMatch(/il y a un instant \(ticket HB-[0-9A-Z]{8}\)/);
    clock += 120_000;
    calls = [];
    await post(userMessage('Nouvelle question', { id: 'msg-6' }));
    expect(calls.filter((c) => c.path.includes(HELPDESK))).toHaveLength(1);
  });

  it('names whom to contact when no helpdesk channel is configured, and stores nothing', async () => {
    deps.settings = settings({ conversationId: undefined });
    await post(userMessage('Je veux parler à quelqu’un'));
    expect(calls).toHaveLength(1);
    expect(calls[0].path).toContain('a:personal-1');
    expect(calls[0].body.text).toBe('Call the IT service desk on 1234.');
    expect(storage.items.size).toBe(0);
  });

  it('says HB-ESC-003 and the contact when the channel refuses the card, and drops the ticket', async () => {
    helpdeskStatus = 403;
    const r = await post(userMessage('Aidez-moi'));
    expect(r.status).toBe(200);
    const toUser = calls.filter((c) => c.path.includes('a:personal-1'));
    expect(toUser).toHaveLength(1);
    expect(String(toUser[0].body.text)).toContain('HB-ESC-003');
    expect(String(toUser[0].body.text)).toContain('1234');
    expect(storage.items.size).toBe(0);
  });
});

describe('"Contact the helpdesk" after an answer', () => {
  it('escalates the previous question with the bot’s answer, not the button words', async () => {
    await post(userMessage('ASK Pourquoi mon PC a redémarré hier ?'));
    calls = [];
    clock += 5 * 60_000;
    await post(userMessage('Contacter le support', { id: 'msg-3' }));
    const card = JSON.stringify(cardOf(calls.find((c) => c.path.includes(HELPDESK))!));
    expect(card).toContain('Pourquoi mon PC a redémarré hier ?');
    expect(card).toContain('Raisons possibles : mois de baseline');
    expect(card).not.toContain('Contacter le support');
  });

  it('falls back to the message itself when the last answer is too old', async () => {
    await post(userMessage('ASK Question ancienne'));
    calls = [];
    clock += 31 * 60_000;
    await post(userMessage('Contacter le support', { id: 'msg-4' }));
    const card = JSON.stringify(cardOf(calls.find((c) => c.path.includes(HELPDESK))!));
    expect(card).not.toContain('Question ancienne');
    expect(card).toContain('Contacter le support');
  });
});

describe('ticket actions over HTTP', () => {
  it('assign → reply → close: the card is updated in place and the user is told each time', async () => {
    const t = await escalateOnce();

    clock += 60_000;
    let r = await post(staffInvoke('ticket-assign', t.id));
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.body)).toContain('Assigned to Alex Doe');
    let put = calls.find((c) => c.method === 'PUT')!;
    expect(put.path).toMatch(/\/activities\/card-1$/);
    expect(JSON.stringify(cardOf(put))).toContain('Assigned to Alex Doe');
    let toUser = calls.find((c) => c.method === 'POST' && c.path.includes('a:personal-1'))!;
    expect(JSON.stringify(toUser.body)).toContain('Alex Doe (support) s’occupe de votre question');
    expect((await storedTicket(t.id))?.state).toBe('assigned');

    calls = [];
    await post(staffInvoke('ticket-reply', t.id, { replyText: `Redémarrage de baseline. ${EVIL}` }));
    put = calls.find((c) => c.method === 'PUT')!;
    expect(JSON.stringify(cardOf(put))).toContain('Redémarrage de baseline.');
    toUser = calls.find((c) => c.method === 'POST' && c.path.includes('a:personal-1'))!;
    const notice = JSON.stringify(toUser.body);
    expect(notice).toContain('Réponse du support (Alex Doe');
    expect(notice).toContain(JSON.stringify(`Redémarrage de baseline. ${EVIL}`).slice(1, -1));
    expect((await storedTicket(t.id))?.replies).toHaveLength(1);

    calls = [];
    r = await post(staffInvoke('ticket-close', t.id));
    expect(JSON.stringify(r.body)).toContain('Closed');
    put = calls.find((c) => c.method === 'PUT')!;
    expect(JSON.stringify(cardOf(put))).not.toContain('Action.Execute');
    toUser = calls.find((c) => c.method === 'POST' && c.path.includes('a:personal-1'))!;
    expect(JSON.stringify(toUser.body)).toContain('a été fermé par Alex Doe');
    expect((await storedTicket(t.id))?.state).toBe('closed');

    calls = [];
    r = await post(staffInvoke('ticket-close', t.id));
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.body)).toContain('already closed');
    expect(calls).toHaveLength(0);
  });

  it('refuses a requester who replays a ticket action from their own chat (Action.Submit)', async () => {
    const t = await escalateOnce();
    const r = await post(userMessage('', { id: 'msg-2', value: { verb: 'ticket-close', ticketId: t.id, tenantId: 'tenant-a' } }));
    expect(r.status).toBe(200);
    expect(calls).toHaveLength(1);
    expect(String(calls[0].body.text)).toContain('Seul le support');
    expect((await storedTicket(t.id))?.state).toBe('unassigned');
  });

  it('updates in place for Action.Submit too, without posting a duplicate card', async () => {
    const t = await escalateOnce();
    const submit = {
      ...staffInvoke('ticket-assign', t.id),
      type: 'message',
      name: undefined,
      text: '',
      value: { verb: 'ticket-assign', ticketId: t.id, tenantId: 'tenant-a' },
    };
    await post(submit);
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    expect(calls.filter((c) => c.method === 'POST' && c.path.includes(HELPDESK))).toHaveLength(0);
    expect((await storedTicket(t.id))?.assignee?.name).toBe('Alex Doe');
  });

  it('treats another tenant’s ticket as not found', async () => {
    const t = await escalateOnce();
    const r = await post(
      staffInvoke(
        'ticket-assign',
        t.id,
        {},
        { channelData: { tenant: { id: 'tenant-b' } }, conversation: { id: HELPDESK, conversationType: 'channel', tenantId: 'tenant-b' } },
      ),
    );
    expect(JSON.stringify(r.body)).toContain('HB-ESC-001');
    expect(calls).toHaveLength(0);
    expect((await storedTicket(t.id))?.state).toBe('unassigned');
  });

  it('answers a malformed button payload politely (HB-ESC-004)', async () => {
    const r = await post(staffInvoke('ticket-assign', 'not-an-id'));
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.body)).toContain('HB-ESC-004');
    expect(calls).toHaveLength(0);
  });

  it('lets HELPDESK_ADMIN_IDS staff act and refuses others outside the channel', async () => {
    const t = await escalateOnce();
    const elsewhere = { conversation: { id: '19:other@thread.v2', conversationType: 'groupChat', tenantId: 'tenant-a' } };
    let r = await post(staffInvoke('ticket-assign', t.id, {}, elsewhere));
    expect(JSON.stringify(r.body)).toContain('Only helpdesk staff');
    deps.helpdeskIds = ['aad-alex'];
    r = await post(staffInvoke('ticket-assign', t.id, {}, elsewhere));
    expect(JSON.stringify(r.body)).toContain('Assigned to Alex Doe');
    deps.helpdeskIds = [];
  });
});
