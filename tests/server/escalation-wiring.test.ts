import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { startServer } from '../../src/main';
import type { Built } from '../../src/server';

// The composition root wires escalation: an answered question is remembered, and "Contact the helpdesk"
// posts a ticket card to the helpdesk channel (Bot Connector stood in by nock, the only outside service).
const SERVICE = 'https://smba.example.test/amer';
let built: Built;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  built = await startServer(
    { STORAGE: 'memory', LOG_LEVEL: 'silent', HELPDESK_CONVERSATION_ID: '19:helpdesk@thread.tacv2', HELPDESK_SERVICE_URL: SERVICE },
    { port: 0, host: '127.0.0.1', handleSignals: false },
  );
});
afterAll(async () => {
  await built.close();
  nock.cleanAll();
  nock.enableNetConnect();
});

function activity(text: string, id: string) {
  return {
    type: 'message',
    id,
    text,
    locale: 'en-US',
    channelId: 'msteams',
    serviceUrl: SERVICE,
    from: { id: 'user-1', name: 'Ada', aadObjectId: 'aad-user-1' },
    recipient: { id: 'bot', name: 'Hotpatch' },
    conversation: { id: 'a:personal-1', conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    deliveryMode: 'expectReplies',
  };
}

async function post(body: unknown) {
  const res = await fetch(`${built.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as { activities?: { text?: string }[] } };
}

describe('escalation through the composition root', () => {
  it('posts the last question and the bot\'s attempt as a ticket to the helpdesk channel', async () => {
    const posted: unknown[] = [];
    nock(SERVICE)
      .post(/\/v3\/conversations\/.*\/activities.*/)
      .times(5)
      .reply(200, (_uri, body) => {
        posted.push(body);
        return { id: `act-${posted.length}` };
      });
    const first = await post(activity('Can we roll back a bad hotpatch automatically?', 'm1'));
    expect(first.status).toBe(200);
    const second = await post(activity('I want to talk to a human', 'm2'));
    expect(second.status).toBe(200);
    const ticket = JSON.stringify(posted);
    expect(ticket).toContain('Can we roll back a bad hotpatch automatically?');
    expect(ticket).toMatch(/automatic rollback/i);
    const confirmations = JSON.stringify(second.body);
    expect(confirmations).toMatch(/helpdesk/i);
  });
});
