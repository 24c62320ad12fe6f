import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import restify from 'restify';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TicketStore } from '../../src/escalation';
import { escalate, handleTicketAction, type EscalationDeps } from '../../src/teams/escalation-handler';
import { createProactiveSender } from '../../src/teams/proactive-sender';
import { freePort, Playground } from '../e2e/playground-driver';
import { InMemoryStorage } from './in-memory-storage';

/**
 * Escalation against the Microsoft 365 Agents Playground (offline Teams mock with its own Bot
 * Connector): the ticket card is posted to a real (mock) channel, the Submit fallback of a card button
 * comes back through the Playground, the card is updated and the requester is told in their chat.
 */
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
let pg: Playground;
let cfg: any;
let server: restify.Server;
let deps: EscalationDeps;
const storage = new InMemoryStorage();
const events: { action: string; conversationId: string; message: any }[] = [];
let ws: WebSocket;

function logic(context: TurnContext): Promise<void> {
  return (async () => {
    const a = context.activity;
    if (a.type === 'invoke') {
      const r = await handleTicketAction(context, a.value, deps);
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: ADAPTIVE, value: r.card } } });
    } else if (a.type === 'message' && a.value) {
      const r = await handleTicketAction(context, a.value, deps);
      if (r.text) await context.sendActivity(r.text);
    } else if (a.type === 'message' && a.text) {
      await escalate(context, { question: a.text, botAttempt: 'No confident answer.' }, deps);
    }
  })();
}

async function waitFor<T>(find: () => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = find();
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; events: ${JSON.stringify(events.map((e) => [e.action, e.conversationId]))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (ctx, err) => {
    await ctx.sendActivity(`turn error: ${(err as Error).message}`);
  };
  server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, logic);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const botUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  pg = new Playground(await freePort(), botUrl);
  await pg.start();
  cfg = await pg.config();
  ws = new WebSocket(`ws://127.0.0.1:${pg.port}/_ws_conversation/v1/conversations/stream`);
  ws.on('message', (d) => {
    const e = JSON.parse(String(d));
    events.push({ action: e.action, conversationId: e.actionConversationId, message: e.message });
  });
  await new Promise((r) => ws.once('open', r));
  deps = {
    settings: { conversationId: cfg.teams[0].channels[0].id, locale: 'en' },
    store: new TicketStore(storage),
    sender: createProactiveSender(adapter, '00000000-0000-0000-0000-000000000001'),
    now: () => new Date(),
  };
}, 60_000);

afterAll(async () => {
  ws?.close();
  await pg?.stop();
  await new Promise<void>((r) => server.close(() => r()));
});

const cardText = (m: any) => JSON.stringify(m?.attachments?.find((x: any) => x.contentType === ADAPTIVE)?.content ?? {});

describe('escalation in the Agents Playground', () => {
  it('posts the ticket as a new channel post; assign, reply and close update it in place and reach the requester', async () => {
    const channel = cfg.teams[0].channels[0].id as string;
    await pg.post(`/_conversation/v1/conversations/${cfg.personalChat.id}/messages`, {
      from: { id: cfg.currentUser.id },
      text: 'Why did my PC restart last night? [link](https://evil.test)',
      textFormat: 'plain',
    });
    const ticketMsg = await waitFor(
      () => events.find((e) => e.action === 'createMessage' && e.conversationId.startsWith(channel) && cardText(e.message).includes('Unassigned')),
      'the ticket card in the channel',
    );
    expect(cardText(ticketMsg.message)).toContain('[link](https://evil.test)');
    await waitFor(
      () => events.find((e) => e.conversationId === cfg.personalChat.id && cardText(e.message).includes('Sent to the helpdesk')),
      'the confirmation',
    );

    const card = JSON.parse(cardText(ticketMsg.message));
    const assign = card.actions.find((x: any) => x.verb === 'ticket-assign');
    await pg.post('/_conversation/v1/submit', {
      // The card opened a new post: its thread is "<channel>;messageid=<post>", as in Teams.
      conversation: { id: ticketMsg.message.postConversationId },
      from: { id: cfg.currentUser.id },
      replyToId: ticketMsg.message.messageId,
      value: assign.fallback.data,
    });
    await waitFor(
      () => events.find((e) => e.conversationId === cfg.personalChat.id && cardText(e.message).includes('from the helpdesk is looking at your question')),
      'the assignment notice to the requester',
    );
    const ticketId = assign.data.ticketId as string;
    const stored = () => [...storage.items.entries()].find(([k]) => k.endsWith(`/${ticketId}`))?.[1].json;
    expect(JSON.parse(stored()!).state).toBe('assigned');
    const updated = await waitFor(
      () => events.find((e) => e.action === 'updateMessage' && JSON.stringify(e.message ?? {}).includes('Assigned to')),
      'the card updated in place',
    );
    expect(updated.message.messageId).toBe(ticketMsg.message.messageId);

    // Reply, then close, from the same post; the requester gets the reply verbatim, then the closing notice.
    const reply = card.actions.find((x: any) => x.type === 'Action.ShowCard').card.actions[0];
    await pg.post('/_conversation/v1/submit', {
      conversation: { id: ticketMsg.message.postConversationId },
      from: { id: cfg.currentUser.id },
      replyToId: ticketMsg.message.messageId,
      value: { ...reply.fallback.data, replyText: 'It was the October baseline. **Nothing to do.**' },
    });
    await waitFor(
      () => events.find((e) => e.conversationId === cfg.personalChat.id && cardText(e.message).includes('It was the October baseline. **Nothing to do.**')),
      'the reply in the requester chat',
    );
    const close = card.actions.find((x: any) => x.verb === 'ticket-close');
    await pg.post('/_conversation/v1/submit', {
      conversation: { id: ticketMsg.message.postConversationId },
      from: { id: cfg.currentUser.id },
      replyToId: ticketMsg.message.messageId,
      value: close.fallback.data,
    });
    await waitFor(() => events.find((e) => e.conversationId === cfg.personalChat.id && cardText(e.message).includes('was closed by')), 'the closing notice');
    const closedCard = await waitFor(
      () => events.find((e) => e.action === 'updateMessage' && JSON.stringify(e.message ?? {}).includes('Closed')),
      'the closed card',
    );
    expect(JSON.stringify(closedCard.message)).not.toContain('ticket-assign');
    expect(JSON.parse(stored()!).state).toBe('closed');
  });
});
