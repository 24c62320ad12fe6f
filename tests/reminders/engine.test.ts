import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { addSubscription, listSubscriptions, readConversation, snoozeSubscription, stopSubscription } from '../../src/reminders/subscriptions';
import { runTick } from '../../src/reminders/tick';
import { keys } from '../../src/reminders/keys';
import { reminderStatus } from '../../src/reminders/status';
import type { OutboxEntry } from '../../src/reminders/types';
import { FakeSender, channelRef, makeDeps } from './helpers';

// Monday 2026-11-30 09:00 Europe/Paris = 08:00Z.
const MONDAY_9 = new Date('2026-11-30T08:00:00Z');
const CREATED = new Date('2026-11-20T10:00:00Z');

async function setup(n = 1, opts: { sender?: FakeSender; within?: number } = {}) {
  const storage = new MemoryStorage();
  const sender = opts.sender ?? new FakeSender();
  const subs = [];
  for (let i = 0; i < n; i++) {
    subs.push(
      await addSubscription(
        storage,
        {
          reference: channelRef(i),
          day: 1,
          time: '09:00',
          timeZone: 'Europe/Paris',
          locale: i % 2 ? 'fr' : 'en',
          options: opts.within !== undefined ? { onlyIfWithinDays: opts.within } : {},
        },
        CREATED,
      ),
    );
  }
  return { storage, sender, subs, deps: makeDeps(storage, sender) };
}

const entryOf = async (storage: MemoryStorage, sub: { tenantId: string; id: string }, at = MONDAY_9) =>
  (await storage.read([keys.outbox(sub.tenantId, sub.id, at.toISOString())]))[keys.outbox(sub.tenantId, sub.id, at.toISOString())] as unknown as OutboxEntry;

