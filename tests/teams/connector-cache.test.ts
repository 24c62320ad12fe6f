import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { reuseConnectorClients } from '../../src/teams/connector-cache';
import { activity, post, startRealBot } from '../app/server/helpers';
import { readIntercepted } from '../helpers/nock-request';
import type { Built } from '../../src/app/server';

// CloudAdapter builds a ConnectorClient (and a UserTokenClient) per inbound activity; the bot reuses
// them per (app id, service URL, audience). These tests prove the reuse on the real HTTP pipeline and
// that replies still reach the Bot Connector (nock: the one service that cannot run here).

describe('connector clients on the real server', () => {
  const SERVICE_A = 'https://smba.trafficmanager.net/emea/'; // Bot Framework hosts: local mode sends nowhere else (issue 15)
  const SERVICE_B = 'https://smba.trafficmanager.net/amer/';
  let built: Built & { url: string };
  const seen: { serviceUrl: string; client: unknown; tokens: unknown }[] = [];

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    built = await startRealBot({ STORAGE: 'memory', LOG_LEVEL: 'silent' });
    built.hooks.onActivity(async (context: TurnContext) => {
      const adapter = context.adapter as CloudAdapter;
      seen.push({
        serviceUrl: context.activity.serviceUrl,
        client: context.turnState.get(adapter.ConnectorClientKey),
        tokens: context.turnState.get(adapter.UserTokenClientKey),
      });
    });
  });
  afterEach(() => {
    seen.length = 0;
    nock.cleanAll();
  });
  afterAll(async () => {
    await built.close();
    nock.enableNetConnect();
  });

  it('gives every turn from the same service URL the same ConnectorClient and UserTokenClient', async () => {
    for (const text of ['hello', 'When is the next reboot?', 'thanks']) {
      expect((await post(built.url, activity({ text, serviceUrl: SERVICE_A }))).status).toBe(200);
    }
    expect(seen).toHaveLength(3);
    expect(seen[0]!.client).toBeDefined();
    expect(seen[1]!.client).toBe(seen[0]!.client);
    expect(seen[2]!.client).toBe(seen[0]!.client);
    expect(seen[2]!.tokens).toBe(seen[0]!.tokens);
  });

  it('keeps a separate client per service URL (each region of the Bot Connector)', async () => {
    await post(built.url, activity({ text: 'hello', serviceUrl: SERVICE_A }));
    await post(built.url, activity({ text: 'hello', serviceUrl: SERVICE_B }));
    await post(built.url, activity({ text: 'hello', serviceUrl: SERVICE_B }));
    const [a, b1, b2] = seen;
    expect(b1!.client).not.toBe(a!.client);
    expect(b2!.client).toBe(b1!.client);
  });

  it('still delivers normal (not expectReplies) replies through the reused client, turn after turn', async () => {
    const posted: { text?: string }[] = [];
    const scope = nock(SERVICE_A)
      .post(/\/v3\/conversations\/.+\/activities/)
      .times(2)
      .reply(200, async (request: Request) => {
        posted.push((await readIntercepted(request)).body as { text?: string });
        return { id: `reply-${posted.length}` };
      });
    for (const [i, text] of ['hello', 'thanks'].entries()) {
      const res = await post(built.url, activity({ text, id: `normal-${i}`, serviceUrl: SERVICE_A, deliveryMode: 'normal' }));
      expect(res.status).toBe(200);
    }
    expect(scope.isDone()).toBe(true);
    expect(posted).toHaveLength(2);
    expect(seen[1]!.client).toBe(seen[0]!.client);
  });
});

/** A stand-in for botframework-connector's BotFrameworkAuthentication: counts what it builds. */
function fakeAdapter(opts: { failFirst?: boolean } = {}) {
  const made: string[] = [];
  let failures = opts.failFirst ? 1 : 0;
  const claims = (appId: string) => ({ getClaimValue: (t: string) => (t === 'aud' ? appId : null) });
  const factory = (appId: string) => ({
    appId,
    async create(serviceUrl: string, audience?: string) {
      if (failures > 0) {
        failures -= 1;
        throw new Error('token endpoint down');
      }
      made.push(`${appId} ${serviceUrl} ${audience ?? ''}`);
      return { appId, serviceUrl, audience };
    },
  });
  const auth = {
    authenticateRequest: async (activity: { appId: string }) => ({
      audience: 'https://api.botframework.com',
      claimsIdentity: claims(activity.appId),
      connectorFactory: factory(activity.appId),
    }),
    createConnectorFactory: (c: ReturnType<typeof claims>) => factory(c.getClaimValue('aud')!),
    createUserTokenClient: async (c: ReturnType<typeof claims>) => ({
      tokenClientFor: c.getClaimValue('aud'),
      n: made.push(`token ${c.getClaimValue('aud')}`),
    }),
    getOriginatingAudience: () => 'https://api.botframework.com',
  };
  const adapter = { botFrameworkAuthentication: auth } as unknown as CloudAdapter;
  return { adapter, made, claims, auth: () => (adapter as unknown as { botFrameworkAuthentication: typeof auth }).botFrameworkAuthentication };
}

