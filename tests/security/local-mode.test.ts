import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { listenHost } from '../../src/config/server-config';
import { build, type Built } from '../../src/app/server';
import { startServer } from '../../src/app/main';
import { createLogger } from '../../src/observability';
import { serviceUrlProblem } from '../../src/teams/guards/service-url';
import { createProactiveSender, createReminderAdapter, reminderSender } from '../../src/teams/proactive-sender';
import type { AskInput, Reply } from '../../src/pipeline/types';
import { captureLines } from '../observability/capture';
import { activity, post } from '../app/server/helpers';

/**
 * Issue 15 finding 5: local mode (BOT_ID empty, nothing authenticated) bound 0.0.0.0 while logging
 * 127.0.0.1, trusted any from.aadObjectId (fleet, anyone's devices, helpdesk staff) and POSTed to any
 * serviceUrl (server-side request forgery).
 */
function recordingPipeline() {
  const calls: AskInput[] = [];
  return {
    calls,
    async ask(input: AskInput): Promise<Reply> {
      calls.push(input);
      return {
        intent: 'help',
        locale: 'en',
        text: 'ok',
        attachments: [],
        suggestedActions: [],
        question: { intent: 'help', slots: {}, confidence: 1, locale: 'en', text: input.text },
        answer: { kind: 'help' },
      } as Reply;
    },
  };
}

let open: Built | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe('local mode is for this machine', () => {
  it('binds 127.0.0.1 by default and logs the address it really bound', async () => {
    const logs = captureLines();
    const config = loadConfig({});
    expect(listenHost(config)).toBe('127.0.0.1');
    open = await build({ config, pipeline: recordingPipeline(), logger: createLogger({ LOG_LEVEL: 'info' }, logs.stream) });
    const url = await open.listen(0);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((open.server.address() as { address: string }).address).toBe('127.0.0.1');
    const line = logs.lines().find((l) => String(l.msg).startsWith('hotpatch-bot listening'));
    expect(line).toMatchObject({ address: '127.0.0.1' });
  });

  it('production binds every interface by default (every request carries a token)', () => {
    expect(
      listenHost(
        loadConfig({
          BOT_ID: '11111111-2222-3333-4444-555555555555',
          BOT_PASSWORD: 'x',
          BOT_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
          ALLOWED_TENANT_IDS: '72f988bf-86f1-41af-91ab-2d7cd011db47',
        }),
      ),
    ).toBe('0.0.0.0');
  });

  it.each([
    [{ NODE_ENV: 'production' }, /NODE_ENV=production/],
    [{ HOST: '0.0.0.0' }, /HOST=0\.0\.0\.0 is not loopback/],
    [{ HOST: '10.1.2.3' }, /HOST=10\.1\.2\.3/],
  ])('refuses to start local mode with %o (HB-CONFIG-008)', (env, why) => {
    expect(() => loadConfig(env)).toThrow(/HB-CONFIG-008/);
    expect(() => loadConfig(env)).toThrow(why);
  });

  it('ALLOW_UNAUTHENTICATED=true lets it start, with a warning in the logs', async () => {
    const logs = captureLines();
    open = await startServer(
      { STORAGE: 'memory', NODE_ENV: 'production', ALLOW_UNAUTHENTICATED: 'true' },
      { port: 0, host: '127.0.0.1', handleSignals: false, scheduleReminders: false, extend: { logger: createLogger({ LOG_LEVEL: 'info' }, logs.stream) } },
    );
    expect(logs.lines().some((l) => l.level === 'warn' && l.code === 'HB-CONFIG-008')).toBe(true);
  });

  it('a loopback HOST is fine', () => {
    expect(listenHost(loadConfig({ HOST: '::1' }))).toBe('::1');
    expect(listenHost(loadConfig({ HOST: 'localhost' }))).toBe('localhost');
  });
});

