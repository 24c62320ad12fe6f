import { describe, expect, it } from 'vitest';
import { MetricsRegistry, createBotMetrics } from '../../../src/observability';
import { recordReminderDelays } from '../../../src/app/wire-reminders';
import type { RunRecord } from '../../../src/reminders/runs';

describe('reminder delivery delay (hotpatch_reminder_delivery_delay_seconds)', () => {
  it('observes scheduled occurrence → end of the tick for each reminder sent, and nothing else', async () => {
    const registry = new MetricsRegistry();
    const metrics = createBotMetrics(registry);
    const run: RunRecord = {
      runId: 'r1',
      instanceId: 'i1',
      startedAt: '2026-12-07T08:00:00.000Z',
      finishedAt: '2026-12-07T08:00:42.000Z',
      dueAt: '2026-12-07T08:00:00.000Z',
      sent: 2,
      failed: 1,
      skipped: 1,
      possiblySent: 0,
      pending: 0,
      targets: [
        ['s1', 'c1', '2026-12-07T08:00:00.000Z', 'sent', 201, 1, null],
        ['s2', 'c2', '2026-12-07T07:59:00.000Z', 'sent', 201, 2, null],
        ['s3', 'c3', '2026-12-07T08:00:00.000Z', 'failed', 403, 1, 'http-403'],
        ['s4', 'c4', '2026-12-07T08:00:00.000Z', 'skipped', null, 0, 'snoozed'],
      ],
    };
    recordReminderDelays(metrics, run);
    expect(metrics.reminderDelay.get()).toEqual({ count: 2, sum: 42 + 102 });
    expect(await registry.render()).toMatch(/^hotpatch_reminder_delivery_delay_seconds_bucket\{le="60"\} 1$/m);
  });
});
