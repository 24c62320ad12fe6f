import type { ReminderDeps } from './types';
import { listSubscriptions } from './subscriptions';
import { nextOccurrence } from './schedule';
import { readRuns, type RunRecord } from './runs';

export interface ReminderStatus {
  subscriptions: { active: number; stopped: number };
  next: Array<{ id: string; conversationId: string; at: string; timeZone: string }>;
  runs: Array<Omit<RunRecord, 'targets'>>;
  /** Targets of the recent runs that did not end in 'sent'. */
  problems: Array<{ subscriptionId: string; conversationId: string; occurrence: string; status: string; statusCode: number | null; attempts: number; reason: string | null }>;
}

/** For `reminders status` and `GET /reminders/status`: no secrets, no conversation references. */
export async function reminderStatus(deps: Pick<ReminderDeps, 'storage' | 'clock'>): Promise<ReminderStatus> {
  const all = await listSubscriptions(deps.storage, { includeStopped: true });
  const active = all.filter((s) => !s.stopped);
  const now = deps.clock();
  const runs = await readRuns(deps.storage);
  return {
    subscriptions: { active: active.length, stopped: all.length - active.length },
    next: active
      .map((s) => ({ id: s.id, conversationId: s.conversationId, at: nextOccurrence(s, now).toISOString(), timeZone: s.timeZone }))
      .sort((a, b) => a.at.localeCompare(b.at))
      .slice(0, 50),
    runs: runs.map(({ targets: _t, ...r }) => r).reverse(),
    problems: runs
      .flatMap((r) => r.targets)
      .filter((t) => t[3] !== 'sent')
      .map(([subscriptionId, conversationId, occurrence, status, statusCode, attempts, reason]) => ({ subscriptionId, conversationId, occurrence, status, statusCode, attempts, reason }))
      .slice(-100),
  };
}