describe('service URLs: one rule for every outbound call', () => {
  const BF = 'https://smba.trafficmanager.net/emea/';
  it.each([
    ['javascript:alert(1)', 'local'],
    ['file:///etc/passwd', 'local'],
    ['data:text/plain,x', 'production'],
    ['http://169.254.169.254/metadata/', 'local'],
    ['http://10.0.0.5:8080/', 'local'],
    ['https://evil.example.com/', 'local'],
    ['https://evil.example.com/', 'production'],
    ['http://smba.trafficmanager.net/emea/', 'production'],
    ['http://127.0.0.1:3978/', 'production'],
    ['https://user:pw@smba.trafficmanager.net/', 'production'],
    ['https://smba.trafficmanager.net.evil.com/', 'production'],
  ] as const)('refuses %s in %s mode', (url, mode) => {
    expect(serviceUrlProblem(url, mode)).toBeDefined();
  });
  it.each([
    [BF, 'production'],
    [BF, 'local'],
    ['https://smba.infra.gcc.teams.microsoft.com/amer/', 'production'],
    ['https://smba.infra.gov.teams.microsoft.us/', 'production'],
    ['https://webchat.botframework.com/', 'production'],
    ['http://localhost:56150/', 'local'],
    ['http://127.0.0.1:9/', 'local'],
    ['http://[::1]:3978/', 'local'],
  ] as const)('allows %s in %s mode', (url, mode) => {
    expect(serviceUrlProblem(url, mode)).toBeUndefined();
  });

  it('an inbound activity with an intranet serviceUrl is refused (403) and never processed', async () => {
    const p = recordingPipeline();
    open = await build({ config: loadConfig({}), pipeline: p });
    const url = await open.listen(0, '127.0.0.1');
    const r = await post(url, activity({ serviceUrl: 'http://169.254.169.254/latest/', deliveryMode: 'normal' }));
    expect(r.status).toBe(403);
    expect(r.json.code).toBe('HB-TEAMS-403');
    expect(p.calls).toHaveLength(0);
  });

  it('a stored reference to another host is refused before any request (proactive sends)', async () => {
    open = await build({ config: loadConfig({}), pipeline: recordingPipeline() });
    const reference = { serviceUrl: 'http://10.20.30.40:8080/', channelId: 'msteams', conversation: { id: '19:x@thread.tacv2' }, bot: { id: 'b' } };
    await expect(open.adapter.continueConversationAsync(open.botAppId, reference as never, async (ctx) => void (await ctx.sendActivity('hi')))).rejects.toThrow(
      /HB-TEAMS-403/,
    );
  });
});

describe('proactive sends from stored references (reminders tick, CLI)', () => {
  it('a stored reference to an intranet host fails with 403 before any request, so the reminder is not retried', async () => {
    const sender = reminderSender(createProactiveSender(createReminderAdapter({}), ''));
    const result = await sender.send(
      { serviceUrl: 'http://10.1.2.3:8080/', channelId: 'msteams', conversation: { id: '19:x@thread.tacv2', tenantId: 't' } } as never,
      { text: 'hi' } as never,
    );
    expect(result).toMatchObject({ ok: false, statusCode: 403, reason: expect.stringMatching(/HB-TEAMS-403/) });
  });
});

describe('local mode does not trust the identity an activity claims', () => {
  it('from.aadObjectId is not evidence: no identity unless LOCAL_USER_AAD_ID is configured', async () => {
    const p = recordingPipeline();
    open = await build({ config: loadConfig({ HELPDESK_ADMIN_IDS: 'aad-admin' }), pipeline: p });
    const url = await open.listen(0, '127.0.0.1');
    await post(url, activity({ text: 'fleet summary', from: { id: 'u', name: 'Mallory', aadObjectId: 'aad-admin' } }));
    expect(p.calls[0]!.requester).toMatchObject({ isHelpdesk: false });
    expect(p.calls[0]!.requester?.aadObjectId).toBeUndefined();
  });

  it('with LOCAL_USER_AAD_ID every request acts as that user, whatever it claims', async () => {
    const p = recordingPipeline();
    open = await build({ config: loadConfig({ HELPDESK_ADMIN_IDS: 'aad-admin', LOCAL_USER_AAD_ID: 'aad-dev' }), pipeline: p });
    const url = await open.listen(0, '127.0.0.1');
    await post(url, activity({ text: 'my devices', from: { id: 'u', aadObjectId: 'aad-admin' } }));
    expect(p.calls[0]!.requester).toMatchObject({ aadObjectId: 'aad-dev', isHelpdesk: false });
  });

  it('claiming the helpdesk conversation does not make the sender staff', async () => {
    const p = recordingPipeline();
    open = await build({ config: loadConfig({ HELPDESK_CONVERSATION_ID: '19:helpdesk@thread.tacv2', HELPDESK_ADMIN_IDS: 'aad-admin' }), pipeline: p });
    const url = await open.listen(0, '127.0.0.1');
    const r = await post(url, activity({ text: 'hello', conversation: { id: '19:helpdesk@thread.tacv2;messageid=1', conversationType: 'channel' } }));
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.json)).toContain('LOCAL_USER_AAD_ID');
    expect(p.calls).toHaveLength(0);
  });
});

describe('the proactive-send event cannot be forged', () => {
  it('an inbound ContinueConversation event (which guards let through as the bot’s own) → 400, never processed', async () => {
    const pipeline = recordingPipeline();
    const config = loadConfig({ STORAGE: 'memory' });
    open = await build({ config, pipeline });
    const url = await open.listen(0, '127.0.0.1');
    const r = await post(
      url,
      activity({ type: 'event', name: 'ContinueConversation', text: 'fleet summary', serviceUrl: 'https://smba.trafficmanager.net/amer/' }),
    );
    expect(r.status).toBe(400);
    expect(pipeline.calls).toHaveLength(0);
  });
});
