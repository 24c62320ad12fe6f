import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { addSubscription } from '../../src/reminders/subscriptions';
import { runTick } from '../../src/reminders/tick';
import { keys } from '../../src/reminders/keys';
import type { OutboxEntry, Subscription } from '../../src/reminders/types';
import { createProactiveSender, createReminderAdapter, reminderSender } from '../../src/teams/proactive-sender';
import { startConnectorStub, type ConnectorStub, type StubFailure } from '../../bench/connector-stub';
import { channelRef, makeDeps } from './helpers';

const NOW = new Date('2026-11-30T08:00:00Z');
const N = 100;

/** Per conversation (by index mod 5): what the stub answers to its n-th request. */
function chaos(i: number, n: number): StubFailure | null {
  switch (i % 5) {
    case 0:
      return n === 0 ? { status: 429, retryAfterSeconds: 1 } : null; // retried after Retry-After
    case 1:
      return n < 2 ? { status: 429 } : null; // no Retry-After: our backoff with jitter
    case 2:
      return n < 3 ? { status: 503 } : null; // backoff with jitter, three times
    case 3:
      return n === 0 ? { status: 500 } : n === 1 ? { status: 502 } : n === 2 ? { status: 504 } : null;
    default:
      return null;
  }
}

describe('delivery through a connector stub that throttles and fails', () => {
  let stub: ConnectorStub;
  beforeAll(async () => {
    stub = await startConnectorStub({ chaos: (id, n) => chaos(Number(/channel-(\d+)@/.exec(id)?.[1]), n), latencyMs: 5 });
  });
  afterAll(async () => stub.close());

  it('429 with and without Retry-After, 5xx: all delivered, none twice, Teams limits never exceeded', async () => {
    const storage = new MemoryStorage();
    const subs: Subscription[] = [];
    for (let i = 0; i < N; i++) {
      subs.push(
        await addSubscription(
          storage,
          { reference: channelRef(i, 'tenant-chaos', stub.url), day: 1, time: '09:00', timeZone: 'Europe/Paris', locale: 'en' },
          new Date('2026-11-01T00:00:00Z'),
        ),
      );
    }
    // The stub shares this process's event loop: a stall here bunches its arrival stamps, so the sender
    // runs with more headroom than in production (40/s vs 48/s); bench/reminders.ts measures 48/s with
    // the stub in its own process.
    const deps = makeDeps(storage, reminderSender(createProactiveSender(createReminderAdapter({}), '')), {
      settings: { maxAttempts: 8, leaseMs: 30_000, tenantPerSecond: 40 },
    });
    const run = await runTick(deps, { now: NOW, untilDone: true });
    expect(run).toMatchObject({ sent: N, failed: 0, pending: 0, possiblySent: 0 });
    for (const s of subs) expect(stub.delivered.get(s.conversationId), s.conversationId).toBe(1);
    expect(stub.violations).toEqual([]);
    expect(stub.peakTenantPerSecond).toBeLessThanOrEqual(50);

    const entry = async (i: number) => {
      const k = keys.outbox(subs[i]!.tenantId, subs[i]!.id, NOW.toISOString());
      return (await storage.read([k]))[k] as unknown as OutboxEntry;
    };
    // No Retry-After: two 429s seen by the engine, retried with backoff, third attempt delivered.
    expect((await entry(1)).attempts).toBe(3);
    expect((await entry(1)).history.filter((h) => h.statusCode === 429)).toHaveLength(2);
    expect((await entry(2)).attempts).toBe(4);
    expect((await entry(3)).history.map((h) => h.statusCode).filter(Boolean)).toEqual([500, 502, 504, 200]);
    const first = await entry(0);
    expect(first.attempts).toBe(2);
    expect(first.activityId).toMatch(/^1/);
    // Retry-After honoured: the retry went out at least 1 s after the 429.
    const [throttled, sent] = first.history.filter((h) => h.statusCode);
    expect(Date.parse(sent!.at) - Date.parse(throttled!.at)).toBeGreaterThanOrEqual(1000);
  }, 60_000);
});
