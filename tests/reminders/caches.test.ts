import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/storage/memory-storage';
import type { Storage } from '../../src/storage/types';
import { addSubscription } from '../../src/reminders/subscriptions';
import { runTick } from '../../src/reminders/tick';
import { createReminderCaches, RecentReferences } from '../../src/reminders/caches';
import type { Subscription } from '../../src/reminders/types';
import { FakeSender, channelRef, makeDeps } from './helpers';

const CREATED = new Date('2026-11-20T10:00:00Z');
// Sunday: nothing is due, so a tick only has to learn that the subscriptions did not change.
const QUIET = new Date('2026-11-29T08:00:00Z');

/** Counts the keys read. */
function counting(storage: Storage) {
  let keys = 0;
  const wrapped: Storage = {
    read: (k) => ((keys += k.length), storage.read(k)),
    write: (c) => storage.write(c),
    delete: (k) => storage.delete(k),
  };
  return { storage: wrapped, keys: () => keys };
}

describe('the caches a process makes at start-up (ReminderDeps.caches)', () => {
  it('a quiet tick reads only the index once the subscriptions are cached; a new process (new caches) lists them again', async () => {
    const memory = new MemoryStorage();
    for (let i = 0; i < 5; i += 1) {
      await addSubscription(memory, { reference: channelRef(i), day: 1, time: '09:00', timeZone: 'Europe/Paris', locale: 'en' }, CREATED);
    }
    const c = counting(memory);
    const caches = createReminderCaches<Subscription>();
    const deps = makeDeps(c.storage, new FakeSender(), { caches });
    await runTick(deps, { now: QUIET });
    const first = c.keys();
    expect(first).toBeGreaterThan(5);
    await runTick(deps, { now: new Date(QUIET.getTime() + 60_000) });
    expect(c.keys() - first).toBe(1);

    const before = c.keys();
    await runTick(makeDeps(c.storage, new FakeSender()), { now: new Date(QUIET.getTime() + 120_000) });
    expect(c.keys() - before).toBe(first);
  });

  it('a subscription added after the list was cached is seen by the next tick (the index eTag changed)', async () => {
    const storage = new MemoryStorage();
    const sender = new FakeSender();
    const deps = makeDeps(storage, sender);
    await runTick(deps, { now: QUIET });
    await addSubscription(storage, { reference: channelRef('late'), day: 1, time: '09:00', timeZone: 'Europe/Paris', locale: 'en' }, CREATED);
    const run = await runTick(deps, { now: new Date('2026-11-30T08:00:00Z'), untilDone: true });
    expect(run.sent).toBe(1);
  });

  it('recent references are bounded: the oldest is dropped first, and clear() forgets all', () => {
    const recent = new RecentReferences(2);
    recent.saved('a', 1);
    recent.saved('b', 2);
    recent.saved('a', 3);
    recent.saved('c', 4);
    expect([recent.lastSaved('a'), recent.lastSaved('b'), recent.lastSaved('c')]).toEqual([3, undefined, 4]);
    recent.clear();
    expect(recent.lastSaved('c')).toBeUndefined();
  });
});
