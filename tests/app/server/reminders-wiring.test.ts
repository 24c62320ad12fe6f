import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { startServer } from '../../../src/app/main';
import type { Built } from '../../../src/app/server';
import { activity, post } from './helpers';

// The composition root wires reminders: an @mention in a channel subscribes it, GET /reminders/status
// reports it, and card buttons reach the reminder handler (Bot Connector stood in by nock).
const SERVICE = 'https://smba.trafficmanager.net/emea'; // a Bot Framework host: local mode sends nowhere else
let built: Built;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  built = await startServer(
    { STORAGE: 'memory', LOG_LEVEL: 'silent', DEFAULT_TIMEZONE: 'Europe/Paris' },
    { port: 0, host: '127.0.0.1', handleSignals: false, scheduleReminders: false },
  );
});
afterAll(async () => {
  await built.close();
  nock.cleanAll();
  nock.enableNetConnect();
});

// A French @mention in a team channel, from the helpers' Teams-like activity.
const channelMessage = (text: string, id: string) =>
  activity({
    id,
    text: `<at>Hotpatch</at> ${text}`,
    entities: [{ type: 'mention', text: '<at>Hotpatch</at>', mentioned: { id: 'bot', name: 'Hotpatch' } }],
    locale: 'fr-FR',
    serviceUrl: SERVICE,
    recipient: { id: 'bot', name: 'Hotpatch' },
    conversation: { id: '19:ops@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' }, channel: { id: '19:ops@thread.tacv2' }, team: { id: '19:team@thread.tacv2' } },
  });

describe('reminders through the composition root', () => {
  it('a French @mention subscribes the channel, and the status endpoint shows it', async () => {
    const before = await (await fetch(`${built.url}/reminders/status?tenant=tenant-1`)).json();
    const res = await post(built.url!, channelMessage('rappelle ce canal chaque lundi à 9h', 'r1'));
    expect(res.status).toBe(200);
    expect(res.text).toContain('chaque lundi à 09 h 00 (Europe/Paris)');
    const after = (await (await fetch(`${built.url}/reminders/status?tenant=tenant-1`)).json()) as Record<string, unknown>;
    expect(JSON.stringify(after)).not.toEqual(JSON.stringify(before));
    expect(JSON.stringify(after)).toMatch(/"active":1\b/);
    const list = await post(built.url!, channelMessage('list reminders', 'r2'));
    expect(list.text).toMatch(/09:00|09 h 00/);
  });
});
