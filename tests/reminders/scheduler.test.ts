import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { addSubscription } from '../../src/reminders/subscriptions';
import { startScheduler } from '../../src/reminders/scheduler';
import { FakeSender, channelRef, makeDeps } from './helpers';

describe('in-process scheduler', () => {
  it('ticks right away and on its interval, delivers what is due once, and stops cleanly', async () => {
    const storage = new MemoryStorage();
    const sender = new FakeSender();
    // A subscription due "now" in Tokyo: the clock is fixed just after Monday 09:00 Asia/Tokyo.
    const now = new Date('2026-11-30T00:00:30Z');
    await addSubscription(
      storage,
      { reference: channelRef('s'), day: 1, time: '09:00', timeZone: 'Asia/Tokyo', locale: 'en' },
      new Date('2026-11-01T00:00:00Z'),
    );
    const scheduler = startScheduler(makeDeps(storage, sender, { clock: () => now }), 100);
    await new Promise((r) => setTimeout(r, 450));
    await scheduler.stop();
    expect(sender.calls).toHaveLength(1);
    const after = sender.calls.length;
    await new Promise((r) => setTimeout(r, 250));
    expect(sender.calls.length).toBe(after);
  });
});