describe('reminder ticks', () => {
  it('delivers each due reminder once, and a second tick at the same instant sends nothing', async () => {
    const { deps, sender } = await setup(5);
    const first = await runTick(deps, { now: MONDAY_9, untilDone: true });
    expect(first.sent).toBe(5);
    const again = await runTick(deps, { now: new Date(MONDAY_9.getTime() + 60_000), untilDone: true });
    expect(again.targets).toHaveLength(0);
    expect(sender.calls).toHaveLength(5);
    expect(new Set(sender.calls.map((c) => c.conversationId)).size).toBe(5);
  });

  it('sends nothing before the time, and nothing for an occurrence older than the subscription', async () => {
    const { deps, sender } = await setup(1);
    expect((await runTick(deps, { now: new Date(MONDAY_9.getTime() - 60_000) })).targets).toHaveLength(0);
    const storage = new MemoryStorage();
    await addSubscription(
      storage,
      { reference: channelRef('late'), day: 1, time: '09:00', timeZone: 'Europe/Paris', locale: 'en' },
      new Date(MONDAY_9.getTime() + 5 * 60_000),
    );
    const late = await runTick(makeDeps(storage, sender), { now: new Date(MONDAY_9.getTime() + 10 * 60_000) });
    expect(late.targets).toHaveLength(0);
    expect(sender.calls).toHaveLength(0);
  });

  it('the message is in the subscription language with Snooze/Unsubscribe carrying its id', async () => {
    const { deps, sender, subs } = await setup(2);
    await runTick(deps, { now: MONDAY_9, untilDone: true });
    const fr = sender.calls.find((c) => c.conversationId === subs[1]!.conversationId)!.message;
    expect(fr.text).toContain('Prochain Patch Tuesday');
    expect(fr.text).toContain('mardi 8 décembre 2026 (2026-12-08)');
    const actions = fr.card.actions as Array<{ data?: { verb: string; subscriptionId: string } }>;
    expect(actions.filter((a) => a.data).map((a) => a.data)).toEqual([
      { verb: 'reminder-snooze', subscriptionId: subs[1]!.id },
      { verb: 'reminder-unsubscribe', subscriptionId: subs[1]!.id },
    ]);
  });

  it('retries 429 after Retry-After and 503 with backoff, then records attempts', async () => {
    const sender = new FakeSender((id, n) =>
      id.endsWith('-0@thread.tacv2') && n === 0
        ? { ok: false, statusCode: 429, retryAfterMs: 200, reason: 'throttled' }
        : id.endsWith('-1@thread.tacv2') && n < 2
          ? { ok: false, statusCode: 503, reason: 'unavailable' }
          : { ok: true, activityId: `a-${id}` },
    );
    const { deps, storage, subs } = await setup(2, { sender });
    const run = await runTick(deps, { now: MONDAY_9, untilDone: true });
    expect(run.sent).toBe(2);
    expect((await entryOf(storage, subs[0]!)).attempts).toBe(2);
    const e1 = await entryOf(storage, subs[1]!);
    expect(e1.attempts).toBe(3);
    expect(e1.history.map((h) => h.statusCode).filter(Boolean)).toEqual([503, 503, 200]);
  }, 20_000);

  it('gives up after maxAttempts and records the failure', async () => {
    const sender = new FakeSender(() => ({ ok: false, statusCode: 502, reason: 'bad gateway' }));
    const { storage, subs } = await setup(1, { sender });
    const deps = makeDeps(storage, sender, { settings: { maxAttempts: 2 } });
    const run = await runTick(deps, { now: MONDAY_9, untilDone: true });
    expect(run.failed).toBe(1);
    expect(sender.calls).toHaveLength(2);
    expect((await entryOf(storage, subs[0]!)).reason).toMatch(/gave up after 2 attempts/);
  }, 20_000);

  it('403 "bot not in conversation": no retry, conversation marked removed with why, subscription stopped', async () => {
    const sender = new FakeSender(() => ({ ok: false, statusCode: 403, reason: 'BotNotInConversationRoster' }));
    const { deps, storage, subs } = await setup(1, { sender });
    await runTick(deps, { now: MONDAY_9, untilDone: true });
    expect(sender.calls).toHaveLength(1);
    const conv = await readConversation(storage, subs[0]!.tenantId, subs[0]!.conversationId);
    expect(conv?.removed?.reason).toMatch(/teams-403/);
    expect(await listSubscriptions(storage)).toHaveLength(0);
    const status = await reminderStatus(deps);
    expect(status.subscriptions).toEqual({ active: 0, stopped: 1 });
    expect(status.problems[0]).toMatchObject({ status: 'failed', statusCode: 403 });
  });

  it('snoozed and "only within N days" occurrences are skipped and recorded', async () => {
    const { deps, storage, subs, sender } = await setup(2);
    await snoozeSubscription(storage, subs[0]!.tenantId, subs[0]!.id, new Date(MONDAY_9.getTime() + 1000));
    const run = await runTick(deps, { now: MONDAY_9, untilDone: true });
    expect(run.skipped).toBe(1);
    expect((await entryOf(storage, subs[0]!)).reason).toBe('snoozed');
    expect(sender.calls).toHaveLength(1);

    const far = await setup(1, { within: 3 }); // 2026-12-08 is 8 days after Monday 30 Nov
    const r = await runTick(far.deps, { now: MONDAY_9, untilDone: true });
    expect(r.skipped).toBe(1);
    expect(far.sender.calls).toHaveLength(0);
  });

  it('an entry left "sending" by a dead process becomes "possibly sent" and is never sent again', async () => {
    const { deps, storage, subs, sender } = await setup(1);
    const key = keys.outbox(subs[0]!.tenantId, subs[0]!.id, MONDAY_9.toISOString());
    const now = new Date().toISOString();
    await storage.write({
      [key]: {
        subscriptionId: subs[0]!.id,
        tenantId: subs[0]!.tenantId,
        conversationId: subs[0]!.conversationId,
        occurrence: MONDAY_9.toISOString(),
        status: 'sending',
        attempts: 1,
        owner: 'dead',
        leaseUntil: new Date(Date.now() + 300).toISOString(),
        createdAt: now,
        updatedAt: now,
        history: [],
      },
    });
    const run = await runTick(deps, { now: MONDAY_9, untilDone: true });
    expect(run.possiblySent).toBe(1);
    expect(sender.calls).toHaveLength(0);
    expect((await entryOf(storage, subs[0]!)).status).toBe('possibly-sent');
  });

  it('a reminder stopped or snoozed after the engine cached the list is not sent', async () => {
    const { deps, storage, subs, sender } = await setup(2);
    await runTick(deps, { now: new Date(MONDAY_9.getTime() - 60_000) }); // caches the subscription list
    await stopSubscription(storage, subs[0]!.tenantId, subs[0]!.id, 'test', MONDAY_9);
    await snoozeSubscription(storage, subs[1]!.tenantId, subs[1]!.id, new Date(MONDAY_9.getTime() + 1000));
    const run = await runTick(deps, { now: MONDAY_9, untilDone: true });
    expect(sender.calls).toHaveLength(0);
    expect(run.skipped).toBe(1); // the snoozed one is recorded; the stopped one is no longer due
  });

  it('two engines ticking the same store at once: each reminder exactly once', async () => {
    const { storage, sender } = await setup(40);
    const a = makeDeps(storage, sender, { instanceId: 'A' });
    const b = makeDeps(storage, sender, { instanceId: 'B' });
    const [ra, rb] = await Promise.all([runTick(a, { now: MONDAY_9, untilDone: true }), runTick(b, { now: MONDAY_9, untilDone: true })]);
    expect(ra.sent + rb.sent).toBe(40);
    expect(sender.calls).toHaveLength(40);
    expect(new Set(sender.calls.map((c) => c.conversationId)).size).toBe(40);
  });
});
