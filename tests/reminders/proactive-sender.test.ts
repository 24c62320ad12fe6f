import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProactiveSender, createReminderAdapter, reminderSender, toFailure } from '../../src/teams/proactive-sender';
import { startConnectorStub, type ConnectorStub } from '../../bench/connector-stub';
import { channelRef } from './helpers';

const message = { text: 'hello', summary: 'Patch Tuesday in 8 days', card: { type: 'AdaptiveCard', version: '1.5', body: [] } };

describe('proactive sender over a real CloudAdapter and a local connector stub', () => {
  let stub: ConnectorStub;
  const fail = new Map<string, { status: number; retryAfterSeconds?: number }>([
    ['403', { status: 403 }],
    ['429', { status: 429 }],
    ['500', { status: 500 }],
  ]);
  beforeAll(async () => {
    stub = await startConnectorStub({ chaos: (id) => fail.get(/channel-(\w+)@/.exec(id)?.[1] ?? '') ?? null });
  });
  afterAll(async () => stub.close());
  const sender = () => reminderSender(createProactiveSender(createReminderAdapter({}), ''));

  it('posts the card with the toast summary and returns the activity id', async () => {
    const result = await sender().send(channelRef('ok', 'tenant-a', stub.url), message);
    expect(result).toMatchObject({ ok: true, activityId: expect.stringMatching(/^1/) });
    expect(stub.delivered.get('19:channel-ok@thread.tacv2')).toBe(1);
  });

  it('returns typed failures with the status code (403 not retried; 429 without Retry-After not retried)', async () => {
    const before = stub.requests;
    expect(await sender().send(channelRef('403', 'tenant-a', stub.url), message)).toMatchObject({ ok: false, statusCode: 403 });
    expect(await sender().send(channelRef('429', 'tenant-a', stub.url), message)).toMatchObject({ ok: false, statusCode: 429 });
    expect(stub.requests - before).toBe(2);
  });

  it('5xx and 429 with Retry-After: no hidden retry by the connector client (one request each; the engine retries)', async () => {
    fail.set('429ra', { status: 429, retryAfterSeconds: 2 });
    const before = stub.requests;
    expect(await sender().send(channelRef('500', 'tenant-a', stub.url), message)).toMatchObject({ ok: false, statusCode: 500 });
    expect(await sender().send(channelRef('429ra', 'tenant-a', stub.url), message)).toMatchObject({ ok: false, statusCode: 429, retryAfterMs: 2000 });
    expect(stub.requests - before).toBe(2);
  });

  it('reads Retry-After in seconds or as a date and hides bearer tokens', () => {
    const headers = (v: string) => ({ get: (n: string) => (n === 'retry-after' ? v : undefined) });
    expect(toFailure({ statusCode: 429, message: 'x', response: { headers: headers('3') } })).toMatchObject({ retryAfterMs: 3000 });
    expect(toFailure({ statusCode: 429, message: 'auth Bearer abc.def', response: { headers: headers('nope') } })).toMatchObject({ reason: 'auth Bearer ***' });
  });
});
