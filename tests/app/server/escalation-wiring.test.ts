import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { startServer } from '../../../src/app/main';
import type { Built } from '../../../src/app/server';
import { activity, post } from './helpers';
import { readIntercepted } from '../../helpers/nock-request';

// The composition root wires escalation: an answered question is remembered, and "Contact the helpdesk"
// posts a ticket card to the helpdesk channel (Bot Connector stood in by nock, the only outside service).
const SERVICE = 'https://smba.trafficmanager.net/amer'; // a Bot Framework host: local mode sends nowhere else (issue 15)
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

// A personal-chat message from the helpers' Teams-like activity, on this test's service URL and tenant.
const message = (text: string, id: string) =>
  activity({
    id,
    text,
    serviceUrl: SERVICE,
    conversation: { id: 'a:personal-1', conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
  });

describe('escalation through the composition root', () => {
  it("posts the last question and the bot's attempt as a ticket to the helpdesk channel", async () => {
    const posted: unknown[] = [];
    nock(SERVICE)
      .post(/\/v3\/conversations\/.*\/activities.*/)
      .times(5)
      .reply(200, async (request: Request) => {
        posted.push((await readIntercepted(request)).body);
        return { id: `act-${posted.length}` };
      });
    const first = await post(built.url!, message('Can we roll back a bad hotpatch automatically?', 'm1'));
    expect(first.status).toBe(200);
    const second = await post(built.url!, message('I want to talk to a human', 'm2'));
    expect(second.status).toBe(200);
    const ticket = JSON.stringify(posted);
    expect(ticket).toContain('Can we roll back a bad hotpatch automatically?');
    expect(ticket).toMatch(/automatic rollback/i);
    const confirmations = JSON.stringify(second.json);
    expect(confirmations).toMatch(/helpdesk/i);
  });
});