describe('reuseConnectorClients', () => {
  it('creates one client per (app id, service URL, audience) and reuses it', async () => {
    const f = fakeAdapter();
    reuseConnectorClients(f.adapter);
    const auth = f.auth();
    const r1 = await auth.authenticateRequest({ appId: 'bot-a' });
    const r2 = await auth.authenticateRequest({ appId: 'bot-a' });
    const c1 = await r1.connectorFactory.create('https://s1/', 'aud');
    const c2 = await r2.connectorFactory.create('https://s1/', 'aud');
    expect(c2).toBe(c1);
    await r1.connectorFactory.create('https://s2/', 'aud');
    await r1.connectorFactory.create('https://s1/', 'other-aud');
    const r3 = await auth.authenticateRequest({ appId: 'bot-b' });
    await r3.connectorFactory.create('https://s1/', 'aud');
    expect(f.made).toEqual(['bot-a https://s1/ aud', 'bot-a https://s2/ aud', 'bot-a https://s1/ other-aud', 'bot-b https://s1/ aud']);
  });

  it('reuses clients for proactive sends too (createConnectorFactory) and user token clients per app id', async () => {
    const f = fakeAdapter();
    reuseConnectorClients(f.adapter);
    const auth = f.auth();
    const a = await auth.createConnectorFactory(f.claims('bot-a')).create('https://s1/');
    const b = await auth.createConnectorFactory(f.claims('bot-a')).create('https://s1/');
    expect(b).toBe(a);
    const t1 = await auth.createUserTokenClient(f.claims('bot-a'));
    const t2 = await auth.createUserTokenClient(f.claims('bot-a'));
    const t3 = await auth.createUserTokenClient(f.claims('bot-b'));
    expect(t2).toBe(t1);
    expect(t3).not.toBe(t1);
    expect(auth.getOriginatingAudience()).toBe('https://api.botframework.com');
  });

  it('never remembers a failed creation: the next turn tries again', async () => {
    const f = fakeAdapter({ failFirst: true });
    reuseConnectorClients(f.adapter);
    const r = await f.auth().authenticateRequest({ appId: 'bot-a' });
    await expect(r.connectorFactory.create('https://s1/')).rejects.toThrow('token endpoint down');
    await new Promise((resolve) => setImmediate(resolve));
    const client = await r.connectorFactory.create('https://s1/');
    expect(client).toMatchObject({ serviceUrl: 'https://s1/' });
    expect(f.made).toEqual(['bot-a https://s1/ ']);
  });

  it('is bounded: the least recently used client goes first (service URLs come from activities)', async () => {
    const f = fakeAdapter();
    const stats = reuseConnectorClients(f.adapter, 3);
    const r = await f.auth().authenticateRequest({ appId: 'bot-a' });
    for (const s of ['s1', 's2', 's3']) await r.connectorFactory.create(`https://${s}/`);
    await r.connectorFactory.create('https://s1/'); // s1 used again: s2 is now the oldest
    await r.connectorFactory.create('https://s4/');
    expect(stats.connectorClients).toBe(3);
    await r.connectorFactory.create('https://s1/');
    await r.connectorFactory.create('https://s2/');
    expect(f.made.filter((m) => m.includes('s2'))).toHaveLength(2);
    expect(f.made.filter((m) => m.includes('s1'))).toHaveLength(1);
  });

  it('wraps an adapter once', () => {
    const f = fakeAdapter();
    const first = reuseConnectorClients(f.adapter);
    const proxy = f.auth();
    expect(reuseConnectorClients(f.adapter)).toBe(first);
    expect(f.auth()).toBe(proxy);
  });
});
