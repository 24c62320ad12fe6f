import type { ReminderDeps } from './types';
import { listSubscriptions, readTenantIndex, subscriptionsPerTenant } from './subscriptions';
import { readMany } from './cas';
import { keys } from './keys';
import type { Subscription } from './types';
import { nextOccurrence } from './schedule';
import { readRuns, type RunRecord } from './runs';

type Target = RunRecord['targets'][number];

/** A target that was not sent, as the status endpoints show it. */
const problemOf = ([subscriptionId, conversationId, occurrence, status, statusCode, attempts, reason]: Target) => ({
  subscriptionId,
  conversationId,
  occurrence,
  status,
  statusCode,
  attempts,
  reason,
});

export interface ReminderStatus {
  subscriptions: { active: number; stopped: number };
  next: Array<{ id: string; conversationId: string; at: string; timeZone: string }>;
  runs: Array<Omit<RunRecord, 'targets'>>;
  /** Targets of the recent runs that did not end in 'sent'. */
  problems: Array<{
    subscriptionId: string;
    conversationId: string;
    occurrence: string;
    status: string;
    statusCode: number | null;
    attempts: number;
    reason: string | null;
  }>;
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
      .map(problemOf)
      .slice(-100),
  };
}

export const STATUS_PAGE_MAX = 200;

export interface TenantReminderStatus {
  tenantId: string;
  subscriptions: { active: number; stopped: number };
  /** This page of the tenant's subscriptions, oldest first. */
  items: Array<{ id: string; conversationId: string; createdAt: string; stopped: boolean; next: string | null; timeZone: string | null }>;
  /** Pass as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
  /** Recent run targets of this tenant's subscriptions that did not end in 'sent'. */
  problems: ReminderStatus['problems'];
}

/**
 * For `GET /reminders/status?tenant=…`: one tenant, one page, read from that tenant's index — the
 * subscriptions of the page are the only ones read (no full scan; issue 15 finding 6).
 */
export async function tenantReminderStatus(
  deps: Pick<ReminderDeps, 'storage' | 'clock'>,
  tenantId: string,
  page: { cursor?: string; limit?: number } = {},
): Promise<TenantReminderStatus> {
  const limit = Math.min(STATUS_PAGE_MAX, Math.max(1, page.limit ?? 50));
  const index = await readTenantIndex(deps.storage, tenantId);
  const entries = Object.entries(index.subs).sort(([a, x], [b, y]) => x.at.localeCompare(y.at) || a.localeCompare(b));
  const stopped = entries.filter(([, e]) => e.s).length;
  const start = page.cursor ? entries.findIndex(([id, e]) => `${e.at}|${id}` > page.cursor!) : 0;
  const slice = start < 0 ? [] : entries.slice(start, start + limit);
  const docs = await readMany<Subscription>(
    deps.storage,
    slice.map(([id]) => keys.subscription(tenantId, id)),
  );
  const now = deps.clock();
  const items = slice.map(([id, e]) => {
    const s = docs.get(keys.subscription(tenantId, id));
    const isStopped = !!(s?.stopped ?? e.s);
    return {
      id,
      conversationId: e.c,
      createdAt: e.at,
      stopped: isStopped,
      next: s && !isStopped ? nextOccurrence(s, now).toISOString() : null,
      timeZone: s?.timeZone ?? null,
    };
  });
  const last = slice.at(-1);
  const ids = new Set(entries.map(([id]) => id));
  const runs = await readRuns(deps.storage);
  return {
    tenantId,
    subscriptions: { active: entries.length - stopped, stopped },
    items,
    ...(last && start + limit < entries.length ? { nextCursor: `${last[1].at}|${last[0]}` } : {}),
    problems: runs
      .flatMap((r) => r.targets)
      .filter((t) => t[3] !== 'sent' && ids.has(t[0]))
      .map(problemOf)
      .slice(-100),
  };
}

/** Without `tenant`: how many subscriptions each tenant has, from the global index (one read), paged. */
export async function tenantsOverview(storage: ReminderDeps['storage'], page: { cursor?: string; limit?: number } = {}) {
  const limit = Math.min(STATUS_PAGE_MAX, Math.max(1, page.limit ?? 50));
  const counts = await subscriptionsPerTenant(storage);
  const tenants = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).filter(([t]) => !page.cursor || t > page.cursor);
  const shown = tenants.slice(0, limit).map(([tenantId, subscriptions]) => ({ tenantId, subscriptions }));
  return { tenants: shown, ...(tenants.length > limit ? { nextCursor: shown.at(-1)!.tenantId } : {}) };
}
